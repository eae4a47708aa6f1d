#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server (.ci/postgres.sh) in a fresh temp directory,
# its admin URL in SIGNPOST_TEST_POSTGRES; stops the server and removes the directory afterwards,
# also when the command fails or is interrupted. Exits with the command's status.
#
# Usage: .ci/with-postgres.sh CMD [ARGS...]
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }
pg=$(cd "$(dirname "$0")" && pwd)/postgres.sh
dir=$(mktemp -d "${TMPDIR:-/tmp}/signpost-pg.XXXXXX")

stopped=""
cleanup() {
  [ -z "$stopped" ] || return 0
  stopped=1
  if [ -d "$dir" ] && [ -z "$(ls -A "$dir")" ]; then
    rmdir "$dir"                                 # start failed before making anything
  else
    "$pg" stop "$dir" || echo "with-postgres.sh: could not stop the server in $dir" >&2
  fi
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap 'cleanup; exit 129' HUP

SIGNPOST_TEST_POSTGRES=$("$pg" start "$dir")
export SIGNPOST_TEST_POSTGRES
echo "with-postgres.sh: PostgreSQL at $SIGNPOST_TEST_POSTGRES" >&2

status=0
"$@" || status=$?
cleanup
exit "$status"
