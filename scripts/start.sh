#!/usr/bin/env bash
# README command one: install, build what changed (turbo caches the rest), serve on $PORT (8080).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
pnpm install --frozen-lockfile
pnpm exec turbo run build --output-logs=errors-only
exec node apps/relay/dist/main.js
