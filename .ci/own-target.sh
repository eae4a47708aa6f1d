#!/usr/bin/env bash
# Run before any cargo build into the shared CARGO_TARGET_DIR (build-release.sh, `make
# rust-tests`, `make load-test-build`): makes sure the build is of this clone's sources.
#
# Cargo takes an artifact as fresh when it is newer than the files it was built from. The
# target directory is shared between clones, so after another clone built into it, that clone's
# artifacts (newer) look fresh to this clone's sources (older), and cargo would hand this clone
# the other clone's crate: its server, its tests, its front end. So the first build after another
# clone's touches the files this crate's build reads first (src/lib.rs for the crate and the
# tests built on it, locales/locales.toml for the build script), which makes cargo build this
# clone's crate again (and model/src/lib.rs, model/decode/src/lib.rs and vendor/*/src/lib.rs for
# the crates in model/ and vendor/, path dependencies, which
# cargo judges the same way); dependencies from crates.io are
# fingerprinted by content and are reused.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${CARGO_TARGET_DIR:-target}
mark="$target/.built-by"
here=$(pwd -P)
if [ -f "$mark" ] && [ "$(cat "$mark")" != "$here" ]; then
  echo "own-target: $(cat "$mark") built into $target last: building this clone's crate again"
  touch src/lib.rs model/src/lib.rs model/decode/src/lib.rs vendor/*/src/lib.rs locales/locales.toml
fi
mkdir -p "$target"
printf '%s\n' "$here" > "$mark"
