#!/usr/bin/env bash
# The run command: the whole platform on this machine, no cluster needed.
# PostgreSQL and Redis on loopback with data under .onewindow/, each service's database and roles,
# migrations, the demo district, every service that exists (redis event transport) and the gateway.
# Ctrl-C stops everything it started. Running it again reuses the data and duplicates nothing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source eng/lib/prerequisites.sh
source eng/lib/redis-acl.sh
ensure_dotnet
ensure_servers

# ONEWINDOW_STATE, ONEWINDOW_PORT_BASE, ONEWINDOW_CONFIGURATION and ONEWINDOW_BUILD=skip let a second stack run beside
# this one on a build already made: the browser tests start theirs so (services/web/tests).
state="${ONEWINDOW_STATE:-$root/.onewindow}"
configuration="${ONEWINDOW_CONFIGURATION:-Release}"
pg_port="${ONEWINDOW_POSTGRES_PORT:-55432}"
redis_port="${ONEWINDOW_REDIS_PORT:-56379}"
gateway_port="${ONEWINDOW_GATEWAY_PORT:-8080}"
pg_password="onewindow-local"
# The default Redis user is the operator's (eng/smoke.sh reads the streams with it); each workload connects as its
# own ACL user (eng/lib/redis-acl.sh), so a service cannot write another's topic, nor the gateway any.
redis_admin_password="onewindow-local-redis"
mkdir -p "$state/logs"

# Service name -> (HTTP/1.1 port, HTTP/2 gRPC port), from ONEWINDOW_PORT_BASE (5100: intake 5101 and 5201, ...). The
# gateway reaches each on its gRPC port.
port_base="${ONEWINDOW_PORT_BASE:-5100}"
declare -A http_port grpc_port
number=1
for name in intake review policy-law social-work hr-payroll notification identity; do
  http_port[$name]=$((port_base + number)); grpc_port[$name]=$((port_base + 100 + number)); number=$((number + 1))
done
gateway_url="http://127.0.0.1:$gateway_port"

pids=()
# Redis runs beside the services, not among them: it may be stopped and started again while they run (they degrade
# and recover), which must not end the stack as a service's exit does.
redis_pid=""
started_postgres=""
stop_all() {
  trap - INT TERM EXIT
  echo; echo "Stopping OneWindow..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$redis_pid" ]; then kill -TERM "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; fi
  if [ -n "$started_postgres" ]; then
    runuser -u postgres -- "$(postgres_bindir)/pg_ctl" -D "$state/postgres" stop -m fast >/dev/null 2>&1 || true
  fi
  echo "Stopped."
}
trap stop_all INT TERM EXIT

run_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin; bin="$(postgres_bindir)"
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; then
    echo "PostgreSQL already answers on 127.0.0.1:$pg_port; using it."
    return
  fi
  if [ ! -f "$state/postgres/PG_VERSION" ]; then
    mkdir -p "$state/postgres"
    echo "$pg_password" > "$state/pgpass"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$state/postgres" "$state/pgpass"
    run_as_postgres "$bin/initdb" -D "$state/postgres" -U postgres --pwfile="$state/pgpass" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$state/logs/initdb.log"
  fi
  [ "$(id -u)" -eq 0 ] && chown postgres "$state/logs"
  run_as_postgres "$bin/pg_ctl" -D "$state/postgres" -l "$state/logs/postgres.log" -w \
    -o "-p $pg_port -k $state/postgres -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  started_postgres=yes
  echo "PostgreSQL on 127.0.0.1:$pg_port (data in .onewindow/postgres)"
}

redis_admin() { REDISCLI_AUTH="$redis_admin_password" redis-cli -p "$redis_port" --no-auth-warning "$@"; }

start_redis() {
  if redis_admin ping 2>/dev/null | grep -q PONG; then
    echo "Redis already answers on 127.0.0.1:$redis_port; using it."
    return
  fi
  mkdir -p "$state/redis"
  # The users live in an ACL file, so a Redis started again (by hand, after a stop) still knows every workload.
  [ -f "$state/redis/users.acl" ] || echo "user default on >$redis_admin_password ~* &* +@all" > "$state/redis/users.acl"
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$state/redis" --appendonly yes \
    --aclfile "$state/redis/users.acl" >>"$state/logs/redis.log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 1 50); do redis_admin ping 2>/dev/null | grep -q PONG && break; sleep 0.2; done
  echo "Redis on 127.0.0.1:$redis_port (data in .onewindow/redis)"
}

redis_password_of() { echo "onewindow-local-redis-$1"; }

# The identity provider's keys and the service clients' secrets, made once under .onewindow/identity: tokens stay
# valid when the stack restarts, and the provider runs on configured keys as it does outside Development.
identity_secrets() {
  local dir="$state/identity"
  mkdir -p "$dir"; chmod 700 "$dir"
  [ -f "$dir/signing-key.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/signing-key.pem" 2>/dev/null
  [ -f "$dir/encryption-key" ] || openssl rand -base64 32 > "$dir/encryption-key"
  [ -f "$dir/notification-secret" ] || openssl rand -hex 24 > "$dir/notification-secret"
  [ -f "$dir/identity-secret" ] || openssl rand -hex 24 > "$dir/identity-secret"
  [ -f "$dir/console-secret" ] || openssl rand -hex 24 > "$dir/console-secret"
}

# Every process trusts the provider's tokens: issued for the gateway's address (what a browser sees), read from
# identity itself, so no process waits on the gateway to start.
# Each line of the logs under $state/logs carries its time (UTC), so an operator can line up one request across services.
log_environment() {
  echo "Logging__Console__FormatterOptions__TimestampFormat=HH:mm:ss.fff "
  echo "Logging__Console__FormatterOptions__UseUtcTimestamp=true"
}

authentication_environment() {
  echo "Authentication__Authority=$gateway_url/"
  echo "Authentication__MetadataAddress=http://127.0.0.1:${http_port[identity]}/.well-known/openid-configuration"
}

# ACL SETUSER <workload> with the rules of eng/lib/redis-acl.sh, saved to the ACL file; made again at every start, so a
# change of the rules takes effect.
redis_user() {
  local user="$1"; shift
  local rules; mapfile -t rules < <("$@")
  redis_admin ACL SETUSER "$user" "${rules[@]}" >/dev/null
  redis_admin ACL SAVE >/dev/null
}

# Every folder services/<name>/src/<web project> is a service that exists.
discover_services() {
  local dir name
  for dir in services/*/src/*/; do
    name="$(basename "$(dirname "$(dirname "$dir")")")"
    # Building blocks, and the web console, which is started after the services (web_environment).
    [ "$name" = "shared" ] || [ "$name" = "web" ] && continue
    grep -qs 'Sdk="Microsoft.NET.Sdk.Web"' "$dir"*.csproj && echo "$name:$(basename "$dir")"
  done
}

service_environment() {
  local name="$1" db="onewindow_${1//-/_}" role="${1//-/_}"
  local pg="Host=127.0.0.1;Port=$pg_port;Database=$db"
  echo "ASPNETCORE_ENVIRONMENT=Development"
  echo "ConnectionStrings__$name=$pg;Username=${role}_app;Password=$pg_password-$role-app"
  echo "ConnectionStrings__$name-owner=$pg;Username=${role}_owner;Password=$pg_password-$role-owner"
  echo "ConnectionStrings__postgres-admin=Host=127.0.0.1;Port=$pg_port;Database=postgres;Username=postgres;Password=$pg_password"
  echo "ConnectionStrings__redis=127.0.0.1:$redis_port,user=$name,password=$(redis_password_of "$name")"
  echo "EventBus__Transport=redis"
  echo "EventBus__AppId=$name"
  echo "Kestrel__Endpoints__Http__Url=http://127.0.0.1:${http_port[$name]}"
  echo "Kestrel__Endpoints__Grpc__Url=http://127.0.0.1:${grpc_port[$name]}"
  # Where the other services answer gRPC (Services:<name>:Grpc), for calls that need an answer now.
  local other
  for other in "${!grpc_port[@]}"; do echo "Services__${other}__Grpc=http://127.0.0.1:${grpc_port[$other]}"; done
  authentication_environment
  log_environment
  case "$name" in
    identity)
      echo "Identity__Issuer=$gateway_url/"
      echo "Identity__EncryptionKey=$(cat "$state/identity/encryption-key")"
      echo "Identity__Clients__notification__Secret=$(cat "$state/identity/notification-secret")"
      # The console signs people in at the gateway's address (the web console's issue serves it there).
      echo "Identity__Clients__onewindow-console__Secret=$(cat "$state/identity/console-secret")"
      echo "Identity__Clients__onewindow-console__RedirectUris__0=$gateway_url/signin-oidc"
      echo "Identity__Clients__onewindow-console__PostLogoutRedirectUris__0=$gateway_url/signout-callback-oidc"
      # Residents' sign-in: identity texts the code through notification and checks real names with intake as its own
      # client (Services__*__Grpc above); the gateway on 127.0.0.1 names the resident's address in X-Forwarded-For.
      echo "Identity__Clients__identity__Secret=$(cat "$state/identity/identity-secret")"
      echo "Identity__Residents__TrustedProxies__0=127.0.0.1"
      echo "ServiceIdentity__TokenEndpoint=http://127.0.0.1:${http_port[identity]}/connect/token"
      echo "ServiceIdentity__ClientId=identity"
      echo "ServiceIdentity__ClientSecret=$(cat "$state/identity/identity-secret")" ;;
    notification)
      # The local Tencent provider's day files with the stack's other data, so a second stack (the journeys') keeps its
      # own; its status reports come back through the gateway, as Tencent's would, to the token-guarded callback.
      echo "Notification__Sms__Local__Folder=$state/sms"
      echo "Notification__Sms__Tencent__CallbackToken=onewindow-local-sms-callback"
      echo "Notification__Sms__Local__CallbackUrl=$gateway_url/api/notification/v1/sms/receipts?token=onewindow-local-sms-callback"
      echo "ServiceIdentity__TokenEndpoint=http://127.0.0.1:${http_port[identity]}/connect/token"
      echo "ServiceIdentity__ClientId=notification"
      echo "ServiceIdentity__ClientSecret=$(cat "$state/identity/notification-secret")" ;;
  esac
}

# The web console: signs people in at the provider as the console client and calls the services through the gateway,
# which serves it at / (the address a browser sees, where the provider sends people back).
web_port=$((port_base + 8))
web_environment() {
  echo "ASPNETCORE_ENVIRONMENT=Development"
  echo "ConnectionStrings__redis=127.0.0.1:$redis_port,user=web,password=$(redis_password_of web)"
  echo "EventBus__Transport=redis"
  echo "EventBus__AppId=web"
  echo "Kestrel__Endpoints__Http__Url=http://127.0.0.1:$web_port"
  authentication_environment
  log_environment
  echo "Console__PublicOrigin=$gateway_url/"
  echo "Console__ProviderAddress=http://127.0.0.1:${http_port[identity]}/"
  echo "Console__ClientSecret=$(cat "$state/identity/console-secret")"
}

demo_password() { jq -r .Identity.DemoPassword services/identity/src/OneWindow.Identity/appsettings.Development.json; }

wait_ready() {
  local name="$1" url="$2"
  for _ in $(seq 1 240); do
    if curl -fsS "$url/readyz" >/dev/null 2>&1; then echo "  $name ready ($url/readyz)"; return 0; fi
    sleep 0.5
  done
  echo "  $name did not become ready; see .onewindow/logs/$name.log" >&2
  return 1
}

start_postgres
start_redis
identity_secrets

if [ "${ONEWINDOW_BUILD:-}" = skip ]; then
  echo "Using the $configuration build in place (ONEWINDOW_BUILD=skip)."
else
  echo "Building..."
  dotnet build OneWindow.slnx -c "$configuration" -v quiet -nologo >"$state/logs/build.log" 2>&1 || { tail -n 30 "$state/logs/build.log"; exit 1; }
fi

redis_user gateway redis_acl_gateway_rules "$(redis_password_of gateway)"
gateway_env=("ASPNETCORE_ENVIRONMENT=Development" "ConnectionStrings__redis=127.0.0.1:$redis_port,user=gateway,password=$(redis_password_of gateway)" "Kestrel__Endpoints__Http__Url=http://127.0.0.1:$gateway_port")
mapfile -t -O "${#gateway_env[@]}" gateway_env < <(authentication_environment; log_environment)
for entry in $(discover_services); do
  name="${entry%%:*}"; project="${entry#*:}"
  redis_user "$name" redis_acl_service_rules "$name" "$(redis_password_of "$name")" redis
  dll="services/$name/src/$project/bin/$configuration/net10.0/$project.dll"
  if [ ! -f "$dll" ]; then
    echo "$name: not built (is $project in OneWindow.slnx?); skipped" >&2
    continue
  fi
  mapfile -t env_vars < <(service_environment "$name")
  # A PEM key spans lines, so it is passed as one value rather than through the line-by-line list above.
  [ "$name" = identity ] && env_vars+=("Identity__SigningKeys__0=$(cat "$state/identity/signing-key.pem")")
  # Its appsettings.json (endpoint protocols, defaults) sits beside the dll, not in this folder.
  env_vars+=("ASPNETCORE_CONTENTROOT=$PWD/$(dirname "$dll")")
  echo "$name: migrating and seeding"
  env "${env_vars[@]}" dotnet "$dll" migrate >>"$state/logs/$name.log" 2>&1 || { tail -n 30 "$state/logs/$name.log"; exit 1; }
  env "${env_vars[@]}" dotnet "$dll" seed >>"$state/logs/$name.log" 2>&1 || { tail -n 30 "$state/logs/$name.log"; exit 1; }
  env "${env_vars[@]}" dotnet "$dll" >>"$state/logs/$name.log" 2>&1 &
  pids+=($!)
  gateway_env+=("ReverseProxy__Clusters__${name}__Destinations__primary__Address=http://127.0.0.1:${grpc_port[$name]}")
  # Sign-in pages and the OpenID Connect endpoints are HTTP/1.1, on identity's other port.
  [ "$name" = identity ] && gateway_env+=("ReverseProxy__Clusters__identity-sign-in__Destinations__primary__Address=http://127.0.0.1:${http_port[identity]}")
  wait_ready "$name" "http://127.0.0.1:${http_port[$name]}"
done

web_dll="services/web/src/OneWindow.Web/bin/$configuration/net10.0/OneWindow.Web.dll"
if [ -f "$web_dll" ]; then
  redis_user web redis_acl_service_rules web "$(redis_password_of web)" redis
  mapfile -t env_vars < <(web_environment)
  env "${env_vars[@]}" "ASPNETCORE_CONTENTROOT=$PWD/$(dirname "$web_dll")" dotnet "$web_dll" >>"$state/logs/web.log" 2>&1 &
  pids+=($!)
  gateway_env+=("ReverseProxy__Clusters__console__Destinations__primary__Address=http://127.0.0.1:$web_port")
  wait_ready web "http://127.0.0.1:$web_port"
fi

gateway_dll="gateway/src/OneWindow.Gateway/bin/$configuration/net10.0/OneWindow.Gateway.dll"
if [ -f "$gateway_dll" ]; then
  gateway_env+=("ASPNETCORE_CONTENTROOT=$PWD/$(dirname "$gateway_dll")")
  env "${gateway_env[@]}" dotnet "$gateway_dll" >>"$state/logs/gateway.log" 2>&1 &
  pids+=($!)
  wait_ready gateway "http://127.0.0.1:$gateway_port"
else
  echo "The gateway is not built in this checkout yet: only PostgreSQL, Redis and the services run." >&2
  wait -n "${pids[@]}" || true
  exit 1
fi

cat <<INFO

OneWindow is running. Console and gateway: $gateway_url  (readiness: /readyz; logs: .onewindow/logs/)
Sign in as any demo member of staff (docs/demo-district.md) at $gateway_url/account/login, password $(demo_password).
Scripts get a demo account's token (Development only), e.g. the Jiangpu Road clerk jiangpu-s004:
  curl -s $gateway_url/connect/token -d grant_type=urn:onewindow:grant-type:demo-account \\
       -d client_id=onewindow-demo -d scope=onewindow -d username=jiangpu-s004
then call a service: curl -H "Authorization: Bearer <access_token>" $gateway_url/api/<service>/v1/...
Press Ctrl-C to stop everything.
INFO
wait -n "${pids[@]}" || true
echo "A process exited; see .onewindow/logs/." >&2
