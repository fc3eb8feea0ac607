#!/usr/bin/env bash
# The platform benchmark: ./run.sh's platform on a database and vhost of its own, driven through the Gateway.
# Usage: bench/platform-bench.sh [--rate 500] [--duration 60] [--warmup 20] [--import 5000] [--keep]
#        bench/platform-bench.sh --mailbox 10000 [--keep]   (a first sync from the machine's Dovecot, then new emails as waits)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/infra.sh
. scripts/platform-env.sh
# The platform first (run.sh builds it too, then it is up to date), so that its start is not timed with a build.
dotnet build -c Release AppHost -nologo -v quiet -clp:ErrorsOnly
dotnet build -c Release bench/Platform.Bench -nologo -v quiet -clp:ErrorsOnly
exec dotnet bench/Platform.Bench/bin/Release/net10.0/Platform.Bench.dll "$@"
