#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the benchmark databases once and runs the benchmarks on them.
#
#   tests/bench/run.sh [BUILD_DIR [sqlite|postgres]]   (default ./build-bench, built; sqlite)
#
# scripts/run-benchmarks.sh installs, builds (Release) and runs both; this script only runs.
#
# sqlite: customer search and the customer screen on a 1,000,000-customer tablet database
#   (about 20 million events); the app's cold start and memory on it; sync over loopback against
#   clienteling-server on SQLite (on a copy of a 5,000-customer service: a new Madrid tablet's
#   first pull, pulls with nothing new, push of 10,000 notes); live inventory and allocation.
# postgres (under scripts/with-postgres.sh, which sets CLIENTELING_TEST_PG_URL): the service
#   benchmarks on PostgreSQL. The sync data set is copied from the SQLite service database
#   with COPY on every run (the PostgreSQL cluster is new each time).
#
# CLIENTELING_BENCH_DIR           where the databases are kept (default /var/tmp/clienteling-bench)
# CLIENTELING_BENCH_CUSTOMERS     the tablet database's size (default 1000000)
# CLIENTELING_BENCH_BIG_PULL=N    the service a new tablet's first pull of one store is timed
#                                 on, with N customers (default 1000000, the issue's data set:
#                                 about 17 minutes and 15 GB to make once, then 2 minutes a run;
#                                 0 skips it)
# CLIENTELING_BENCH_BIG_PULL_PG=1 also on PostgreSQL (copies the whole service with COPY on
#                                 every run: half an hour at 1,000,000 customers; off by default)
# CLIENTELING_BENCH_SEARCH=N      the service its chain-wide customer search is timed on, with N
#                                 customers (default 1000000: the big pull's service), beside the
#                                 tablet's search for the same keystrokes; 0 skips it
# CLIENTELING_BENCH_SEARCH_PG=N   the same on PostgreSQL, on a COPY of that service made on every
#                                 run (default: CLIENTELING_BENCH_SEARCH; half an hour at
#                                 1,000,000 customers; 0 skips it)
# CLIENTELING_BENCH_REBUILD=1     make them again (after changing the generator)
# CLIENTELING_BENCH_ONLY          some of: customer app sync inventory search (default all)
# CLIENTELING_BENCH_PULL_STORE    the store the big pull's tablet pulls (default ORK, the
#                                 smallest: about a tenth of the customers)
set -eu

build=${1:-${CLIENTELING_BUILD_DIR:-./build-bench}}
backend=${2:-sqlite}
cache=${CLIENTELING_BENCH_DIR:-/var/tmp/clienteling-bench}
customers=${CLIENTELING_BENCH_CUSTOMERS:-1000000}
big_pull=${CLIENTELING_BENCH_BIG_PULL:-1000000}
big_pull_pg=${CLIENTELING_BENCH_BIG_PULL_PG:-0}
only=${CLIENTELING_BENCH_ONLY:-customer app sync inventory search}
search=${CLIENTELING_BENCH_SEARCH:-1000000}
search_pg=${CLIENTELING_BENCH_SEARCH_PG:-$search}
pull_store=${CLIENTELING_BENCH_PULL_STORE:-ORK}
seed=20261125
reference=2026-11-25
db="$cache/clienteling-$customers-$seed-$reference.db"
work="$cache/work"

demo="$build/tools/demo/clienteling-demo"
server="$build/server/clienteling-server"
bench="$build/tests/bench"
for tool in "$demo" "$server" "$build/app/clienteling" "$bench/bench_customer_search" \
    "$bench/bench_customer_open" "$bench/bench_server_data" "$bench/bench_sync" \
    "$bench/bench_inventory" "$bench/bench_app_start" "$bench/bench_app_memory" \
    "$bench/bench_server_search"; do
    if [ ! -x "$tool" ]; then
        echo "run.sh: $tool is missing: build first (cmake --build $build)" >&2
        exit 2
    fi
done
case $backend in
sqlite) ;;
postgres)
    if [ -z "${CLIENTELING_TEST_PG_URL:-}" ]; then
        echo "run.sh: postgres runs under scripts/with-postgres.sh" >&2
        exit 2
    fi
    ;;
*)
    echo "run.sh: the backend is sqlite or postgres" >&2
    exit 2
    ;;
esac

wants() {
    case " $only " in *" $1 "*) return 0 ;; esac
    return 1
}

mkdir -p "$cache" "$work"
server_file() {
    echo "$cache/server-$1-$seed-$reference.db"
}
if [ "${CLIENTELING_BENCH_REBUILD:-0}" = 1 ]; then
    for file in "$db" "$(server_file 5000)" "$(server_file "$big_pull")"; do
        rm -f "$file" "$file-wal" "$file-shm"
    done
fi

# The tablet's database, made by the demo tool.
tablet_db() {
    if [ ! -f "$db" ]; then
        partial="$db.partial"
        rm -f "$partial" "$partial-wal" "$partial-shm"
        echo "Making $db (once; takes minutes)"
        start=$(date +%s)
        "$demo" --out "$partial" --customers "$customers" --events-per-customer 20 \
            --seed "$seed" --reference-date "$reference"
        rm -f "$partial-wal" "$partial-shm"
        mv "$partial" "$db"
        echo "Generation took $(( $(date +%s) - start )) s; $(du -h "$db" | cut -f1) on disk"
    else
        echo "Using $db ($(du -h "$db" | cut -f1)); CLIENTELING_BENCH_REBUILD=1 makes it again"
    fi
}

# The central service's SQLite database with N demo customers, published to the change feed
# (the same seed and reference date as the tablet's): `server_db N` prints its path.
server_db() {
    file=$(server_file "$1")
    if [ ! -f "$file" ]; then
        partial="$file.partial"
        rm -f "$partial" "$partial-wal" "$partial-shm" "$partial-gift-card.key"
        echo "Making $file (once; 5,000 customers take seconds, 1,000,000 about 17 minutes)" >&2
        start=$(date +%s)
        "$bench/bench_server_data" seed --out "$partial" --customers "$1" --seed "$seed" \
            --reference-date "$reference" >&2
        rm -f "$partial-wal" "$partial-shm"
        # The service keeps its gift card key beside the database (FILE-gift-card.key) and
        # refuses to start on cards without it: it goes along with the file.
        if [ -f "$partial-gift-card.key" ]; then mv "$partial-gift-card.key" "$file-gift-card.key"; fi
        mv "$partial" "$file"
        echo "Took $(( $(date +%s) - start )) s; $(du -h "$file" | cut -f1) on disk" >&2
    fi
    echo "$file"
}

# A new, empty PostgreSQL database: `fresh_pg NAME` prints its URL.
fresh_pg() {
    psql -q -d "$CLIENTELING_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" \
        -c "CREATE DATABASE $1" >&2
    echo "${CLIENTELING_TEST_PG_URL%/*}/$1"
}

# A PostgreSQL copy of the SQLite service database with N customers: `pg_copy N NAME`.
pg_copy() {
    source=$(server_db "$1")
    url=$(fresh_pg "$2")
    echo "Copying $source into PostgreSQL ($2)" >&2
    "$bench/bench_server_data" to-postgres --from "$source" --url "$url" >&2
    echo "$url"
}

if [ "$backend" = sqlite ]; then
    if wants customer || wants app; then
        tablet_db
    fi
    if wants customer; then
        echo
        "$bench/bench_customer_search" --db "$db"
        echo
        "$bench/bench_customer_open" --db "$db"
    fi
    if wants app; then
        echo
        "$bench/bench_app_start" --app "$build/app/clienteling" --db "$db" \
            --data-dir "$work/app-data" --runs 5
        echo
        "$bench/bench_app_memory" --db "$db" --data-dir "$work/app-data" --customers 200
    fi
    if wants sync; then
        # A copy of a small service (the push adds 10,000 notes): a new tablet's first pull of
        # its store, pulls with nothing new, then the push.
        small=$(server_db 5000)
        copy="$work/server-sync.db"
        rm -f "$copy" "$copy-wal" "$copy-shm" "$copy-gift-card.key"
        cp "$small" "$copy"
        # The service refuses a database without the gift card key its cards were made with.
        if [ -f "$small-gift-card.key" ]; then cp -p "$small-gift-card.key" "$copy-gift-card.key"; fi
        echo
        # With nginx installed, the first pull is also measured through it (deploy/nginx).
        nginx_pull=
        if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
            nginx_pull=--nginx
        fi
        "$bench/bench_sync" --server-exe "$server" --database "$copy" --store MAD \
            --work-dir "$work" --pull $nginx_pull --idle 300 --push 10000 \
            --label "SQLite service, 5,000 demo customers (a copy), new tablet of MAD"
        rm -f "$copy" "$copy-wal" "$copy-shm" "$copy-gift-card.key"
        if [ "$big_pull" -gt 0 ]; then
            big=$(server_db "$big_pull")
            echo
            "$bench/bench_sync" --server-exe "$server" --database "$big" --store "$pull_store" \
                --work-dir "$work" --pull --idle 300 \
                --label "SQLite service, $big_pull demo customers, new tablet of $pull_store"
        fi
    fi
    if wants inventory; then
        echo
        "$bench/bench_inventory" --server-exe "$server" --work-dir "$work" \
            --label "SQLite service (a new file)"
    fi
    if wants search && [ "$search" -gt 0 ]; then
        tablet_db
        service=$(server_db "$search")
        echo
        "$bench/bench_server_search" --database "$service" --tablet "$db" \
            --label "$search demo customers"
    fi
    exit 0
fi

if wants sync; then
    url=$(pg_copy 5000 bench_sync)
    echo
    "$bench/bench_sync" --server-exe "$server" --database "$url" --store MAD \
        --work-dir "$work" --pull --idle 300 --push 10000 \
        --label "PostgreSQL service, 5,000 demo customers (copied with COPY), new tablet of MAD"
    if [ "$big_pull" -gt 0 ] && [ "$big_pull_pg" = 1 ]; then
        url=$(pg_copy "$big_pull" bench_pull)
        echo
        "$bench/bench_sync" --server-exe "$server" --database "$url" --store "$pull_store" \
            --work-dir "$work" --pull \
            --label "PostgreSQL service, $big_pull demo customers (copied with COPY), new tablet of $pull_store"
    fi
fi
if wants search && [ "$search_pg" -gt 0 ]; then
    url=$(pg_copy "$search_pg" bench_search)
    tablet=
    if [ -f "$db" ]; then tablet="--tablet $db"; fi
    echo
    # shellcheck disable=SC2086
    "$bench/bench_server_search" --database "$url" $tablet \
        --label "$search_pg demo customers (copied with COPY)"
fi
if wants inventory; then
    url=$(fresh_pg bench_inventory)
    echo
    "$bench/bench_inventory" --server-exe "$server" --database "$url" --work-dir "$work" \
        --label "PostgreSQL service"
fi
