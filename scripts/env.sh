# Sourced by start.sh and test.sh: puts pnpm 10 on PATH (installing it into .tools/ when the
# machine lacks it, no root needed) and sets the environment every run wants.
PNPM_VERSION=10.34.9
export TURBO_TELEMETRY_DISABLED=1
export COREPACK_ENABLE_STRICT=0
if ! command -v pnpm >/dev/null 2>&1 || ! pnpm --version 2>/dev/null | grep -q '^10\.'; then
  if [ ! -x .tools/node_modules/.bin/pnpm ]; then
    echo "installing pnpm $PNPM_VERSION into .tools/" >&2
    npm install --silent --no-audit --no-fund --prefix .tools "pnpm@$PNPM_VERSION" >&2
  fi
  export PATH="$PWD/.tools/node_modules/.bin:$PATH"
fi
