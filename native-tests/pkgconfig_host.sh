#!/usr/bin/env bash
# A host built the way README tells users to: cc host.c $(pkg-config --cflags --libs isolated-embed)
#   pkgconfig_host.sh <pkgconfig dir> <source> <output dir>
set -euo pipefail
export PKG_CONFIG_PATH="$1"
src="$2" out="$3/pkgconfig_host"
flags="$(pkg-config --cflags --libs isolated-embed)"
echo "cc $(basename "$src") $flags"
cc -o "$out" "$src" $flags -lpthread -ldl
"$out"
