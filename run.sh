#!/usr/bin/env bash
# Runs the whole platform: local PostgreSQL and RabbitMQ, then the Aspire AppHost with every service and the dashboard.
# Stop it with Ctrl-C or SIGTERM.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/infra.sh
. scripts/platform-env.sh
./scripts/restore-tools.sh

# Release, as the platform runs in production; NP_CONFIGURATION=Debug for a debugger.
configuration="${NP_CONFIGURATION:-Release}"
dotnet build AppHost/AppHost.csproj -c "$configuration" -nologo -v quiet -clp:ErrorsOnly

# One log per machine, overwritten by each run, so runs leave nothing behind.
log_file="$(dirname "$NP_CREDENTIALS_FILE")/apphost.log"
export ConnectionStrings__postgres="$NP_POSTGRES_CONNECTION"
export ConnectionStrings__rabbitmq="$NP_RABBITMQ_CONNECTION"
export ASPNETCORE_URLS="${NP_DASHBOARD_URL:-http://localhost:15888}"
export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="${NP_OTLP_URL:-http://localhost:18889}"
export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="${NP_OTLP_HTTP_URL:-http://localhost:18890}"
# The Gateway and the portal listen on 5080 and 5090 themselves, not behind DCP's proxy (a hop per request).
export DirectPublicEndpoints=true
# Quorum queues unless NP_RABBIT_QUEUE_TYPE=classic (scripts/infra.sh runs a cluster of three with NP_RABBIT_NODES=3).
export Messaging__QueueType="${NP_RABBIT_QUEUE_TYPE:-quorum}"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="${NP_RESOURCE_SERVICE_URL:-http://localhost:18891}"

# Secrets go to the AppHost through its environment, never its command line.
env "Parameters__identity-signing-key=$NP_IDENTITY_SIGNING_KEY" "Parameters__demo-api-key=$NP_DEMO_API_KEY" \
  "Parameters__demo-password=$NP_DEMO_PASSWORD" "Parameters__mailbox-key=$NP_MAILBOX_KEY" "Parameters__mail-password=$NP_MAIL_PASSWORD" \
  "DemoMailbox__Host=$NP_MAIL_HOST" "DemoMailbox__Port=$NP_MAIL_PORT" "DemoMailbox__UserName=$NP_MAIL_USER" \
  dotnet "AppHost/bin/$configuration/net10.0/AppHost.dll" > >(tee "$log_file") 2>&1 &
apphost=$!
trap 'kill -TERM "$apphost" 2>/dev/null; wait "$apphost"; exit 0' INT TERM

api_base=http://localhost:5080
portal_url=http://localhost:5090
for _ in $(seq 1 180); do
  kill -0 "$apphost" 2>/dev/null || { echo "The AppHost exited: see $log_file" >&2; exit 1; }
  curl -fs -o /dev/null "$api_base/health" && break
  sleep 0.5
done
curl -fs -o /dev/null "$api_base/health" || echo "The gateway is not healthy yet: watch the dashboard." >&2

login=$(grep -o 'http://[^ ]*/login?t=[0-9a-f]*' "$log_file" | tail -n1 || true)
cat <<BANNER

NetworkingPlatform is running.
  Portal:        $portal_url   (Spanish and English)
  Dashboard:     ${login:-$ASPNETCORE_URLS}
  API base URL:  $api_base/api/v1
  API docs:      $api_base/docs
  Demo API key:  $NP_DEMO_API_KEY   (tenant "demo"; also in $NP_CREDENTIALS_FILE)
  Demo account:  demo@conecta.example / $NP_DEMO_PASSWORD   (admin of tenant "demo")
  Demo mailbox:  IMAP 127.0.0.1:$NP_MAIL_PORT, TLS none, user $NP_MAIL_USER / $NP_MAIL_PASSWORD   (connect it in the portal, Mailboxes)
  RabbitMQ UI:   http://127.0.0.1:$NP_RABBIT_MANAGEMENT_PORT  (user $NP_RABBIT_USER, password in the same file)
Press Ctrl-C to stop.
BANNER
wait "$apphost"
