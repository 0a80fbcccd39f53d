#!/usr/bin/env bash
# PostgreSQL for the issuer tests, from Debian's packages, on loopback.
#
#   bash .ci/postgres.sh        # install if needed, start, print the URL for SKILLCERT_PG_URL
#   bash .ci/postgres.sh stop   # stop the server again if "start" started it
#
# Exits non-zero, saying why on standard error, when it cannot (not root, no
# package, the server does not come up): .ci/run then fails when CI=true.
set -euo pipefail
state="${TMPDIR:-/tmp}/skillcert-postgres.started"

say() { echo "postgres.sh: $*" >&2; }

if [ "${1:-start}" = stop ]; then
	if [ -f "$state" ]; then
		read -r ver < "$state"
		pg_ctlcluster "$ver" main stop >&2 || say "could not stop cluster $ver main"
		rm -f "$state"
	fi
	exit 0
fi

if [ "$(id -u)" != 0 ]; then
	say "not root: cannot install or start PostgreSQL"
	exit 1
fi
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
	say "installing Debian's postgresql package"
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$ver main"; then
	pg_createcluster "$ver" main >&2
fi
status=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $4}')
if [ "$status" != online ]; then
	pg_ctlcluster "$ver" main start >&2
	echo "$ver" > "$state"
fi
port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $3}')
ready=
for _ in $(seq 1 30); do
	if pg_isready -q -h 127.0.0.1 -p "$port"; then
		ready=1
		break
	fi
	sleep 1
done
if [ -z "$ready" ]; then
	say "PostgreSQL $ver did not accept connections on 127.0.0.1:$port within 30 s"
	exit 1
fi
psql_as_postgres() { su postgres -c "psql -p $port -qtAc \"$1\""; }
[ "$(psql_as_postgres "SELECT 1 FROM pg_roles WHERE rolname = 'skillcert'")" = 1 ] ||
	psql_as_postgres "CREATE ROLE skillcert LOGIN PASSWORD 'skillcert'" >&2
[ "$(psql_as_postgres "SELECT 1 FROM pg_database WHERE datname = 'skillcert'")" = 1 ] ||
	psql_as_postgres "CREATE DATABASE skillcert OWNER skillcert" >&2
echo "postgres://skillcert:skillcert@127.0.0.1:$port/skillcert"
