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

pnpm install --frozen-lockfile
find apps packages tools bench -path '*/node_modules' -prune -o -type d -name test-results -print0 | xargs -0 rm -rf
pnpm exec turbo run build typecheck lint --output-logs=errors-only
status=0
pnpm exec turbo run test --continue --concurrency=2 || status=$?
node scripts/count-tests.mjs || status=$?
exit "$status"
