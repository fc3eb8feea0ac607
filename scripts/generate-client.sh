#!/usr/bin/env bash
# Regenerates the C# client (src/Client/Generated) from the committed OpenAPI documents in contract/openapi, one Kiota
# client per document in its own namespace. The generated code is committed: integrators read it, builds need no tool.
# With a directory argument it generates there instead (test.sh does, to check the committed code is up to date).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-src/Client/Generated}"
documents=(gateway:Gateway ingestion:Ingestion responsetracking:ResponseTracking
  opportunitymatching:OpportunityMatching notification:Notification mailboxes:Mailboxes)

./scripts/restore-tools.sh
rm -rf "$out"
mkdir -p "$out"
# Kiota would look for a newer release on GitHub, which this machine cannot reach.
export KIOTA_UPDATE_DISABLED=true
pids=()
for document in "${documents[@]}"; do
  file="${document%%:*}" name="${document##*:}"
  dotnet kiota generate --language CSharp --openapi "contract/openapi/$file.json" --output "$out/$name" \
    --namespace-name "NetworkingPlatform.Client.$name" --class-name "${name}Client" \
    --exclude-backward-compatible --clean-output --log-level Warning >/dev/null &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
# The lock file records where the document was read from, relative to the output: it differs between two outputs of
# the same document, and the script above is the one record of how the client is generated.
find "$out" \( -name kiota-lock.json -o -name .kiota.log \) -delete
