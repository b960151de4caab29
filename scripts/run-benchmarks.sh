#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds the benchmarks (Release) and runs every one, printing the
# figures next to their targets: on SQLite and the app first, then the service benchmarks on a
# private PostgreSQL. The big databases are made once and kept in ${CLIENTELING_BENCH_DIR:-
# /var/tmp/clienteling-bench}; docs/benchmarks.md says how long the first and later runs take.
# tests/bench/run.sh documents the knobs (CLIENTELING_BENCH_ONLY, _CUSTOMERS, _REBUILD...).
#
# CLIENTELING_BUILD_DIR  the build folder (default build-bench, configured as Release: the
#                        figures of a debug build mean nothing)
# CLIENTELING_JOBS       parallel compile jobs (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${CLIENTELING_BUILD_DIR:-build-bench}
jobs=${CLIENTELING_JOBS:-2}

./scripts/setup-debian.sh
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
# Only what the benchmarks run, not the tests.
cmake --build "$build_dir" -j"$jobs" --target clienteling-app clienteling-server \
    clienteling-demo bench_customer_search bench_customer_open bench_app_start \
    bench_app_memory bench_server_data bench_sync bench_inventory bench_server_search

build_type=$(grep -m1 '^CMAKE_BUILD_TYPE:' "$build_dir/CMakeCache.txt" | cut -d= -f2)
echo
echo "$(date '+%Y-%m-%d %H:%M %Z'); machine: $(nproc) cores"\
     "($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"\
     "$(free -g | awk '/^Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg);"\
     "Qt $(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo '?'),"\
     "SQLite $(sqlite3 --version | cut -d' ' -f1), $(psql --version)"
echo "Build: $build_dir (${build_type:-no build type})"
if [ "$build_type" != Release ]; then
    echo "WARNING: not a Release build; the figures are not comparable with the targets" >&2
fi
echo

start=$(date +%s)
tests/bench/run.sh "$build_dir" sqlite
echo
./scripts/with-postgres.sh tests/bench/run.sh "$build_dir" postgres
echo
echo "All benchmarks took $(( $(date +%s) - start )) s; load now $(cut -d' ' -f1-3 /proc/loadavg)"
