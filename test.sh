#!/usr/bin/env bash
# Runs the whole test suite: local PostgreSQL and RabbitMQ, then every test project of the solution.
# Each run works in a database and a RabbitMQ vhost of its own, so it can run beside ./run.sh.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/infra.sh
. scripts/platform-env.sh
./scripts/restore-tools.sh

# The C# keeps .editorconfig's layout. The whole `dotnet format --verify-no-changes` (imports and style too) loads
# every project and costs ~2 CPU-minutes, more than the suite's budget allows; run it before a merge (docs/testing.md).
dotnet format whitespace --folder --verify-no-changes
echo "[test] servers, tools and layout checked after ${SECONDS} s"

dotnet build NetworkingPlatform.sln -nologo -clp:ErrorsOnly
echo "[test] built after ${SECONDS} s"

# The committed OpenAPI documents (contract/openapi, checked against what the Gateway serves by ContractSnapshotTests)
# pass redocly's recommended ruleset with no error and no warning.
npm ci --prefix contract --no-audit --no-fund --loglevel=error
lint=$(npm run --prefix contract -s lint 2>&1) || true
if ! grep -qE "Your API descriptions? (is|are) valid" <<<"$lint" || grep -qE "[0-9]+ (errors?|warnings?)" <<<"$lint"; then
  echo "$lint"
  echo "redocly lint: the OpenAPI documents in contract/openapi have errors or warnings" >&2
  exit 1
fi
# The generated C# client (src/Client/Generated) is committed: it must be what the committed documents generate.
generated=$(mktemp -d)
./scripts/generate-client.sh "$generated"
stale=$(diff -r "$generated" src/Client/Generated) || true
rm -rf "$generated"
if [ -n "$stale" ]; then
  head -20 <<<"$stale"
  echo "src/Client/Generated is not what contract/openapi generates: run scripts/generate-client.sh and commit the result" >&2
  exit 1
fi
echo "[test] contract and client checked after ${SECONDS} s"
log=$(mktemp)
status=0
# The fault suite stops and kills servers and services of its own under load, with a 30 s recovery limit: it runs
# alone, after the others, so their load does not stand in for the faults it measures.
dotnet test NetworkingPlatform.sln --no-build -nologo --filter "FullyQualifiedName!~NetworkingPlatform.Platform.FaultTests" "$@" 2>&1 | tee "$log" || status=$?
echo "[test] all but the fault suite done after ${SECONDS} s"
dotnet test tests/Platform.FaultTests --no-build -nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee -a "$log" || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
# The fault suite's log is long: repeat each project's summary and every failed test last, where a log's tail shows them.
grep -E '^(Passed|Failed)! ' "$log" || true
grep -E '^ +Failed [A-Za-z]' "$log" || true
rm -f "$log"
echo "Tests: $passed passed, $failed failed, $skipped skipped, in ${SECONDS} s"
exit "$status"
