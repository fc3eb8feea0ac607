#!/usr/bin/env bash
# The platform benchmark: ./run.sh's platform on a database and vhost of its own, driven through the Gateway.
# Usage: bench/platform-bench.sh [--rate 500] [--duration 60] [--warmup 20] [--import 5000] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/infra.sh
. scripts/platform-env.sh
dotnet build -c Release bench/Platform.Bench -nologo -v quiet -clp:ErrorsOnly
exec dotnet bench/Platform.Bench/bin/Release/net10.0/Platform.Bench.dll "$@"
