#!/usr/bin/env bash
# README command two: every check and every test suite, then one line "N passed, N failed"
# totalled from each suite's vitest JSON report. Installs what a fresh machine lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian's chromium for the browser tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "error: the browser tests need /usr/bin/chromium (apt-get install chromium)" >&2
    exit 1
  fi
fi

# The Postgres store and Redis scale-out tests start their own throwaway servers from Debian's packages.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || [ -n "${DATABASE_URL:-}" ] || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || [ -n "${REDIS_URL:-}" ] || missing+=(redis-server)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian's ${missing[*]} for the store and scale-out tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    # Debian starts a system cluster on install; the tests use their own, so leave it stopped.
    if command -v service >/dev/null 2>&1; then service postgresql stop >/dev/null 2>&1 || true; fi
  else
    echo "error: the store and scale-out tests need ${missing[*]} (apt-get install ${missing[*]}), or DATABASE_URL/REDIS_URL" >&2
    exit 1
  fi
fi

pnpm install --frozen-lockfile
find apps packages tools bench -path '*/node_modules' -prune -o -type d -name test-results -print0 | xargs -0 rm -rf
pnpm exec turbo run build typecheck lint --output-logs=errors-only
status=0
pnpm exec turbo run test --continue --concurrency=2 || status=$?
# Kill -9 cycles, hostile frames, a slow reader, a restart storm (RELIABILITY_FULL=1: larger). Alone, so no other suite competes for the CPU.
pnpm exec turbo run test:reliability --continue || status=$?
node scripts/count-tests.mjs || status=$?
exit "$status"
