#!/usr/bin/env bash
# Sourced by .ci/run: PostgreSQL from Debian's packages, started on loopback, with a role and database for the store
# suites; exports DATABASE_URL. CI runs as root on Debian with only Node and npm, so it installs the server when absent.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi
version="$(ls /etc/postgresql | sort -n | tail -1)"
if [ -z "$version" ]; then
  echo "no PostgreSQL cluster found under /etc/postgresql" >&2
  exit 1
fi
# The server refuses to run as root: pg_ctlcluster starts it as the postgres user. Loopback only.
pg_ctlcluster "$version" main status >/dev/null 2>&1 ||
  pg_ctlcluster "$version" main start -- -o "-c listen_addresses=127.0.0.1"
port="$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')"
as_postgres() { runuser -u postgres -- "$@"; }
for _ in $(seq 1 30); do as_postgres pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
password="cobro-ci-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -v pw="$password" <<'SQL'
SELECT format('CREATE ROLE cobro_ci LOGIN PASSWORD %L', :'pw') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cobro_ci') \gexec
SELECT format('ALTER ROLE cobro_ci PASSWORD %L', :'pw') \gexec
SELECT 'CREATE DATABASE cobro_ci OWNER cobro_ci' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'cobro_ci') \gexec
-- The scale-out bench checkpoints after seeding, so the seeding's WAL does not start a checkpoint inside its run.
GRANT pg_checkpoint TO cobro_ci;
SQL
# At the scale-out bench's 1,000 sends/s (about 7 KB of WAL each) the default max_wal_size (1 GB) starts a checkpoint
# every minute and a half, and the full-page images right after each one slowed every commit for a second or two.
# docs/stores.md ("Checkpoints") has the figures; with 4 GB, checkpoints come from checkpoint_timeout (5 minutes).
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -c "ALTER SYSTEM SET max_wal_size = '4GB'" -c 'SELECT pg_reload_conf()' >/dev/null
export DATABASE_URL="postgres://cobro_ci:${password}@127.0.0.1:${port}/cobro_ci"
echo "PostgreSQL ${version} on 127.0.0.1:${port}, database cobro_ci"
