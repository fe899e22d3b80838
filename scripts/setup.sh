#!/usr/bin/env bash
# Installs what Kontaktpunkt needs, idempotently: each step is skipped when already done.
#   scripts/setup.sh build   – what building and serving needs (make run)
#   scripts/setup.sh test    – that, plus the test browser (make test)
# Everything comes from the package registries (crates.io, npm, Debian); nothing else.
set -euo pipefail

MODE="${1:-build}"
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust with rustup first (https://rustup.rs)." >&2
  exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding rustup component $component"
    rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes, once per machine)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# Without --locked: the CLI's own lock file names a crate version the registry lacks.
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION" \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes, once per machine)"
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

if ! command -v npm >/dev/null; then
  echo "npm is missing: install Node.js 20 or newer." >&2
  exit 1
fi

# npm ci only when package-lock.json changed since the last install. A test install holds
# everything a build needs, so a later build must not prune it back.
fresh() { [ -f "$1" ] && [ ! package-lock.json -nt "$1" ]; }
test_stamp=node_modules/.kontaktpunkt-test
build_stamp=node_modules/.kontaktpunkt-build
if [ "$MODE" = test ]; then
  if ! fresh "$test_stamp"; then
    say "installing npm packages (binaryen, playwright-core, axe, lighthouse)"
    npm ci --no-audit --no-fund
    touch "$test_stamp" "$build_stamp"
  fi
elif ! fresh "$build_stamp" && ! fresh "$test_stamp"; then
  say "installing npm packages for the build (binaryen)"
  npm ci --omit=dev --no-audit --no-fund
  touch "$build_stamp"
fi

if [ "$MODE" = test ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v gzip >/dev/null || missing+=(gzip)
  # pdftotext: the end-to-end test reads the text of the report's PDF.
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]} from Debian's packages"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
  fi
fi

say "ready ($MODE)"
