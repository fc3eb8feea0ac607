#!/usr/bin/env bash
# Sourced by run.sh and test.sh: loads the local credentials written by infra.sh and derives connection strings.
state_dir="${NP_STATE_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/networkingplatform}"
set -a
# shellcheck disable=SC1091
. "$state_dir/credentials.env"
set +a
export NP_CREDENTIALS_FILE="$state_dir/credentials.env"
export NP_POSTGRES_CONNECTION="Host=$NP_PG_HOST;Port=$NP_PG_PORT;Database=$NP_PG_DATABASE;Username=$NP_PG_USER;Password=$NP_PG_PASSWORD;SSL Mode=Disable"
export NP_RABBITMQ_CONNECTION="amqp://$NP_RABBIT_USER:$NP_RABBIT_PASSWORD@$NP_RABBIT_HOST:$NP_RABBIT_PORT/$NP_RABBIT_VHOST"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
