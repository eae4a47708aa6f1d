#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: its own cluster in a directory, reachable only
# through a Unix socket in that directory (no TCP port, so parallel runs never collide), trust
# authentication. Debian's server binaries (.ci/tools.sh test installs them); no Docker.
#
# Usage: .ci/postgres.sh start DIR   # new cluster in DIR (created if missing, must be empty),
#                                    # started; prints the admin URL on stdout, e.g.
#                                    # postgres://postgres@localhost:5432/postgres?host=/tmp/x
#        .ci/postgres.sh stop DIR    # stops it (if running) and removes DIR
#        .ci/postgres.sh halt DIR    # stops it, keeping DIR (a database server going down)
#        .ci/postgres.sh resume DIR  # starts a halted server again
#
# Every role uses trust authentication but `signpost_password`, which must give its password
# (scram-sha-256): the tests of a wrong password use it.
#
# The URL names the socket directory in the `host` query parameter, which both sqlx 0.9
# (sqlx-postgres src/options/parse.rs: a value starting with '/' is a socket directory) and
# libpq/psql understand. Run as root, the server runs as the `postgres` OS user (initdb and
# pg_ctl refuse root); otherwise as the caller.
# .ci/with-postgres.sh wraps start/stop around a command.
set -euo pipefail

PORT=5432                       # only names the socket file (.s.PGSQL.5432); no TCP listener
MARKER=.signpost-postgres       # `stop` removes only directories that `start` made

die() { printf 'postgres.sh: %s\n' "$*" >&2; exit 1; }
say() { printf 'postgres.sh: %s\n' "$*" >&2; }

# The newest installed server's bin directory (/usr/lib/postgresql/<major>/bin).
find_bindir() {
  local dir best="" best_major=-1 major
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] || continue
    major=${dir#/usr/lib/postgresql/}; major=${major%%/*}
    [[ $major =~ ^[0-9]+$ ]] || continue
    if [ "$major" -gt "$best_major" ]; then best_major=$major; best=$dir; fi
  done
  [ -n "$best" ] || die "no PostgreSQL server found under /usr/lib/postgresql/*/bin (run .ci/tools.sh test, or apt-get install postgresql)"
  printf '%s\n' "$best"
}

# Runs a command as the server's owner, from / (the server tools fail when they cannot read
# the current directory, e.g. /root when run as postgres).
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

abs_dir() { (cd "$1" && pwd -P); }

cmd_start() {
  local dir=$1 bindir data log
  bindir=$(find_bindir)
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    die "running as root but there is no 'postgres' OS user to run the server as"
  fi
  mkdir -p "$dir"
  dir=$(abs_dir "$dir")
  if [ -n "$(ls -A "$dir")" ]; then die "$dir is not empty (start needs a fresh directory)"; fi
  : > "$dir/$MARKER"                             # from here on, `stop DIR` cleans up
  # The path goes verbatim into postgresql.conf and the URL's query string: keep it plain.
  [[ $dir =~ ^[A-Za-z0-9/._-]+$ ]] || \
    die "$dir: use a directory path of letters, digits and / . _ - only (e.g. from mktemp -d)"
  # Unix socket paths are limited to 107 bytes.
  if [ $(( ${#dir} + ${#PORT} + 10 )) -gt 107 ]; then
    die "$dir is too long for a Unix socket path; use a shorter directory (e.g. under /tmp)"
  fi
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  chmod 700 "$dir"
  as_owner test -w "$dir" -a -x "$dir" || \
    die "$dir is not writable by the server's user (a parent directory may be closed to it); use a directory under /tmp"

  data=$dir/data
  log=$dir/server.log
  # initdb: trust for the local socket (no TCP at all, see listen_addresses); UTF-8 and a fixed
  # locale, whatever the caller's LANG is (unset LANG would mean SQL_ASCII). --no-sync only skips
  # flushing the fresh cluster's files to disk (seconds on a busy disk; a crash loses the
  # throwaway cluster anyway); the server itself runs with fsync on.
  local locale=C.UTF-8
  locale -a 2>/dev/null | grep -ix 'c\.utf-\{0,1\}8' >/dev/null || locale=C
  if ! as_owner "$bindir/initdb" --pgdata="$data" --username=postgres --encoding=UTF8 \
        --locale="$locale" --auth-local=trust --auth-host=reject --no-instructions --no-sync \
        >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    die "initdb failed (log above)"
  fi
  # One role that must give a password (first match wins in pg_hba.conf).
  as_owner sed -i '1i local all signpost_password scram-sha-256' "$data/pg_hba.conf"
  # Throwaway but honest: fsync and synchronous_commit stay on (the app relies on durable
  # commits); only sizing and the socket-only listener differ from the defaults.
  as_owner tee -a "$data/postgresql.conf" >/dev/null <<EOF

# --- .ci/postgres.sh: throwaway test server ---
listen_addresses = ''
unix_socket_directories = '$dir'
port = $PORT
max_connections = 200
shared_buffers = 128MB
fsync = on
synchronous_commit = on
logging_collector = off
EOF
  if ! as_owner "$bindir/pg_ctl" start --pgdata="$data" --log="$log" --wait --timeout=60 \
        --silent >/dev/null; then
    [ -f "$log" ] && tail -n 30 "$log" >&2
    as_owner "$bindir/pg_ctl" stop --pgdata="$data" --mode=immediate --wait --silent >/dev/null 2>&1 || true
    die "the server did not start (log above, from $log)"
  fi
  printf 'postgres://postgres@localhost:%s/postgres?host=%s\n' "$PORT" "$dir"
}

cmd_stop() {
  local dir=$1 bindir data st=0
  [ -e "$dir" ] || return 0                      # already stopped and removed
  dir=$(abs_dir "$dir")
  [ -f "$dir/$MARKER" ] || die "$dir was not made by '.ci/postgres.sh start'; not touching it"
  data=$dir/data
  if [ -f "$data/PG_VERSION" ]; then
    bindir=$(find_bindir)
    as_owner "$bindir/pg_ctl" status --pgdata="$data" >/dev/null 2>&1 || st=$?
    if [ "$st" = 0 ]; then                       # 0: running, 3: not running, 4: no cluster
      if ! as_owner "$bindir/pg_ctl" stop --pgdata="$data" --mode=fast --wait --timeout=60 \
            --silent >/dev/null; then
        say "fast shutdown failed; stopping immediately"
        as_owner "$bindir/pg_ctl" stop --pgdata="$data" --mode=immediate --wait --timeout=30 \
          --silent >/dev/null || die "could not stop the server in $dir (pid in $data/postmaster.pid); leaving it"
      fi
    fi
  fi
  rm -rf -- "$dir"
}

cmd_halt() {
  local dir data
  dir=$(abs_dir "$1"); data=$dir/data
  [ -f "$dir/$MARKER" ] || die "$dir was not made by '.ci/postgres.sh start'; not touching it"
  as_owner "$(find_bindir)/pg_ctl" stop --pgdata="$data" --mode=fast --wait --timeout=60 --silent >/dev/null
}

cmd_resume() {
  local dir data
  dir=$(abs_dir "$1"); data=$dir/data
  [ -f "$dir/$MARKER" ] || die "$dir was not made by '.ci/postgres.sh start'; not touching it"
  as_owner "$(find_bindir)/pg_ctl" start --pgdata="$data" --log="$dir/server.log" --wait --timeout=60 --silent >/dev/null
}

case "${1:-}" in
  start|stop|halt|resume)
    [ $# = 2 ] && [ -n "$2" ] || die "usage: $0 $1 DIR"
    "cmd_$1" "$2" ;;
  *) die "usage: $0 start DIR | stop DIR | halt DIR | resume DIR" ;;
esac
