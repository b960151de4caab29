#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and starts the product with demo data: the central service
# on its embedded SQLite database (seeded with the demo chain on first run) and the tablet app
# enrolled to the Madrid store, paying on the project's card terminal simulator (nexo JSON on
# 127.0.0.1:8443, see docs/payments.md). Data lives in ./demo-data; delete it to start over.
# Sign in as associate 1001 with PIN 1234 (manager: 1002 / 432100).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-debian.sh
./scripts/build.sh
build_dir=${CLIENTELING_BUILD_DIR:-build}
data=${CLIENTELING_DEMO_DIR:-$PWD/demo-data}
port=${CLIENTELING_PORT:-8080}
mkdir -p "$data/tablet"

server=("$build_dir/server/clienteling-server" --database "$data/server.db")
if [ ! -f "$data/server.db" ]; then
    echo "demo: preparing the central service's demo data (a minute at most)…"
fi
"${server[@]}" --seed-demo --listen "127.0.0.1:$port" 2>"$data/server.log" &
server_pid=$!
terminal_port=${CLIENTELING_TERMINAL_PORT:-8443}
"$build_dir/tools/terminal-sim/clienteling-terminal-sim" --listen "127.0.0.1:$terminal_port" \
    --poi-id SIM-0001 --history "$data/terminal-history.json" >"$data/terminal.log" 2>&1 &
terminal_pid=$!
trap 'kill $server_pid $terminal_pid 2>/dev/null; wait $server_pid $terminal_pid 2>/dev/null' EXIT
for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/v1/ready" >/dev/null 2>&1 && break
    kill -0 $server_pid 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
    sleep 0.2
done
echo "demo: central service ready on http://127.0.0.1:$port (log: $data/server.log)"

app=("$build_dir/app/clienteling" --data-dir "$data/tablet" --server "http://127.0.0.1:$port"
     --terminal "http://127.0.0.1:$terminal_port/nexo" --terminal-poi SIM-0001)
if [ ! -f "$data/tablet/clienteling.db" ] || ! grep -q . <(sqlite3 "$data/tablet/clienteling.db" \
        "SELECT value FROM settings WHERE key IN ('sync.token', 'sync.token_entry')" 2>/dev/null); then
    code=$("${server[@]}" --create-enrolment-code MAD 2>/dev/null)
    app+=(--enrolment-code "$code")
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    # No screen here: serve the app over VNC instead (connect a VNC viewer to port 5900).
    export QT_QPA_PLATFORM="vnc:size=1280x800:port=5900"
    echo "demo: no display found; the app is served over VNC on port 5900"
fi
echo "demo: starting the tablet app; sign in as 1001 / PIN 1234"
"${app[@]}"
