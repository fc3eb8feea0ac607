#!/usr/bin/env bash
# Empties what ./run.sh keeps between runs: the `networking` database and RabbitMQ vhost are dropped and created
# again (infra.sh), and pending import uploads are removed. Use it when a document's storage changed between
# versions in a way Marten cannot migrate in place (e.g. "column mt_version cannot be cast automatically"). Stop
# ./run.sh first. Test runs never use this database.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/infra.sh >/dev/null
source scripts/platform-env.sh
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "[reset] dropping database $NP_PG_DATABASE and vhost $NP_RABBIT_VHOST"
as_root runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtAX -c "DROP DATABASE IF EXISTS \"$NP_PG_DATABASE\" WITH (FORCE)"
as_root rabbitmqctl -q delete_vhost "$NP_RABBIT_VHOST" >/dev/null 2>&1 || true
rm -rf "${TMPDIR:-/tmp}/networkingplatform-uploads/$NP_PG_DATABASE"
./scripts/infra.sh
