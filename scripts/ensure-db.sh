#!/usr/bin/env bash
# Prints a DATABASE_URL for local development on stdout (last line); messages go to stderr.
#
#   scripts/ensure-db.sh            $DATABASE_URL if set, else a PostgreSQL on 127.0.0.1:5432,
#                                   else a private cluster under .pgdata/ (started on demand)
#   scripts/ensure-db.sh --private  always use the private cluster (ignores the above)
#   scripts/ensure-db.sh status     exit 0 if the private cluster started by this script runs
#   scripts/ensure-db.sh stop       stop the private cluster if this script started it
# SSTC_PG_PORT_PROBE overrides the port probed for a shared server (default 5432).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd -P)
STATE=$ROOT/.pgdata # holds: data/ (usually), datadir, port, started
DB=sstc

log() { echo "ensure-db: $*" >&2; }
die() { log "$*"; exit 1; }
url() { echo "postgres://postgres@127.0.0.1:$1/$DB?sslmode=disable"; }

# Run a command as the cluster owner: ourselves, or the postgres OS user when root.
as_pg() {
  if [[ $EUID -ne 0 ]]; then "$@"
  elif command -v runuser >/dev/null; then (cd / && runuser -u postgres -- "$@")
  else (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")"); fi
}
# Something accepts TCP connections on 127.0.0.1:$1.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# A PostgreSQL server answers on 127.0.0.1:$1.
pg_up() {
  if command -v pg_isready >/dev/null; then pg_isready -q -h 127.0.0.1 -p "$1" -t 3
  else port_busy "$1"; fi
}
# Create database $DB if missing. $1 = psql binary, $2 = port.
ensure_database() {
  local q=("$1" -X -q -h 127.0.0.1 -p "$2" -U postgres -d postgres -Atc) have
  have=$("${q[@]}" "SELECT 1 FROM pg_database WHERE datname = '$DB'") || return 1
  [[ $have == 1 ]] || { log "creating database $DB"; "${q[@]}" "CREATE DATABASE $DB"; }
}
# Directory holding initdb/pg_ctl/postgres, newest version first.
find_bindir() {
  local d dirs
  d=$(pg_config --bindir 2>/dev/null) && [[ -x $d/initdb ]] && { echo "$d"; return; }
  dirs=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n1)
  [[ -x $dirs/initdb ]] && { echo "$dirs"; return; }
  d=$(command -v initdb) && { dirname "$d"; return; }
  return 1
}
install_server() {
  if [[ $EUID -eq 0 && -f /etc/debian_version ]] && command -v apt-get >/dev/null; then
    log "PostgreSQL server not found; installing it with apt-get"
    apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
  fi
  find_bindir >/dev/null || die "PostgreSQL server (initdb, pg_ctl) not found. Install PostgreSQL 13" \
    "or newer: sudo apt-get install postgresql (Debian/Ubuntu), brew install postgresql (macOS)"
}
# Data directory: .pgdata/data, or a temp dir if the postgres user cannot reach the repo.
choose_datadir() {
  mkdir -p "$STATE" && chmod 755 "$STATE"
  if [[ $EUID -ne 0 ]] || as_pg test -x "$STATE"; then echo "$STATE/data"; return; fi
  local tmp=${TMPDIR:-/tmp} h
  as_pg test -w "$tmp" || tmp=/tmp
  h=$(printf %s "$ROOT" | cksum | cut -d' ' -f1)
  log "the postgres user cannot reach $STATE; using $tmp/sstc-pgdata-$EUID-$h instead"
  echo "$tmp/sstc-pgdata-$EUID-$h"
}
running() { [[ -f $1/PG_VERSION ]] && as_pg "$2/pg_ctl" status -D "$1" >/dev/null 2>&1; }

private_cluster() {
  local bin data port psql sock
  bin=$(find_bindir) || { install_server; bin=$(find_bindir); }
  [[ $EUID -ne 0 ]] || id postgres >/dev/null 2>&1 ||
    die "running as root needs a 'postgres' OS user to own the cluster (or run as a normal user)"
  data=$(cat "$STATE/datadir" 2>/dev/null) || data=$(choose_datadir)
  mkdir -p "$STATE" && echo "$data" >"$STATE/datadir"
  if [[ ! -f $data/PG_VERSION ]]; then
    log "initialising a private cluster in $data"
    mkdir -p "$data" && chmod 700 "$data"
    [[ $EUID -ne 0 ]] || chown postgres: "$data"
    as_pg "$bin/initdb" -D "$data" --auth=trust -U postgres -E UTF8 >/dev/null
    sock=$data; (( ${#sock} < 90 )) || sock= # socket paths are limited to ~107 bytes
    printf "listen_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\n" "$sock" |
      as_pg tee -a "$data/postgresql.conf" >/dev/null
  fi
  if running "$data" "$bin"; then
    port=$(sed -n 4p "$data/postmaster.pid")
    log "private cluster already running on 127.0.0.1:$port"
  else
    port=5433 # first free port from 5433 on
    while port_busy "$port"; do port=$((port + 1)); done
    log "starting a private PostgreSQL on 127.0.0.1:$port (log: $data/server.log)"
    as_pg "$bin/pg_ctl" start -w -t 60 -D "$data" -l "$data/server.log" -o "-p $port" >&2 ||
      { tail -n 20 "$data/server.log" >&2; die "could not start the private cluster"; }
    echo "$port" >"$STATE/port"
    echo "$data" >"$STATE/started" # marker: we started it, `stop` may stop it
  fi
  psql=$bin/psql; [[ -x $psql ]] || psql=psql
  ensure_database "$psql" "$port" || die "could not create database $DB on port $port"
  url "$port"
}
started_data() { [[ -f $STATE/started ]] && cat "$STATE/started"; }

case "${1:-}" in
  status)
    data=$(started_data) && bin=$(find_bindir) && running "$data" "$bin"; exit ;;
  stop)
    if data=$(started_data) && bin=$(find_bindir) && running "$data" "$bin"; then
      log "stopping the private cluster in $data"
      as_pg "$bin/pg_ctl" stop -D "$data" -m fast >&2
    fi
    rm -f "$STATE/started"; exit ;;
  --private) private_cluster; exit ;;
  "") ;;
  *) die "usage: $0 [--private | status | stop]" ;;
esac

if [[ -n ${DATABASE_URL:-} ]]; then
  log "using DATABASE_URL from the environment"; echo "$DATABASE_URL"; exit
fi
probe=${SSTC_PG_PORT_PROBE:-5432}
if pg_up "$probe"; then
  command -v psql >/dev/null ||
    die "PostgreSQL answers on 127.0.0.1:$probe but psql is missing; install postgresql-client or set DATABASE_URL"
  log "using the PostgreSQL on 127.0.0.1:$probe"
  ensure_database psql "$probe" ||
    die "cannot connect to 127.0.0.1:$probe as postgres without a password; set DATABASE_URL or use --private"
  url "$probe"; exit
fi
private_cluster
