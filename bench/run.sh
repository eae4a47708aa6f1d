#!/usr/bin/env bash
# `make bench`: builds what the benchmarks need, then runs them all (bench/bench.mjs), which
# writes docs/BENCHMARKS.md. Installs wrk and nginx from Debian and the npm packages in bench/
# when missing (PostgreSQL for the load test comes with `.ci/tools.sh test`). All load stays on
# 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CARGO_TARGET_DIR:=$HOME/.cache/signpost/target}"
export CARGO_TARGET_DIR
PATH="$(.ci/tools.sh path)"
export PATH

.ci/tools.sh test
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx)
command -v sqlite3 >/dev/null || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  (cd bench && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-audit --no-fund >/dev/null)
fi

make --no-print-directory build-release
# The load test's phones, optimised (bench.mjs runs them with `make load-test`).
make --no-print-directory load-test-build
# The search engine alone, exported to JavaScript, for timing against MiniSearch (compiled as
# the app's bundle is: the same toolchain, .cargo/config.toml and .cargo/wasm-std.toml).
RUSTUP_TOOLCHAIN=$(.ci/tools.sh wasm-toolchain) cargo build --config .cargo/wasm-std.toml \
  --lib --target wasm32-unknown-unknown --no-default-features --features bench \
  --profile wasm-release --target-dir "$CARGO_TARGET_DIR/bench"
wasm-bindgen --target web --no-typescript --out-dir target/bench/wasm \
  "$CARGO_TARGET_DIR/bench/wasm32-unknown-unknown/wasm-release/signpost.wasm"

node bench/bench.mjs
