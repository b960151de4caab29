#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures and builds everything (app, central service, tools, tests, benchmarks) into
# ${CLIENTELING_BUILD_DIR:-build}. Incremental after the first time. Build options
# (CLIENTELING_BUILD_TESTS, ...; docs/operations.md) go on the first configure; to change them
# later, re-run cmake on the build folder with -D.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${CLIENTELING_BUILD_DIR:-build}
jobs=${CLIENTELING_JOBS:-2}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" -j"$jobs"
