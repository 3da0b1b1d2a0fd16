#!/usr/bin/env bash
# Builds bin/sstc and runs the demo server against a local PostgreSQL (`make run`).
# Honours DATABASE_URL, ADDR and PORT from the environment (see scripts/ensure-db.sh).
# Ctrl-C / SIGTERM stop the server gracefully, then the private PostgreSQL cluster
# if this run started it.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "run: $*" >&2; }
command -v go >/dev/null || PATH=/usr/local/go/bin:$PATH

server_pid=
db_was_running=0
scripts/ensure-db.sh status 2>/dev/null && db_was_running=1

# shellcheck disable=SC2317 # invoked via trap
cleanup() {
  local rc=$?
  trap - INT TERM EXIT
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  # Stop the private cluster only if it was started during this run.
  if (( ! db_was_running )) && scripts/ensure-db.sh status 2>/dev/null; then
    scripts/ensure-db.sh stop || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

log "building bin/sstc"
go build -o bin/sstc ./cmd/sstc

DATABASE_URL=$(scripts/ensure-db.sh | tail -n1)
export DATABASE_URL

# Job control puts the server in its own process group, so a terminal Ctrl-C reaches
# only this script, which forwards exactly one signal (a second one might force-quit).
set -m
bin/sstc serve --demo &
server_pid=$!
set +m
trap 'kill -INT "$server_pid" 2>/dev/null || true' INT
trap 'kill -TERM "$server_pid" 2>/dev/null || true' TERM HUP

# `wait` returns early when a trapped signal arrives; keep waiting until the server exits.
rc=0
while :; do
  wait "$server_pid" && rc=0 || rc=$?
  kill -0 "$server_pid" 2>/dev/null || break
done
server_pid=
log "server exited with status $rc"
exit "$rc"
