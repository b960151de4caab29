#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and runs every test headless: unit, QML and screenshot
# tests, and the integration tests against the real central service on SQLite and on a private
# PostgreSQL started for the run. Exits non-zero on any failure.
#
# CLIENTELING_SANITIZE=address,undefined ./scripts/run-tests.sh runs the same suite built with
# those sanitizers, in build-asan/ (scripts/build.sh; no benchmarks): any finding fails its
# test. What CI runs (.ci/run); docs/operations.md, Sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
./scripts/build.sh
if [ -n "${CLIENTELING_SANITIZE:-}" ]; then
    build_dir=${CLIENTELING_BUILD_DIR:-build-asan}
    # Leaks fail a test too; what Qt Quick keeps to exit is suppressed (tests/lsan.supp).
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:check_initialization_order=1:print_summary=1}"
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
    # -fno-sanitize-recover=undefined already stops at the first finding; print where.
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:print_summary=1}"
else
    build_dir=${CLIENTELING_BUILD_DIR:-build}
fi
export QT_QPA_PLATFORM=offscreen
export CLIENTELING_REQUIRE_PG=1
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-clienteling.http.info=false}"
./scripts/with-postgres.sh ctest --test-dir "$build_dir" --output-on-failure \
    -j"${CLIENTELING_TEST_JOBS:-2}" "$@"
