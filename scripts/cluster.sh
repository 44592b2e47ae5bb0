#!/usr/bin/env bash
# `pnpm cluster`: the scale-out topology on this machine, from Debian's packages, all
# throwaway (deleted on exit): a Postgres (initdb into a temp dir), a redis-server, two relays
# sharing them, and HAProxy balancing WebSockets round-robin across the relays with no sticky
# sessions, on HOST:PORT (127.0.0.1:8080). Ctrl-C stops everything.
#   RELAYS=3 pnpm cluster     # more relays
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

PORT="${PORT:-8080}"
HOST="${HOST:-127.0.0.1}"
RELAYS="${RELAYS:-2}"

need() { # need <command-or-path> <debian package>
  if command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; then return; fi
  if [ "$(id -u)" = 0 ]; then
    echo "cluster: installing Debian's $2" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  else
    echo "cluster: needs $2 (apt-get install $2)" >&2
    exit 1
  fi
}
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
[ -n "$PG_BIN" ] || need /usr/lib/postgresql/15/bin/initdb postgresql
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
need redis-server redis-server
need haproxy haproxy

pnpm install --frozen-lockfile >/dev/null
pnpm exec turbo run build --output-logs=errors-only

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

TMP="$(mktemp -d -t roundtable-cluster-XXXXXX)"
PIDS=()
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  trap - EXIT INT TERM
  echo "cluster: stopping" >&2
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  as_pg "$PG_BIN/pg_ctl" -D "$TMP/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

# Postgres: initdb refuses root, so the data dir belongs to the postgres user when we are root.
[ "$(id -u)" = 0 ] && chown postgres: "$TMP"
PG_PORT="$(free_port)"
as_pg "$PG_BIN/initdb" -D "$TMP/pg" -A trust -U roundtable -E UTF8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$TMP/pg" -l "$TMP/pg.log" -w start \
  -o "-p $PG_PORT -k $TMP -c listen_addresses=127.0.0.1" >/dev/null
DATABASE_URL="postgres://roundtable@127.0.0.1:$PG_PORT/postgres"

REDIS_PORT="$(free_port)"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --loglevel warning &
PIDS+=($!)
REDIS_URL="redis://127.0.0.1:$REDIS_PORT"

SECRET="$(node -e "console.log(require('crypto').randomBytes(32).toString('hex'))")"
BACKENDS=""
ADDRS=()
for i in $(seq 1 "$RELAYS"); do
  RELAY_PORT="$(free_port)"
  PORT="$RELAY_PORT" HOST=127.0.0.1 ROUNDTABLE_DATA_DIR="$TMP/relay$i" ROUNDTABLE_SECRET="$SECRET" \
    DATABASE_URL="$DATABASE_URL" REDIS_URL="$REDIS_URL" LOG_FORMAT=json \
    ROUNDTABLE_TRUST_PROXY=true node apps/relay/dist/main.js > >(sed -u "s/^/relay$i | /") 2>&1 &
  PIDS+=($!)
  ADDRS+=("127.0.0.1:$RELAY_PORT")
  BACKENDS+="    server relay$i 127.0.0.1:$RELAY_PORT check"$'\n'
done

# Round-robin, no stickiness: any relay serves any board. /readyz takes an unready relay
# (store or Redis lost) out of rotation; `timeout tunnel` keeps idle WebSockets open.
cat > "$TMP/haproxy.cfg" <<CFG
global
    log stdout format raw local0 warning
defaults
    mode http
    log global
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    option forwardfor
frontend roundtable
    bind $HOST:$PORT
    default_backend relays
backend relays
    balance roundrobin
    option httpchk GET /readyz
    default-server inter 1s fall 2 rise 1
$BACKENDS
CFG
# Wait until every relay answers before the balancer takes traffic.
for i in $(seq 1 100); do
  ready=0
  for addr in "${ADDRS[@]}"; do curl -fsS "http://$addr/readyz" >/dev/null 2>&1 && ready=$((ready + 1)); done
  [ "$ready" = "$RELAYS" ] && break
  sleep 0.2
done
haproxy -f "$TMP/haproxy.cfg" -db &
PIDS+=($!)
echo "cluster: Postgres :$PG_PORT, Redis :$REDIS_PORT, $RELAYS relays, HAProxy on http://$HOST:$PORT (Ctrl-C stops and deletes everything)" >&2
wait -n "${PIDS[@]}"
echo "cluster: a process exited; stopping the rest" >&2
