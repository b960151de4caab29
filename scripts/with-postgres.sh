#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a command with a private PostgreSQL server on loopback, in a temporary folder, and
# removes it afterwards. The command sees CLIENTELING_TEST_PG_URL (a superuser URL to the
# "postgres" database; tests create and drop their own databases).
#   scripts/with-postgres.sh ctest --test-dir build
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "with-postgres: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 2
fi

run_as_pg=()
if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root: the server runs as the postgres system user.
    run_as_pg=(runuser -u postgres --)
fi

dir=$(mktemp -d /tmp/clienteling-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
port=${CLIENTELING_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}
password=clienteling

cleanup() {
    "${run_as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

echo "$password" > "$dir/pwfile"
[ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
"${run_as_pg[@]}" "$pg_bin/initdb" -D "$dir/data" -U clienteling --pwfile="$dir/pwfile" \
    -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 2; }
"${run_as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 2; }

export CLIENTELING_TEST_PG_URL="postgresql://clienteling:$password@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL on 127.0.0.1:$port" >&2
set +e
"$@"
status=$?
set -e
exit $status
