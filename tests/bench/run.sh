#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the benchmark database once (1,000,000 customers, about 20 million events) and runs
# the benchmarks on it.
#
#   tests/bench/run.sh [BUILD_DIR]        (default ./build, already built)
#
# CLIENTELING_BENCH_DIR        where the database is kept (default /var/tmp/clienteling-bench)
# CLIENTELING_BENCH_CUSTOMERS  its size (default 1000000)
# CLIENTELING_BENCH_REBUILD=1  make the database again (after changing the generator)
set -eu

build=${1:-./build}
cache=${CLIENTELING_BENCH_DIR:-/var/tmp/clienteling-bench}
customers=${CLIENTELING_BENCH_CUSTOMERS:-1000000}
seed=20261125
reference=2026-11-25
db="$cache/clienteling-$customers-$seed-$reference.db"

demo="$build/tools/demo/clienteling-demo"
for tool in "$demo" "$build/tests/bench/bench_customer_search" \
    "$build/tests/bench/bench_customer_open"; do
    if [ ! -x "$tool" ]; then
        echo "run.sh: $tool is missing: build first (cmake --build $build)" >&2
        exit 2
    fi
done

mkdir -p "$cache"
if [ "${CLIENTELING_BENCH_REBUILD:-0}" = 1 ]; then
    rm -f "$db" "$db-wal" "$db-shm"
fi
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

echo
"$build/tests/bench/bench_customer_search" --db "$db"
echo
"$build/tests/bench/bench_customer_open" --db "$db"
