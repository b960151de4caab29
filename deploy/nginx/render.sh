#!/bin/sh
# SPDX-License-Identifier: MIT
# Writes deploy/nginx/clienteling.conf with its @NAMES@ replaced, on stdout:
#   deploy/nginx/render.sh LISTEN SERVER_NAME CERTIFICATE KEY SERVICE [MAX_BODY]
# e.g. deploy/nginx/render.sh 443 clienteling.example.com \
#        /etc/letsencrypt/live/clienteling.example.com/fullchain.pem \
#        /etc/letsencrypt/live/clienteling.example.com/privkey.pem 127.0.0.1:8080 \
#        > /etc/nginx/conf.d/clienteling.conf
set -eu
if [ $# -lt 5 ]; then
    sed -n '3,7p' "$0" >&2
    exit 2
fi
template="$(dirname "$0")/clienteling.conf"
# '|' in a value would end sed's expression: refuse rather than write a broken file.
for value in "$@"; do
    case $value in *'|'*) echo "render.sh: '|' in $value" >&2; exit 2 ;; esac
done
# Comment lines keep the names, so the result still says what each value is.
sed -e "/^ *#/!{s|@LISTEN@|$1|g; s|@SERVER_NAME@|$2|g; s|@CERTIFICATE@|$3|g; s|@KEY@|$4|g;" \
    -e "s|@SERVICE@|$5|g; s|@MAX_BODY@|${6:-4194304}|g; }" "$template"
