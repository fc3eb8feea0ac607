#!/usr/bin/env bash
# Restores the local dotnet tools (.config/dotnet-tools.json): smtp4dev, the development mail server the AppHost runs,
# and Kiota, which generates the C# client. On a cold NuGet cache the SDK (10.0.401) restores smtp4dev and then fails
# Kiota ("does not contain the command kiota, only smtp4dev"), with or without --disable-parallel; a second restore,
# on the now warm cache, succeeds. So one retry, and the second failure is the one reported.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null 2>&1 || dotnet tool restore >/dev/null
