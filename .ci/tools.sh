#!/usr/bin/env bash
# Installs the build and test toolchain, idempotently: each step checks first and is skipped
# when the right version is already there. Only crates.io, npm and Debian are reachable here
# (no GitHub downloads), so every tool comes from one of those. See ARCHITECTURE.md, "Toolchain".
#
# Usage: .ci/tools.sh build   # the browser bundle's Rust toolchain, cargo-leptos, wasm-bindgen,
#                             # wasm-opt
#        .ci/tools.sh test    # the above + Debian chromium, Debian PostgreSQL server (for
#                             # .ci/postgres.sh) + end2end npm packages
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
CARGO_LEPTOS_VERSION=0.3.11
# The browser bundle's compiler (.cargo/config.toml says why a nightly): pinned, so every build
# of a commit uses the same one. The server and the tests use the stable toolchain.
WASM_TOOLCHAIN=nightly-2026-05-20
BINARYEN_VERSION=132.0.0
tools_dir=${SIGNPOST_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/signpost-tools}

say() { printf '\033[1m[tools]\033[0m %s\n' "$*" >&2; }

# Runs a download step up to three times: a registry that drops one connection (it happens
# here) must not fail a whole run.
retry() {
  local attempt
  for attempt in 1 2 3; do
    "$@" && return 0
    [ "$attempt" = 3 ] || { say "failed (attempt $attempt of 3), trying again: $*"; sleep $((attempt * 10)); }
  done
  return 1
}

# wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock"
}

# Installs a crate from its registry source with one lockfile entry moved to a version this
# registry has or this rustc can build (both tools' own lockfiles pin versions that fail here).
install_patched() { # crate version "cargo update args"
  local crate=$1 version=$2 fix=$3 src work
  cargo install "$crate" --version "$version" --locked >/dev/null 2>&1 || true # fetches the source
  src=$(ls -d "$HOME"/.cargo/registry/src/*/"$crate-$version" 2>/dev/null | head -n 1)
  if [ -z "$src" ]; then
    cargo fetch --manifest-path /dev/null >/dev/null 2>&1 || true
    say "could not fetch the source of $crate $version from crates.io"; exit 1
  fi
  work=$(mktemp -d)
  cp -r "$src" "$work/src"
  (cd "$work/src" && eval "cargo update $fix" && \
    cargo install --path . --locked --force \
      --config 'profile.release.lto=false' --config 'profile.release.codegen-units=16')
  rm -rf "$work"
}

# The standard library's source (rust-src) is all it needs for wasm32: the build compiles std
# itself (build-std), so no precompiled wasm32 target is installed.
ensure_wasm_toolchain() {
  if rustup component list --toolchain "$WASM_TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src'; then
    return
  fi
  say "installing Rust $WASM_TOOLCHAIN with rust-src (the browser bundle's compiler)"
  retry rustup toolchain install "$WASM_TOOLCHAIN" --profile minimal --component rust-src >/dev/null
}

ensure_cargo_leptos() {
  if cargo leptos --version 2>/dev/null | grep -q " $CARGO_LEPTOS_VERSION\$"; then return; fi
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (one-off, several minutes)"
  install_patched cargo-leptos "$CARGO_LEPTOS_VERSION" "-p cargo-util-schemas --precise 0.14.1"
}

ensure_wasm_bindgen() {
  local want; want=$(wasm_bindgen_version)
  if wasm-bindgen --version 2>/dev/null | grep -q " $want\$"; then return; fi
  say "installing wasm-bindgen-cli $want (one-off, several minutes)"
  install_patched wasm-bindgen-cli "$want" "-p webpki-roots@1.0.11 --precise 1.0.10"
}

# wasm-opt from npm's binaryen. Never Debian's binaryen: its wasm-opt 108 silently breaks the
# wasm (hydration never starts).
ensure_wasm_opt() {
  if [ -x "$tools_dir/node_modules/.bin/wasm-opt" ] && \
     "$tools_dir/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
    return
  fi
  say "installing binaryen $BINARYEN_VERSION (wasm-opt) from npm into $tools_dir"
  mkdir -p "$tools_dir"
  retry npm install --loglevel=error --no-audit --no-fund --prefix "$tools_dir" "binaryen@$BINARYEN_VERSION" >/dev/null
}

# Chromium, and the Noto fonts an Android phone has for every shipped script (Gujarati, Gurmukhi,
# Bengali, Devanagari, Tamil, Ethiopic, Arabic and Nastaliq Urdu): without them the locale tests
# would see empty boxes where the letters should be.
ensure_chromium() {
  if [ -x /usr/bin/chromium ] && dpkg -s fonts-noto-core >/dev/null 2>&1; then return; fi
  say "installing Debian chromium and Noto fonts"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  retry $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive retry $sudo apt-get install -y -qq chromium fonts-noto-core >/dev/null
}

# The PostgreSQL server binaries only (/usr/lib/postgresql/<major>/bin): the tests start their
# own throwaway cluster with .ci/postgres.sh. Debian's postinst would otherwise create (and,
# where services may start, run) a `main` cluster on port 5432; a createcluster.d drop-in
# (read by the postinst through createcluster.conf's include_dir) turns that off, and any
# cluster that still came up is stopped.
ensure_postgres() {
  if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then return; fi
  say "installing Debian postgresql (server binaries only, no cluster left running)"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo mkdir -p /etc/postgresql-common/createcluster.d
  printf '# .ci/tools.sh (signpost): tests make their own clusters\ncreate_main_cluster = false\n' |
    $sudo tee /etc/postgresql-common/createcluster.d/signpost.conf >/dev/null
  retry $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive retry $sudo apt-get install -y -qq postgresql postgresql-client >/dev/null
  local ver name port status rest
  # No server was installed before, so any cluster online now was started by this install.
  while read -r ver name port status rest; do
    [ "$status" = online ] || continue
    say "stopping PostgreSQL cluster $ver/$name that the install started"
    $sudo pg_ctlcluster "$ver" "$name" stop
  done < <(pg_lsclusters -h 2>/dev/null || true)
}

# Debian's nginx, for the end-to-end test of two app servers behind a load balancer (and the
# benchmarks). Its own configuration in a temp dir is all the tests use: the install must not
# leave a server running on port 80, so services are kept from starting while it installs.
ensure_nginx() {
  if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then return; fi
  say "installing Debian nginx (not started)"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  local policy=/usr/sbin/policy-rc.d made=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null && $sudo chmod +x "$policy" && made=1
  fi
  retry $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive retry $sudo apt-get install -y -qq nginx-light >/dev/null
  if [ -n "$made" ]; then $sudo rm -f "$policy"; fi
}

ensure_e2e_packages() {
  local dir="$root/end2end"
  if [ -d "$dir/node_modules" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    return
  fi
  say "installing end2end npm packages"
  (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 retry npm ci --loglevel=error --no-audit --no-fund >/dev/null)
}

# Prints the PATH to use: our wasm-opt first, so no other wasm-opt can win.
tool_path() { printf '%s:%s/.cargo/bin:%s' "$tools_dir/node_modules/.bin" "$HOME" "$PATH"; }

case "${1:-build}" in
  build) ensure_wasm_toolchain; ensure_wasm_opt; ensure_wasm_bindgen; ensure_cargo_leptos ;;
  test)  ensure_wasm_toolchain; ensure_wasm_opt; ensure_wasm_bindgen; ensure_cargo_leptos
         ensure_chromium; ensure_postgres; ensure_nginx; ensure_e2e_packages ;;
  path)  tool_path; exit 0 ;;
  wasm-toolchain) printf '%s\n' "$WASM_TOOLCHAIN"; exit 0 ;;
  *) say "unknown mode $1"; exit 2 ;;
esac
