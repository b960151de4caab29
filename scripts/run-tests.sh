#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and runs every test headless: unit, QML and screenshot
# tests, and the integration tests against the real central service on SQLite and on a private
# PostgreSQL started for the run. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
./scripts/build.sh
build_dir=${CLIENTELING_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
export CLIENTELING_REQUIRE_PG=1
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-clienteling.http.info=false}"
./scripts/with-postgres.sh ctest --test-dir "$build_dir" --output-on-failure \
    -j"${CLIENTELING_TEST_JOBS:-2}" "$@"
