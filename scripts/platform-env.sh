#!/usr/bin/env bash
# Sourced by run.sh and test.sh: loads the local credentials written by infra.sh and derives connection strings.
state_dir="${NP_STATE_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/networkingplatform}"
# The demo account's password arrived after the first credentials files were written: add it where it is missing.
if [ -s "$state_dir/credentials.env" ] && ! grep -q '^NP_DEMO_PASSWORD=' "$state_dir/credentials.env"; then
  (umask 077 && echo "NP_DEMO_PASSWORD=$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n' | head -c 20)" >>"$state_dir/credentials.env")
fi
set -a
# shellcheck disable=SC1091
. "$state_dir/credentials.env"
set +a
# A run of its own (the platform benchmark) may point the platform at another database and vhost.
NP_PG_DATABASE="${NP_PLATFORM_DATABASE:-$NP_PG_DATABASE}"
NP_RABBIT_VHOST="${NP_PLATFORM_VHOST:-$NP_RABBIT_VHOST}"
export NP_CREDENTIALS_FILE="$state_dir/credentials.env"
export NP_POSTGRES_CONNECTION="Host=$NP_PG_HOST;Port=$NP_PG_PORT;Database=$NP_PG_DATABASE;Username=$NP_PG_USER;Password=$NP_PG_PASSWORD;SSL Mode=Disable"
# NP_RABBIT_NODES=3 (infra.sh runs a cluster): every node, comma-separated, so that the services fail over between them.
rabbit_hosts="$NP_RABBIT_HOST:$NP_RABBIT_PORT"
for ((node = 2; node <= ${NP_RABBIT_NODES:-1}; node++)); do rabbit_hosts="$rabbit_hosts,$NP_RABBIT_HOST:$((NP_RABBIT_PORT + node - 1))"; done
export NP_RABBITMQ_CONNECTION="amqp://$NP_RABBIT_USER:$NP_RABBIT_PASSWORD@$rabbit_hosts/$NP_RABBIT_VHOST"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
