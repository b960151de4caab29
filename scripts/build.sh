#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures and builds everything (app, central service, tools, tests, benchmarks) into
# ${CLIENTELING_BUILD_DIR:-build}. Incremental after the first time. Build options
# (CLIENTELING_BUILD_TESTS, ...; docs/operations.md) go on the first configure; to change them
# later, re-run cmake on the build folder with -D.
#
# With CLIENTELING_SANITIZE set (e.g. address,undefined) it builds that sanitized variant
# instead, into ${CLIENTELING_BUILD_DIR:-build-asan}, without the benchmarks, at -O1 with line
# tables (sanitizer reports name file:line; -O1 compiles faster and keeps stacks readable).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${CLIENTELING_JOBS:-2}
sanitize=${CLIENTELING_SANITIZE:-}
if [ -n "$sanitize" ]; then
    build_dir=${CLIENTELING_BUILD_DIR:-build-asan}
    # Given every time: a change of CLIENTELING_SANITIZE reconfigures the same folder.
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
        "-DCLIENTELING_SANITIZE=$sanitize" -DCLIENTELING_BUILD_BENCHMARKS=OFF
else
    build_dir=${CLIENTELING_BUILD_DIR:-build}
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
fi
cmake --build "$build_dir" -j"$jobs"
