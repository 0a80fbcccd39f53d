#!/usr/bin/env bash
# Installs (from Debian's packages) and starts a PostgreSQL server on loopback
# for the issuer tests, and prints the URL to put in SKILLCERT_PG_URL. Prints
# nothing when it cannot (not root): the PostgreSQL tests then say they skip.
set -euo pipefail
if [ "$(id -u)" != 0 ]; then
	echo "postgres.sh: not root, PostgreSQL tests will skip" >&2
	exit 0
fi
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$ver main"; then
	pg_createcluster "$ver" main >&2
fi
pg_ctlcluster "$ver" main start >&2 2>/dev/null || true
port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $3}')
for _ in $(seq 1 30); do
	pg_isready -q -h 127.0.0.1 -p "$port" && break
	sleep 1
done
psql_as_postgres() { su postgres -c "psql -p $port -qtAc \"$1\""; }
[ "$(psql_as_postgres "SELECT 1 FROM pg_roles WHERE rolname = 'skillcert'")" = 1 ] ||
	psql_as_postgres "CREATE ROLE skillcert LOGIN PASSWORD 'skillcert'" >&2
[ "$(psql_as_postgres "SELECT 1 FROM pg_database WHERE datname = 'skillcert'")" = 1 ] ||
	psql_as_postgres "CREATE DATABASE skillcert OWNER skillcert" >&2
echo "postgres://skillcert:skillcert@127.0.0.1:$port/skillcert"
