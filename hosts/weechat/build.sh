#!/usr/bin/env bash
# Builds the WeeChat plugin build/lib/weechat/isolated.so against include/ and
# build/lib/libisolated.so (found at run time through the plugin's rpath, $ORIGIN/..).
#   hosts/weechat/build.sh [BUILD_DIR]
# Needs weechat-plugin.h (Debian: weechat-dev). As root with apt-get, installs weechat-headless
# and weechat-dev when missing; otherwise says how and exits 0 without building (a skip).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
HEADER=/usr/include/weechat/weechat-plugin.h
if [[ ! -f $HEADER ]] || ! command -v weechat-headless >/dev/null; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        echo "    installing weechat-headless weechat-dev"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            weechat-headless weechat-dev >/dev/null || true
    fi
fi
if [[ ! -f $HEADER ]]; then
    echo "    skipped: weechat-plugin.h missing (install it with: sudo apt-get install -y weechat-headless weechat-dev)"
    exit 0
fi
mkdir -p "$BUILD/lib/weechat"
cc -shared -fPIC -O2 -g -Wall -Wextra -Werror -I"$ROOT/include" \
    -o "$BUILD/lib/weechat/isolated.so" "$HERE/isolated_plugin.c" \
    -L"$BUILD/lib" -lisolated -Wl,-rpath,'$ORIGIN/..'
echo "    build/lib/weechat/isolated.so"
