#!/usr/bin/env bash
# `make build-release`: `cargo leptos build --release --precompress --split`, skipped when
# nothing it reads changed since this clone's last build.
#
# cargo-leptos runs wasm-split, wasm-bindgen and wasm-opt (over the main module and every split
# chunk: minutes on two cores) again on every run, even when cargo finds nothing to compile.
# So this records, beside the site it built (target/site/.build-stamp), a hash of the build's
# inputs (every file under the directories the build reads, tracked or new, and the tools'
# versions) and of what it produced that lives outside the clone (the server binary and its
# hash list, in the shared CARGO_TARGET_DIR). When all of them match, the build is already
# there: nothing runs. Anything else (a changed file, another clone's build in the shared
# target directory, a missing stamp) runs the whole build, of this clone's crate
# (.ci/own-target.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${CARGO_TARGET_DIR:-target}
wasm_toolchain=$(.ci/tools.sh wasm-toolchain)
stamp=target/site/.build-stamp
outputs=("$target/release/signpost" "$target/release/hash.txt")

inputs_hash() {
  {
    # Everything the build reads, tracked or not yet added (ignored files excluded).
    git ls-files -z --cached --others --exclude-standard -- \
      Cargo.toml Cargo.lock build.rs .cargo src model vendor style public locales migrations \
      .ci/reproducible-split.mjs .ci/merge-chunks.mjs .ci/shrink-main.mjs \
      | sort -z | xargs -0 sha256sum 2>/dev/null
    cargo leptos --version
    rustc --version
    RUSTUP_TOOLCHAIN=$wasm_toolchain rustc --version
    wasm-bindgen --version
    wasm-opt --version
    printf 'RUSTFLAGS=%s\n' "${RUSTFLAGS:-}"
  } | sha256sum | cut -d' ' -f1
}

outputs_hash() {
  sha256sum "${outputs[@]}" 2>/dev/null | sha256sum | cut -d' ' -f1
}

stamp_for() {
  printf 'inputs %s\noutputs %s\n' "$1" "$(outputs_hash)"
}

git rev-parse --is-inside-work-tree >/dev/null 2>&1 && in_git=1 || in_git=
inputs=
if [ -n "$in_git" ]; then
  inputs=$(inputs_hash)
  if [ -f "$stamp" ] && [ -f "${outputs[0]}" ] && [ -f "${outputs[1]}" ] \
     && [ "$(cat "$stamp")" = "$(stamp_for "$inputs")" ]; then
    echo "build-release: nothing changed since this clone's last build ($stamp); cargo leptos build skipped"
    exit 0
  fi
fi

rm -f "$stamp"
.ci/own-target.sh
# The browser bundle with its pinned nightly (.cargo/config.toml: no panic or formatting
# machinery), then the server with stable; in this order cargo-leptos does the same steps as one
# `cargo leptos build` (the server-only run leaves the site and its hash list as they are).
RUSTUP_TOOLCHAIN=$wasm_toolchain cargo leptos build --release --precompress --split --frontend-only \
  --lib-cargo-args=--config=.cargo/wasm-std.toml
cargo leptos build --release --precompress --split --server-only
# The shared chunks as one file (a lazy point loads two files rather than fifty), the main
# module optimised once more, then the same sources give the same bytes under the same names
# (what each script says it mends).
node .ci/merge-chunks.mjs target/site/pkg "$target/release/hash.txt"
node .ci/shrink-main.mjs target/site/pkg "$target/release/hash.txt"
node .ci/reproducible-split.mjs target/site/pkg "$target/release/hash.txt"
# The inputs as they were when the build started: a file changed during the build builds again.
if [ -n "$in_git" ]; then
  stamp_for "$inputs" > "$stamp"
fi
