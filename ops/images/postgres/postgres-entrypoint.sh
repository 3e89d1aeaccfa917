#!/bin/bash
set -euo pipefail
mkdir -p "$PGDATA" /var/run/postgresql && chown -R postgres:postgres "$PGDATA" /var/run/postgresql
chmod 700 "$PGDATA"
user=${POSTGRES_USER:-postgres}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  printf '%s' "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}" > /tmp/pwfile && chown postgres /tmp/pwfile
  su postgres -c "initdb -D '$PGDATA' --username='$user' --pwfile=/tmp/pwfile --auth-host=scram-sha-256 --auth-local=trust" >/dev/null
  rm -f /tmp/pwfile
  echo "listen_addresses='*'" >> "$PGDATA/postgresql.conf"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  su postgres -c "pg_ctl -D '$PGDATA' -o '-c listen_addresses=' -w start"
  if [ -n "${POSTGRES_DB:-}" ] && [ "$POSTGRES_DB" != "postgres" ]; then
    su postgres -c "psql -v ON_ERROR_STOP=1 --username='$user' -d postgres -c 'create database \"$POSTGRES_DB\"'" >/dev/null
  fi
  su postgres -c "pg_ctl -D '$PGDATA' -m fast -w stop" >/dev/null
fi
# `postgres -c fsync=off …` as with the official image; anything else is run as it is
if [ "${1:-postgres}" != postgres ]; then exec "$@"; fi
[ $# -gt 0 ] && shift
exec su postgres -c "exec postgres -D '$PGDATA' $*"
