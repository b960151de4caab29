#!/bin/sh
# SPDX-License-Identifier: MIT
# Brings the Qt Linguist catalogues in translations/ up to date with the user-visible strings
# (tr()/qsTr()) in app/, models/, sync/, payments/ and ui/. Run it after changing any string,
# translate what it reports as unfinished (Qt Linguist, or by hand), and commit the .ts files.
#
#   scripts/update-translations.sh              # updates translations/clienteling_{es,en}.ts
#   scripts/update-translations.sh --ts-dir DIR # updates the copies in DIR instead (the i18n
#                                               # test uses this to see if the files are stale)
#
# clienteling_es.ts holds every string; clienteling_en.ts only the plural (numerus) forms,
# as English is the source language ("%n item(s)" -> "1 item" / "%n items").
# Safe to run again: the result only changes when the sources do. The build compiles the
# .ts files into .qm files itself (translations/CMakeLists.txt).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
ts_dir=$root/translations
while [ $# -gt 0 ]; do
    case $1 in
        --ts-dir) ts_dir=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "usage: $0 [--ts-dir DIR]" >&2; exit 2 ;;
    esac
done

# Debian 12 (qt6-l10n-tools) installs Qt 6's lupdate outside PATH; /usr/bin/lupdate, when
# present, is usually Qt 5's. LUPDATE=... overrides.
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate \
                     "$(qtpaths6 --query QT_INSTALL_BINS 2>/dev/null)/lupdate" \
                     /usr/lib/$(uname -m)-linux-gnu/qt6/bin/lupdate; do
        if [ -x "$candidate" ]; then lupdate=$candidate; break; fi
    done
fi
if [ -z "$lupdate" ] || ! "$lupdate" -version 2>/dev/null | grep -q 'version 6'; then
    echo "Qt 6 lupdate not found: apt-get install qt6-l10n-tools, or set LUPDATE=" >&2
    exit 1
fi

# The sources, as a sorted list so the result does not depend on directory order.
cd "$root"
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find app models sync payments ui protocol selftest tools/demodata -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.qml' \) \
    | LC_ALL=C sort > "$list"

options="-no-obsolete -locations none"
# shellcheck disable=SC2086 # options are words
"$lupdate" -silent $options -target-language es_ES "@$list" -ts "$ts_dir/clienteling_es.ts"
# shellcheck disable=SC2086
"$lupdate" -silent $options -target-language en_IE -pluralonly "@$list" \
    -ts "$ts_dir/clienteling_en.ts"

# What is left to translate (the i18n test fails until it is done).
for ts in "$ts_dir/clienteling_es.ts" "$ts_dir/clienteling_en.ts"; do
    messages=$(grep -c '<message' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$(basename "$ts"): $messages messages, $unfinished unfinished"
done
