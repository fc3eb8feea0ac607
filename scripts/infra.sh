#!/usr/bin/env bash
# Brings up the local PostgreSQL and RabbitMQ the platform needs, idempotently, without systemd.
# A second run changes nothing and takes a few seconds. Prints nothing secret.
set -euo pipefail

state_dir="${NP_STATE_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/networkingplatform}"
credentials="$state_dir/credentials.env"
pg_version=15
pg_cluster=main

log() { printf '[infra] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
# Debian starts (and enables for boot) a package's service on install: Dovecot's own would listen on every address.
# While infra.sh installs, a policy of its own (marked, so a run that died in between is recognised) keeps every service
# from starting; each server is started below, configured for loopback. A policy already there (a container's) stays.
policy_rc=/usr/sbin/policy-rc.d
policy_mark='# networkingplatform infra.sh: no service starts while it installs packages'
remove_own_policy() { if grep -qxF "$policy_mark" "$policy_rc" 2>/dev/null; then as_root rm -f "$policy_rc"; fi; }
apt_install() {
  if [ ! -e "$policy_rc" ] || grep -qxF "$policy_mark" "$policy_rc"; then
    printf '#!/bin/sh\n%s\nexit 101\n' "$policy_mark" | as_root tee "$policy_rc" >/dev/null
    as_root chmod 755 "$policy_rc"
    trap remove_own_policy EXIT
  fi
  if [ "$apt_updated" -eq 0 ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=1
  fi
  log "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  remove_own_policy
  trap - EXIT
}

# The package enables Debian's Dovecot for the next boot, on every address (ports 143 and 993): the platform runs its
# own instance on loopback (scripts/mail-server.sh), so the system's stays off.
keep_system_dovecot_off() {
  if [ -d /run/systemd/system ]; then
    if systemctl -q is-enabled dovecot.service 2>/dev/null || systemctl -q is-active dovecot.service 2>/dev/null; then
      log "disabling Debian's own Dovecot service (the platform runs its own on loopback)"
      as_root systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1 || true
    fi
  elif compgen -G '/etc/rc[2-5].d/S*dovecot' >/dev/null; then
    log "disabling Debian's own Dovecot service (the platform runs its own on loopback)"
    as_root update-rc.d dovecot disable >/dev/null 2>&1 || true
  fi
}

ensure_packages() {
  local missing=()
  command -v pg_ctlcluster >/dev/null || missing+=("postgresql-$pg_version")
  [ -x /usr/sbin/rabbitmq-server ] || missing+=(rabbitmq-server)
  command -v curl >/dev/null || missing+=(curl)
  # Debian's Chromium for the portal's browser tests (Playwright drives it; no browser is ever downloaded).
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # Dovecot, the IMAP server connected mailboxes are developed and tested against (scripts/mail-server.sh).
  [ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd)
  command -v openssl >/dev/null || missing+=(openssl)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
  keep_system_dovecot_off
}

ensure_credentials() {
  mkdir -p "$state_dir"
  chmod 700 "$state_dir"
  if [ ! -s "$credentials" ]; then
    log "generating local credentials in $credentials"
    local secret
    secret() { head -c 32 /dev/urandom | base64 | tr -d '/+=\n' | head -c 32; }
    (umask 077 && cat >"$credentials" <<CREDS
NP_PG_HOST=127.0.0.1
NP_PG_PORT=5432
NP_PG_USER=networking
NP_PG_PASSWORD=$(secret)
NP_PG_DATABASE=networking
NP_RABBIT_HOST=127.0.0.1
NP_RABBIT_PORT=5672
NP_RABBIT_MANAGEMENT_PORT=15672
NP_RABBIT_USER=networking
NP_RABBIT_PASSWORD=$(secret)
NP_RABBIT_VHOST=networking
NP_IDENTITY_SIGNING_KEY=$(secret)$(secret)
NP_DEMO_API_KEY=np_demo_$(secret)
CREDS
    )
  fi
  # The mail server's test account arrived after the first credentials files were written: add it where it is missing.
  if ! grep -q '^NP_MAIL_PASSWORD=' "$credentials"; then
    (umask 077 && printf 'NP_MAIL_HOST=127.0.0.1\nNP_MAIL_PORT=10143\nNP_MAIL_USER=demo@conecta.example\nNP_MAIL_PASSWORD=%s\nNP_MAILBOX_KEY=%s\n' \
      "$(head -c 32 /dev/urandom | base64 | tr -d '/+=\n' | head -c 24)" "$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n' | head -c 48)" >>"$credentials")
  fi
  # shellcheck disable=SC1090
  set -a; . "$credentials"; set +a
  # A run of its own (the platform benchmark) gets its own database and vhost, created like the default ones.
  NP_PG_DATABASE="${NP_PLATFORM_DATABASE:-$NP_PG_DATABASE}"
  NP_RABBIT_VHOST="${NP_PLATFORM_VHOST:-$NP_RABBIT_VHOST}"
}

postgres_pid() {
  local pidfile="/var/run/postgresql/$pg_version-$pg_cluster.pid"
  [ -s "$pidfile" ] && head -n1 "$pidfile" || true
}

# The test suite runs its projects in parallel, each service with its own pools and Marten daemon: the stock
# 100 connections are not enough for a full run beside a running platform. Events are JSONB documents of up to a
# thousand messages each: lz4 compresses them at a fraction of the CPU of the default pglz (measured: ~6 µs less per
# imported message), at the same size.
postgres_settings() {
  local conf="/etc/postgresql/$pg_version/$pg_cluster/conf.d/networkingplatform.conf"
  local wanted
  wanted=$(printf '%s\n' "max_connections = 400" "default_toast_compression = lz4")
  if [ "$(cat "$conf" 2>/dev/null)" != "$wanted" ]; then
    log "setting PostgreSQL $(echo "$wanted" | paste -sd ';')"
    as_root mkdir -p "$(dirname "$conf")"
    echo "$wanted" | as_root tee "$conf" >/dev/null
    as_root chmod 644 "$conf"
    # A running server takes the compression setting now (a stopped one at its start); under `set -e` a bare `&&`
    # ending the function would make its status, and the script, fail when no server runs.
    if [ -n "$(postgres_pid)" ]; then
      as_root pg_ctlcluster "$pg_version" "$pg_cluster" reload
    fi
  fi
}

ensure_postgres_running() {
  local pid
  postgres_settings
  pid=$(postgres_pid)
  local connections
  # Only a server that answers with a smaller limit is restarted: one too busy to answer is left alone.
  connections=$([ -n "$pid" ] && psql_admin -c 'SHOW max_connections' 2>/dev/null || true)
  if [ -n "$connections" ] && [ "$connections" -lt 400 ]; then
    log "PostgreSQL runs with fewer connections than configured: restarting"
    as_root pg_ctlcluster "$pg_version" "$pg_cluster" restart
    pid=$(postgres_pid)
  fi
  # An apt upgrade replaces the binary under a running server, which then fails to load plpgsql.
  if [ -n "$pid" ] && [ -e "/proc/$pid/exe" ] && readlink "/proc/$pid/exe" | grep -q '(deleted)'; then
    log "PostgreSQL binary was replaced by an upgrade: restarting"
    as_root pg_ctlcluster "$pg_version" "$pg_cluster" restart
  fi
  if ! as_root pg_ctlcluster "$pg_version" "$pg_cluster" status >/dev/null 2>&1; then
    log "starting PostgreSQL $pg_version/$pg_cluster"
    as_root pg_ctlcluster "$pg_version" "$pg_cluster" start
  fi
  for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$NP_PG_PORT" && return 0
    sleep 0.5
  done
  log "PostgreSQL did not accept connections"; exit 1
}

psql_admin() { as_root runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtAX "$@"; }

ensure_postgres_role_and_database() {
  if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$NP_PG_USER'")" != "1" ]; then
    log "creating PostgreSQL role $NP_PG_USER"
    psql_admin -c "CREATE ROLE \"$NP_PG_USER\" LOGIN CREATEDB PASSWORD '$NP_PG_PASSWORD'"
  else
    psql_admin -c "ALTER ROLE \"$NP_PG_USER\" LOGIN CREATEDB PASSWORD '$NP_PG_PASSWORD'" >/dev/null
  fi
  if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$NP_PG_DATABASE'")" != "1" ]; then
    log "creating database $NP_PG_DATABASE"
    psql_admin -c "CREATE DATABASE \"$NP_PG_DATABASE\" OWNER \"$NP_PG_USER\""
  fi
}

rabbitmqctl_q() { as_root rabbitmqctl -q "$@"; }
# The system node's name is rabbit@<short host name>; NP_RABBIT_NODES=3 adds rabbit2 and rabbit3 (ensure_rabbitmq_cluster).
rabbit_nodes="${NP_RABBIT_NODES:-1}"
rabbit_host="$(hostname -s)"

# Loopback only: the broker, its management UI, epmd and Erlang distribution.
write_if_changed() {
  local path=$1 content=$2
  if [ "$(cat "$path" 2>/dev/null)" != "$content" ]; then
    printf '%s\n' "$content" | as_root tee "$path" >/dev/null
    as_root chmod 644 "$path"
    return 0
  fi
  return 1
}

ensure_rabbitmq_config() {
  as_root mkdir -p /etc/rabbitmq
  local changed=0
  write_if_changed /etc/rabbitmq/rabbitmq.conf "listeners.tcp.default = 127.0.0.1:$NP_RABBIT_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $NP_RABBIT_MANAGEMENT_PORT" && changed=1
  write_if_changed /etc/rabbitmq/rabbitmq-env.conf "ERL_EPMD_ADDRESS=127.0.0.1
SERVER_ADDITIONAL_ERL_ARGS=\"-kernel inet_dist_use_interface {127,0,0,1}\"
CTL_ERL_ARGS=\"-kernel inet_dist_use_interface {127,0,0,1}\"" && changed=1
  if [ "$changed" -eq 1 ] && as_root rabbitmqctl -q ping >/dev/null 2>&1; then
    log "RabbitMQ configuration changed: restarting it"
    as_root rabbitmqctl -q stop >/dev/null
    as_root epmd -kill >/dev/null 2>&1 || true
  fi
}

# A node just started with -detached is not known to epmd at once, and await_startup fails at once on a node it cannot find.
await_rabbitmq_node() {
  for _ in $(seq 1 60); do
    if as_root rabbitmqctl -q -n "$1" await_startup --timeout 60 >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  log "RabbitMQ node $1 did not start: see /var/log/rabbitmq"; exit 1
}

ensure_rabbitmq_running() {
  if ! as_root rabbitmqctl -q ping >/dev/null 2>&1; then
    as_root rabbitmq-plugins enable --offline rabbitmq_management >/dev/null
    # Written by root, the file would be unreadable to the broker, which then refuses to boot.
    as_root chown rabbitmq:rabbitmq /etc/rabbitmq/enabled_plugins
    as_root chmod 644 /etc/rabbitmq/enabled_plugins
    log "starting RabbitMQ"
    as_root rabbitmq-server -detached
  fi
  await_rabbitmq_node "rabbit@$rabbit_host"
  for _ in $(seq 1 60); do
    curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NP_RABBIT_MANAGEMENT_PORT/" 2>/dev/null | grep -q '^[23]' && return 0
    sleep 0.5
  done
  log "RabbitMQ management did not start"; exit 1
}

ensure_rabbitmq_user_and_vhost() {
  if ! rabbitmqctl_q list_users | awk '{print $1}' | grep -qx "$NP_RABBIT_USER"; then
    log "creating RabbitMQ user $NP_RABBIT_USER"
    rabbitmqctl_q add_user "$NP_RABBIT_USER" "$NP_RABBIT_PASSWORD" >/dev/null
  elif ! rabbitmqctl_q authenticate_user "$NP_RABBIT_USER" "$NP_RABBIT_PASSWORD" >/dev/null 2>&1; then
    rabbitmqctl_q change_password "$NP_RABBIT_USER" "$NP_RABBIT_PASSWORD" >/dev/null
  fi
  # Administrator lets test runs create and delete their own vhosts through the management API.
  rabbitmqctl_q set_user_tags "$NP_RABBIT_USER" administrator >/dev/null
  rabbitmqctl_q add_vhost "$NP_RABBIT_VHOST" >/dev/null 2>&1 || true
  rabbitmqctl_q set_permissions -p "$NP_RABBIT_VHOST" "$NP_RABBIT_USER" ".*" ".*" ".*" >/dev/null
}

# NP_RABBIT_NODES=3 runs a cluster of three nodes on this machine (node N on AMQP port NP_RABBIT_PORT+N-1, management
# NP_RABBIT_MANAGEMENT_PORT+N-1, all on loopback, one Erlang cookie: the rabbitmq user's), so that quorum queues keep a
# replica on each and a node can be stopped without losing a message. platform-env.sh then names every node.
ensure_rabbitmq_cluster() {
  [ "$rabbit_nodes" -gt 1 ] || return 0
  local first="rabbit@$rabbit_host" number
  for number in $(seq 2 "$rabbit_nodes"); do
    local name="rabbit$number@$rabbit_host" port=$((NP_RABBIT_PORT + number - 1))
    local base="/var/lib/rabbitmq/nodes/rabbit$number" logs="/var/log/rabbitmq/rabbit$number" conf="/etc/rabbitmq/rabbit$number.conf"
    write_if_changed "$conf" "listeners.tcp.default = 127.0.0.1:$port
management.tcp.ip = 127.0.0.1
management.tcp.port = $((NP_RABBIT_MANAGEMENT_PORT + number - 1))" || true
    if ! as_root rabbitmqctl -q -n "$name" ping >/dev/null 2>&1; then
      as_root mkdir -p "$base" "$logs"
      as_root chown rabbitmq:rabbitmq "$base" "$logs"
      log "starting RabbitMQ node $name on 127.0.0.1:$port"
      as_root env RABBITMQ_NODENAME="$name" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$port" \
        RABBITMQ_DIST_PORT=$((port + 20000)) RABBITMQ_CONFIG_FILE="$conf" RABBITMQ_MNESIA_BASE="$base" \
        RABBITMQ_LOG_BASE="$logs" RABBITMQ_PID_FILE="$base/node.pid" rabbitmq-server -detached
    fi
    await_rabbitmq_node "$name"
    if ! as_root rabbitmqctl -q -n "$name" cluster_status --formatter json | grep -qF "\"$first\""; then
      log "joining $name to $first's cluster"
      local output
      # The CLI logs harmless errors while the node is between clusters: shown only if joining fails.
      if ! output=$(as_root rabbitmqctl -q -n "$name" stop_app 2>&1 && as_root rabbitmqctl -q -n "$name" join_cluster "$first" 2>&1 \
        && as_root rabbitmqctl -q -n "$name" start_app 2>&1); then
        printf '%s\n' "$output" >&2
        log "RabbitMQ node $name could not join $first"; exit 1
      fi
    fi
  done
}

# The services declare quorum queues (NP_RABBIT_QUEUE_TYPE=classic: classic ones). A vhost from before keeps classic
# queues, which RabbitMQ refuses to declare again as quorum: an empty one without consumers (the platform is stopped) is
# deleted here and declared again by its service; one that still holds messages is left, and named.
ensure_queue_type() {
  [ "${NP_RABBIT_QUEUE_TYPE:-quorum}" = quorum ] || return 0
  local name type messages consumers kept=()
  while IFS=$'\t' read -r name type messages consumers; do
    [ "$type" = classic ] && [ "$consumers" = 0 ] || continue
    if [ "$messages" = 0 ]; then
      rabbitmqctl_q delete_queue -p "$NP_RABBIT_VHOST" "$name" --if-empty --if-unused >/dev/null
    else
      kept+=("$name ($messages messages)")
    fi
  done < <(rabbitmqctl_q list_queues -p "$NP_RABBIT_VHOST" --no-table-headers name type messages consumers)
  if [ ${#kept[@]} -gt 0 ]; then
    log "classic queues that still hold messages, which the services cannot declare as quorum queues: ${kept[*]}"
    log "drain them first (NP_RABBIT_QUEUE_TYPE=classic ./run.sh), or start again from nothing (scripts/reset-demo-data.sh)"
    exit 1
  fi
}

# Dovecot on loopback with the local test account (any user name, NP_MAIL_PASSWORD), for connected mailboxes.
ensure_mail_server() {
  local dir="$state_dir/dovecot"
  mkdir -p "$dir"
  (umask 077 && printf '%s' "$NP_MAIL_PASSWORD" >"$state_dir/mail-password")
  # Its mail lives under /var/lib and belongs to Debian's 'mail' user: root's work, like the other servers'.
  as_root "$(dirname "$0")/mail-server.sh" start "$dir" "$NP_MAIL_PORT" "$state_dir/mail-password"
}

ensure_packages
ensure_credentials
ensure_postgres_running
ensure_postgres_role_and_database
ensure_rabbitmq_config
ensure_rabbitmq_running
ensure_rabbitmq_user_and_vhost
ensure_rabbitmq_cluster
ensure_queue_type
ensure_mail_server
log "PostgreSQL on 127.0.0.1:$NP_PG_PORT (database $NP_PG_DATABASE), RabbitMQ on 127.0.0.1:$NP_RABBIT_PORT (vhost $NP_RABBIT_VHOST), management http://127.0.0.1:$NP_RABBIT_MANAGEMENT_PORT, IMAP (Dovecot) on 127.0.0.1:$NP_MAIL_PORT"
log "credentials: $credentials"
