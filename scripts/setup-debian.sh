#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what Clienteling needs on Debian 12 that is not there yet. Idempotent: a machine that
# has everything installs nothing. Needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build git pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
    qml6-module-qtquick-dialogs qml6-module-qtcharts qml6-module-qttest
    qml6-module-qt-labs-settings qml6-module-qtquick-shapes
    libgl-dev xvfb xauth postgresql sqlite3 curl
    libsodium-dev qtkeychain-qt6-dev libphonenumber-dev libzint-dev libqrcodegen-dev nginx-light
    zlib1g-dev openssl
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: everything needed is installed"
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
# The Debian packages start a system PostgreSQL and nginx we do not use: the tests run their own
# on loopback (scripts/with-postgres.sh; tst_servernginx), and the system nginx would hold port
# 80. Stop them and keep them from starting at boot; production sets nginx up on purpose
# (docs/operations.md).
for service in postgresql nginx; do
    if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
        "${sudo_cmd[@]}" systemctl disable --now "$service" >/dev/null 2>&1 || true
    elif [ -x "/etc/init.d/$service" ]; then
        "${sudo_cmd[@]}" "/etc/init.d/$service" stop >/dev/null 2>&1 || true
        "${sudo_cmd[@]}" update-rc.d "$service" disable >/dev/null 2>&1 || true
    fi
done
