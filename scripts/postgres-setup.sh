#!/usr/bin/env bash
# Installs PostgreSQL with PostGIS from Debian's packages when missing, starts the cluster, and creates the role and
# database `sitrep` (password `sitrep`, PostGIS enabled) that the store tests use by default
# (SITREP_TEST_POSTGRES=Host=localhost;Port=5432;Username=sitrep;Password=sitrep;Database=sitrep). Safe to run again.
# Set SITREP_SKIP_POSTGRES=1 to leave PostgreSQL alone (the PostgreSQL tests then fail, saying why).
set -euo pipefail

if [[ "${SITREP_SKIP_POSTGRES:-}" == 1 ]]; then
    echo "setup: SITREP_SKIP_POSTGRES=1, leaving PostgreSQL alone" >&2
    exit 0
fi

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
# Run from / : the postgres user may not be allowed into the checkout (a mktemp folder is 0700), and psql warns.
as_postgres() { if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi; }

install() {
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
if ! dpkg -s postgresql >/dev/null 2>&1; then
    echo "setup: installing PostgreSQL (Debian packages)" >&2
    install postgresql
fi
# PostGIS for the installed server's major version (15 on Debian 12).
major="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
if ! dpkg -s "postgresql-$major-postgis-3" >/dev/null 2>&1; then
    echo "setup: installing PostGIS for PostgreSQL $major (Debian packages)" >&2
    install "postgresql-$major-postgis-3" \
        || echo "setup: PostGIS could not be installed; the store keeps plain latitude/longitude columns" >&2
fi

if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
    as_root pg_createcluster 15 main >/dev/null
fi

read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
if [[ "$status" != online* ]]; then
    echo "setup: starting PostgreSQL $version/$cluster on port $port" >&2
    as_root pg_ctlcluster "$version" "$cluster" start
fi

psql_admin() { as_postgres env PGOPTIONS=--client-min-messages=warning psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'sitrep'")" ]]; then
    psql_admin -c "CREATE ROLE sitrep LOGIN PASSWORD 'sitrep'"
fi
if [[ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'sitrep'")" ]]; then
    psql_admin -c "CREATE DATABASE sitrep OWNER sitrep"
fi
# PostGIS is not a trusted extension: the superuser enables it once, the store then finds it in place.
if [[ -n "$(psql_admin -d sitrep -c "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")" ]]; then
    psql_admin -d sitrep -c "CREATE EXTENSION IF NOT EXISTS postgis"
fi
echo "setup: PostgreSQL ready (database sitrep on port $port)" >&2
