#!/usr/bin/env bash
# build.sh — the one way to build and test Isolated on Linux (Debian 12 + .NET 10 SDK).
#
#   ./build.sh            check/install prerequisites, build everything, run the demo host
#   ./build.sh test       build everything, then xunit (dotnet test) and CTest (native tests,
#                         each also under valgrind); non-zero exit on any failure
#   ./build.sh build      build everything, run nothing
#   ./build.sh bench      build, then run bench/run_interp_create.sh
#   ./build.sh clean      remove build/ (the download cache .cache/ is kept)
#   ./build.sh help
#
# Artifacts (fixed paths):
#   build/lib/libisolated.so                 the runtime (NativeAOT, -z nodelete, no DWARF)
#   build/bin/isolated                       the launcher (src/launcher/isolated.c)
#   build/lib/python3.12/                    the pure-Python standard library
#   build/lib/pkgconfig/isolated-embed.pc    pkg-config file (absolute prefix of this checkout)
#   include/Python.h                         headers stay in the source tree
#
# Environment knobs (all optional):
#   ISOLATED_CACHE=dir       download cache (default: .cache/ in the checkout)
#   ISOLATED_FORCE=1         re-publish libisolated.so even if no input changed
#   ISOLATED_WITH_PYRUN=0    native tests skip the parts that run Python code (default 1)
#   JOBS=n                   parallelism for make/ctest (default: nproc)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD="$ROOT/build"
CACHE="${ISOLATED_CACHE:-$ROOT/.cache}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

# Everything dotnet writes goes under build/ (Directory.Build.props honours ISOLATED_OBJ), so
# `rm -rf build` is a complete clean and hand builds in bin/obj never race with this script.
export ISOLATED_OBJ="$BUILD/obj/dotnet"
# A project built by hand with default locations keeps bin/ and obj/ inside its folder; with
# ISOLATED_OBJ set those would be globbed as sources (duplicate AssemblyInfo attributes). MSBuild
# takes environment variables as initial property values and the SDK appends its own excludes.
export DefaultItemExcludes="bin/**;obj/**"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PYODIDE_VERSION=0.27.7
# sha512 of pyodide-0.27.7.tgz as the npm registry serves it (pins the exact stdlib sources).
PYODIDE_SHA512=45449526585075f59f80ef615470a25e81be9d5650452e43f45ce0a4b27f55c80604b4802a83cbf244e23a29316c7426d6444849e59405dba51203b6eaaa5244
# Pure-Python modules the pyodide package leaves out, taken from Debian's 3.11 stdlib package
# (DESIGN §8). Only modules that do not need a C accelerator we lack are worth taking.
DEBIAN_STDLIB_PKG=libpython3.11-stdlib
DEBIAN_EXTRAS=(_pydecimal.py dbm)
DEBIAN_UCD_PKG=unicode-data   # bookworm: 15.0.0, the Unicode version of CPython 3.12

if [[ -t 1 ]]; then B=$'\033[1m'; R=$'\033[31m'; G=$'\033[32m'; Y=$'\033[33m'; N=$'\033[0m'
else B=; R=; G=; Y=; N=; fi
step() { printf '%s==> %s%s\n' "$B" "$*" "$N"; }
info() { printf '    %s\n' "$*"; }
warn() { printf '%swarning:%s %s\n' "$Y" "$N" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$R" "$N" "$*" >&2; exit 1; }
is_root() { [[ "$(id -u)" == 0 ]]; }

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------
APT_UPDATED=0
apt_update_once() {
    [[ $APT_UPDATED == 1 ]] && return 0
    step "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
}

check_prereqs() {
    step "Checking prerequisites"
    command -v dotnet >/dev/null ||
        die "the .NET 10 SDK is missing: see https://learn.microsoft.com/dotnet/core/install/linux-debian"
    local sdk; sdk="$(dotnet --version 2>/dev/null || true)"
    [[ "$sdk" == 10.* ]] || warn "dotnet --version says '$sdk'; Isolated targets the .NET 10 SDK"

    # command -> Debian package providing it
    local -a need=(cmake:cmake cc:gcc make:make valgrind:valgrind pkg-config:pkg-config
                   nm:binutils objcopy:binutils unzip:unzip tar:tar)
    # The stdlib comes from the npm registry through npm's own client; npm is needed only
    # while the package is not cached.
    if [[ ! -f "$CACHE/npm/pyodide-$PYODIDE_VERSION.tgz" ]] && ! command -v npm >/dev/null; then
        need+=(npm:npm)
    fi
    local -a missing=() pkgs=()
    local pair
    for pair in "${need[@]}"; do
        if ! command -v "${pair%%:*}" >/dev/null; then
            missing+=("${pair%%:*}")
            [[ " ${pkgs[*]} " == *" ${pair#*:} "* ]] || pkgs+=("${pair#*:}")
        fi
    done
    if ((${#pkgs[@]} == 0)); then info "all present"; return 0; fi
    if is_root && command -v apt-get >/dev/null; then
        step "Installing ${pkgs[*]} (missing: ${missing[*]})"
        apt_update_once
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
    else
        printf '%serror:%s missing: %s. Install them with:\n\n    sudo apt-get install -y %s\n\n' \
            "$R" "$N" "${missing[*]}" "${pkgs[*]}" >&2
        exit 1
    fi
}

# ---------------------------------------------------------------------------------------------
# Standard library: build/lib/python3.12/
# ---------------------------------------------------------------------------------------------
fetch_pyodide() {   # prints the path of the cached, verified tarball
    local dir="$CACHE/npm" tgz="$CACHE/npm/pyodide-$PYODIDE_VERSION.tgz"
    mkdir -p "$dir"
    if [[ ! -f "$tgz" ]]; then
        info "fetching pyodide@$PYODIDE_VERSION from the npm registry (once; cached in ${CACHE#"$ROOT"/}/npm)" >&2
        (cd "$dir" && npm pack --silent "pyodide@$PYODIDE_VERSION" >/dev/null 2>"$dir/npm.log") || {
            cat "$dir/npm.log" >&2
            die "could not fetch pyodide@$PYODIDE_VERSION with 'npm pack' (is the npm registry $(npm config get registry 2>/dev/null) reachable?)"
        }
    fi
    echo "$PYODIDE_SHA512  $tgz" | sha512sum -c --status - ||
        { rm -f "$tgz"; die "$tgz does not match the pinned sha512 (removed; run again)"; }
    echo "$tgz"
}

fetch_debian_stdlib() {   # prints the path of the cached .deb, or nothing
    local dir="$CACHE/deb" deb
    mkdir -p "$dir"
    deb="$(ls -t "$dir"/${DEBIAN_STDLIB_PKG}_*.deb 2>/dev/null | head -n1 || true)"
    if [[ -z "$deb" ]] && command -v apt-get >/dev/null; then
        local -a opts=()
        # As root apt drops privileges to _apt, which cannot write into a private directory.
        is_root && opts=(-o APT::Sandbox::User=root)
        if ! (cd "$dir" && apt-get download -qq "${opts[@]}" "$DEBIAN_STDLIB_PKG") >/dev/null 2>&1; then
            # An image with empty apt lists: refresh them when we may, then retry once.
            if is_root; then apt_update_once >&2
                (cd "$dir" && apt-get download -qq "${opts[@]}" "$DEBIAN_STDLIB_PKG") >/dev/null 2>&1 || true
            fi
        fi
        deb="$(ls -t "$dir"/${DEBIAN_STDLIB_PKG}_*.deb 2>/dev/null | head -n1 || true)"
    fi
    echo "$deb"
}

build_stdlib() {
    local dest="$BUILD/lib/python3.12" stamp="$BUILD/lib/python3.12/.isolated-stdlib"
    local want="pyodide@$PYODIDE_VERSION;extras=${DEBIAN_EXTRAS[*]}"
    if [[ -f "$stamp" ]] && head -n1 "$stamp" | grep -qxF "$want"; then
        step "Standard library: up to date (build/lib/python3.12)"; return 0
    fi
    step "Standard library -> build/lib/python3.12"
    local tgz tmp; tgz="$(fetch_pyodide)"
    tmp="$(mktemp -d "$BUILD/.stdlib.XXXXXX")"
    tar -xzf "$tgz" -C "$tmp" package/python_stdlib.zip
    mkdir -p "$tmp/lib"
    unzip -q "$tmp/package/python_stdlib.zip" -d "$tmp/lib"
    # Emscripten/browser-only parts of the pyodide build.
    rm -rf "$tmp/lib/_pyodide" "$tmp/lib/pyodide" "$tmp/lib"/_sysconfigdata__emscripten_*
    local n; n="$(find "$tmp/lib" -name '*.py' | wc -l)"
    info "CPython 3.12.7 Lib/ from pyodide@$PYODIDE_VERSION: $n .py files"

    local deb extras_src="none" e; deb="$(fetch_debian_stdlib)"
    if [[ -n "$deb" ]]; then
        mkdir -p "$tmp/deb"
        dpkg-deb -x "$deb" "$tmp/deb"
        extras_src="$(basename "$deb")"
    elif [[ -f /usr/lib/python3.11/_pydecimal.py ]]; then
        # No .deb reachable (non-root on an image with empty apt lists): the same package's
        # files are installed on this machine.
        mkdir -p "$tmp/deb/usr/lib"; ln -s /usr/lib/python3.11 "$tmp/deb/usr/lib/python3.11"
        extras_src="installed $DEBIAN_STDLIB_PKG ($(dpkg-query -W -f='${Version}' "$DEBIAN_STDLIB_PKG" 2>/dev/null || echo '?'))"
    fi
    local -a added=()
    for e in "${DEBIAN_EXTRAS[@]}"; do
        if [[ -e "$tmp/lib/$e" ]]; then continue; fi   # keep the 3.12 file wherever both exist
        if [[ -e "$tmp/deb/usr/lib/python3.11/$e" ]]; then
            cp -rL "$tmp/deb/usr/lib/python3.11/$e" "$tmp/lib/$e"; added+=("$e")
        fi
    done
    if ((${#added[@]})); then info "added from $extras_src: ${added[*]}"
    else warn "could not get $DEBIAN_STDLIB_PKG (apt-get download failed): ${DEBIAN_EXTRAS[*]} left out, 'import decimal' will fail"
    fi
    find "$tmp/lib" -name __pycache__ -prune -exec rm -rf {} +
    {   echo "$want"
        echo "# build/lib/python3.12 — where its files came from (written by build.sh)"
        echo "CPython 3.12.7 Lib/ (python_stdlib.zip of npm pyodide@$PYODIDE_VERSION), minus _pyodide/, pyodide/, _sysconfigdata__emscripten_*"
        echo "from Debian $extras_src: ${added[*]:-nothing}"
    } >"$tmp/lib/.isolated-stdlib"
    rm -rf "$dest"; mkdir -p "$BUILD/lib"; mv "$tmp/lib" "$dest"; rm -rf "$tmp"
}

# ---------------------------------------------------------------------------------------------
# Unicode database: build/unicodedata/unicodedata.bin (embedded into the runtime as a resource)
# ---------------------------------------------------------------------------------------------
fetch_debian_ucd() {   # prints the path of the cached unicode-data .deb, or nothing
    local dir="$CACHE/deb" deb
    mkdir -p "$dir"
    deb="$(ls -t "$dir"/${DEBIAN_UCD_PKG}_*.deb 2>/dev/null | head -n1 || true)"
    if [[ -z "$deb" ]] && command -v apt-get >/dev/null; then
        local -a opts=()
        is_root && opts=(-o APT::Sandbox::User=root)
        if ! (cd "$dir" && apt-get download -qq "${opts[@]}" "$DEBIAN_UCD_PKG") >/dev/null 2>&1; then
            if is_root; then apt_update_once >&2
                (cd "$dir" && apt-get download -qq "${opts[@]}" "$DEBIAN_UCD_PKG") >/dev/null 2>&1 || true
            fi
        fi
        deb="$(ls -t "$dir"/${DEBIAN_UCD_PKG}_*.deb 2>/dev/null | head -n1 || true)"
    fi
    echo "$deb"
}

# tools/UnicodeDataGen turns the Unicode Character Database text files into the compact table
# the unicodedata module, \N{...} escapes and identifier normalization read. Without it the
# runtime still builds; unicodedata then raises ImportError.
build_unicodedata() {
    local out="$BUILD/unicodedata/unicodedata.bin" gen="$ROOT/tools/UnicodeDataGen"
    if [[ -f "$out" && "$out" -nt "$gen/Program.cs" ]]; then
        step "Unicode database: up to date (build/unicodedata/unicodedata.bin)"; return 0
    fi
    step "Unicode database -> build/unicodedata/unicodedata.bin"
    local deb tmp ucd; deb="$(fetch_debian_ucd)"
    if [[ -n "$deb" ]]; then
        tmp="$(mktemp -d "$BUILD/.ucd.XXXXXX")"
        dpkg-deb -x "$deb" "$tmp"
        ucd="$tmp/usr/share/unicode"
    elif [[ -f /usr/share/unicode/UnicodeData.txt ]]; then
        tmp="$(mktemp -d "$BUILD/.ucd.XXXXXX")"
        mkdir -p "$tmp/ucd"; cp /usr/share/unicode/*.txt "$tmp/ucd/"; ucd="$tmp/ucd"
        [[ -f /usr/share/unicode/Unihan_NumericValues.txt.bz2 ]] && cp /usr/share/unicode/Unihan_NumericValues.txt.bz2 "$ucd/"
    else
        warn "could not get $DEBIAN_UCD_PKG (apt-get download failed): unicodedata and \\N{...} names will be unavailable"
        return 0
    fi
    if [[ -f "$ucd/Unihan_NumericValues.txt.bz2" ]] && command -v bzcat >/dev/null; then
        bzcat "$ucd/Unihan_NumericValues.txt.bz2" >"$ucd/Unihan_NumericValues.txt"
    fi
    dotnet run --project "$gen/UnicodeDataGen.csproj" -c Release -- "$ucd" "$out" || die "tools/UnicodeDataGen failed"
    info "from Debian $(basename "${deb:-installed unicode-data}")"
    rm -rf "$tmp"
}

# Isolated's own pure-Python modules (src/Lib: e.g. concurrent/interpreters, which CPython 3.12
# does not have) go over the stdlib on every build; they never replace a CPython file.
install_own_lib() {
    local src="$ROOT/src/Lib" dest="$BUILD/lib/python3.12" f rel
    [[ -d "$src" ]] || return 0
    # An own module deleted from src/Lib leaves the build too (e.g. _tokenize.py, now built in).
    if [[ -f "$dest/.isolated-own" ]]; then
        while IFS= read -r rel; do
            if [[ -n "$rel" && ! -e "$src/$rel" ]]; then rm -f "$dest/$rel"; fi
        done <"$dest/.isolated-own"
    fi
    while IFS= read -r -d '' f; do
        rel="${f#"$src"/}"
        if [[ -e "$dest/$rel" ]] && ! grep -qxF "$rel" "$dest/.isolated-own" 2>/dev/null; then
            die "src/Lib/$rel would replace a CPython stdlib file"
        fi
        mkdir -p "$dest/$(dirname "$rel")"
        cp "$f" "$dest/$rel"
        echo "$rel"
    done < <(find "$src" -name '*.py' -print0) | sort -u >"$dest/.isolated-own.new"
    mv "$dest/.isolated-own.new" "$dest/.isolated-own"
    # X.py.isolated-append: lines added at the end of the stdlib's X.py (once; the first line
    # of the addition marks it) where a name must be reachable from an unmodified stdlib module.
    while IFS= read -r -d '' f; do
        rel="${f#"$src"/}"; rel="${rel%.isolated-append}"
        [[ -f "$dest/$rel" ]] || die "src/Lib/$rel.isolated-append: no stdlib file $rel to extend"
        grep -qF -- "$(grep -m1 . "$f")" "$dest/$rel" || cat "$f" >>"$dest/$rel"
    done < <(find "$src" -name '*.py.isolated-append' -print0)
    step "Own modules: $(wc -l <"$dest/.isolated-own") file(s) from src/Lib"
}

# ---------------------------------------------------------------------------------------------
# libisolated.so: C shims + NativeAOT publish
# ---------------------------------------------------------------------------------------------
SHIMDIR="$BUILD/obj/capi"

build_shims() {
    # src/Isolated.CApi/capi/*.c hold the C API functions C# cannot export (variadic ones).
    # They are compiled to position-independent object files (not an archive: the linker would
    # drop members nothing references) and every global symbol they define is exported through
    # a generated exports.props of --export-dynamic-symbol IlcArg items.
    local src="$ROOT/src/Isolated.CApi/capi" c o newest_h
    mkdir -p "$SHIMDIR"
    shopt -s nullglob
    local -a cs=("$src"/*.c)
    newest_h="$(ls -t "$ROOT"/include/*.h "$src"/*.h 2>/dev/null | head -n1 || true)"
    for o in "$SHIMDIR"/*.o; do   # objects of removed sources
        [[ -f "$src/$(basename "${o%.o}").c" ]] || rm -f "$o"
    done
    local built=0
    for c in "${cs[@]}"; do
        o="$SHIMDIR/$(basename "${c%.c}").o"
        if [[ ! -f "$o" || "$c" -nt "$o" || ( -n "$newest_h" && "$newest_h" -nt "$o" ) ]]; then
            cc -c -fPIC -O2 -std=gnu11 -Wall -Wextra -Wno-unused-parameter \
               -fvisibility=default -I "$ROOT/include" -I "$src" -o "$o" "$c"
            built=$((built + 1))
        fi
    done
    local -a os=("$SHIMDIR"/*.o)
    shopt -u nullglob
    local props="$SHIMDIR/exports.props" tmp="$SHIMDIR/exports.props.tmp" sym
    {   echo '<Project>'
        echo '  <!-- Generated by build.sh from the C shims in src/Isolated.CApi/capi/: do not edit. -->'
        echo '  <ItemGroup>'
        if ((${#os[@]})); then
            nm -g --defined-only --format=posix "${os[@]}" 2>/dev/null |
                awk 'NF >= 2 && $2 ~ /^[TDBR]$/ { print $1 }' | sort -u |
                while read -r sym; do echo "    <IlcArg Include=\"--export-dynamic-symbol:$sym\" />"; done
        fi
        echo '  </ItemGroup>'
        echo '</Project>'
    } >"$tmp"
    if cmp -s "$tmp" "$props"; then rm -f "$tmp"; else mv "$tmp" "$props"; fi
    step "C shims: ${#cs[@]} source(s), $built compiled, $(grep -c IlcArg "$props" || true) exported symbol(s)"
}

lib_inputs_changed() {   # true when libisolated.so must be published again
    local lib="$BUILD/lib/libisolated.so"
    [[ "${ISOLATED_FORCE:-0}" == 1 || ! -f "$lib" ]] && return 0
    [[ -n "$(find "$ROOT/src/Isolated" "$ROOT/src/Isolated.CApi" \
                 \( -name bin -o -name obj \) -prune -o -type f -newer "$lib" -print -quit)" ]] && return 0
    [[ -n "$(find "$SHIMDIR" "$ROOT/Directory.Build.props" -maxdepth 1 -type f \
                 \( -name '*.o' -o -name '*.props' \) -newer "$lib" -print -quit)" ]] && return 0
    return 1
}

build_lib() {
    local lib="$BUILD/lib/libisolated.so" pub="$BUILD/obj/publish"
    if ! lib_inputs_changed; then step "libisolated.so: up to date"; return 0; fi
    step "dotnet publish src/Isolated.CApi -c Release -r linux-x64 (NativeAOT)"
    local t0=$SECONDS
    dotnet publish "$ROOT/src/Isolated.CApi/Isolated.CApi.csproj" -c Release -r linux-x64 \
        -o "$pub" -p:IsolatedShimDir="$SHIMDIR" -nologo -v:q -clp:NoSummary
    [[ -f "$pub/libisolated.so" ]] || die "publish did not produce $pub/libisolated.so"
    mkdir -p "$BUILD/lib"
    # Only the stripped library is copied: its DWARF 5 .dbg (which valgrind 3.19 cannot read)
    # stays in build/obj/publish, where valgrind's debuglink search never looks. valgrind and gdb
    # get the function names without the DWARF instead: a symbol-table-only copy in
    # build/lib/.debug/, which the library's .gnu_debuglink is re-pointed at (CRC included).
    install -m 0755 "$pub/libisolated.so" "$lib.tmp"
    rm -rf "$BUILD/lib/libisolated.so.dbg" "$BUILD/lib/.debug"
    if [[ -f "$pub/libisolated.so.dbg" ]]; then
        mkdir -p "$BUILD/lib/.debug"
        objcopy --strip-debug "$pub/libisolated.so.dbg" "$BUILD/lib/.debug/libisolated.so.dbg"
        objcopy --remove-section=.gnu_debuglink \
                --add-gnu-debuglink="$BUILD/lib/.debug/libisolated.so.dbg" "$lib.tmp"
    fi
    mv -f "$lib.tmp" "$lib"
    readelf -d "$lib" | grep -q 'Flags:.*NODELETE' || warn "libisolated.so is not marked NODELETE (-z nodelete)"
    readelf -S "$lib" | grep -q '\.debug_info' && warn "libisolated.so carries DWARF (.debug_info); valgrind 3.19 may choke on DWARF 5"
    info "build/lib/libisolated.so: $(du -k "$lib" | cut -f1) KiB, $(nm -D --defined-only "$lib" | grep -c ' [TDBRW] ') exported symbols, $((SECONDS - t0)) s"
}

write_pkgconfig() {
    local pc="$BUILD/lib/pkgconfig/isolated-embed.pc"
    mkdir -p "$(dirname "$pc")"
    sed -e "s|@PREFIX@|$BUILD|g" -e "s|@INCLUDEDIR@|$ROOT/include|g" \
        "$ROOT/isolated-embed.pc.in" >"$pc.tmp"
    if cmp -s "$pc.tmp" "$pc"; then rm -f "$pc.tmp"; else mv "$pc.tmp" "$pc"; step "pkg-config -> build/lib/pkgconfig/isolated-embed.pc"; fi
}

# sysconfig reads the build's configuration from _sysconfigdata_<abiflags>_<platform>_<multiarch>
# (CPython generates it when it is built; the name must match sys.implementation._multiarch).
write_sysconfigdata() {
    local multiarch; multiarch="$(uname -m)-linux-gnu"
    local f="$BUILD/lib/python3.12/_sysconfigdata__linux_$multiarch.py"
    cat >"$f.tmp" <<EOF
# The build configuration of Isolated, read by sysconfig (written by build.sh).
build_time_vars = {
    'prefix': '$BUILD', 'exec_prefix': '$BUILD', 'LIBDIR': '$BUILD/lib', 'LIBPL': '$BUILD/lib',
    'LIBDEST': '$BUILD/lib/python3.12', 'BINLIBDEST': '$BUILD/lib/python3.12',
    'INCLUDEPY': '$ROOT/include', 'INCLUDEDIR': '$ROOT/include', 'BINDIR': '$BUILD/bin',
    'LDLIBRARY': 'libisolated.so', 'LIBRARY': '', 'Py_ENABLE_SHARED': 1,
    'CC': 'cc', 'CFLAGS': '-O2 -std=gnu11 -fPIC', 'CCSHARED': '-fPIC', 'LDSHARED': 'cc -shared',
    'LDFLAGS': '', 'CPPFLAGS': '-I$ROOT/include', 'PY_CFLAGS': '-O2 -std=gnu11 -fPIC',
    'PY_CFLAGS_NODIST': '', 'PY_CORE_CFLAGS': '', 'CONFIG_ARGS': '', 'OPT': '-O2',
    'EXT_SUFFIX': '.isolated.so', 'SHLIB_SUFFIX': '.so', 'SOABI': 'isolated',
    'MULTIARCH': '$multiarch', 'HOST_GNU_TYPE': '$multiarch', 'MACHDEP': 'linux',
    'VERSION': '3.12', 'EXE': '', 'Py_DEBUG': 0, 'Py_TRACE_REFS': 0, 'WITH_DOC_STRINGS': 1,
    'WITH_PYMALLOC': 0, 'HAVE_FORK': 0, 'HAVE_VFORK': 0,
    'PY_BUILTIN_HASHLIB_HASHES': 'md5,sha1,sha256,sha512,sha3,blake2',
    'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    'SIZEOF_INT': 4, 'SIZEOF_LONG': 8, 'SIZEOF_VOID_P': 8, 'SIZEOF_SIZE_T': 8, 'SIZEOF_WCHAR_T': 4,
}
EOF
    if cmp -s "$f.tmp" "$f"; then rm -f "$f.tmp"; else mv "$f.tmp" "$f"; fi
}

# ---------------------------------------------------------------------------------------------
# Native parts (CMake): launcher, demo host, native tests, bench
# ---------------------------------------------------------------------------------------------
build_native() {
    step "CMake: launcher, demo host, native tests, bench -> build/cmake"
    local -a defs=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DISOLATED_LIB_DIR=$BUILD/lib" -DCMAKE_RULE_MESSAGES=OFF
                   "-DISOLATED_WITH_PYRUN=$([[ "${ISOLATED_WITH_PYRUN:-1}" == 1 ]] && echo ON || echo OFF)")
    cmake -S "$ROOT" -B "$BUILD/cmake" "${defs[@]}" >"$BUILD/cmake-configure.log" 2>&1 ||
        { cat "$BUILD/cmake-configure.log" >&2; die "cmake configure failed"; }
    cmake --build "$BUILD/cmake" -j "$JOBS" -- --no-print-directory -s
    [[ -x "$BUILD/bin/isolated" ]] && info "build/bin/isolated: $("$BUILD/bin/isolated" --version 2>&1 | head -n1 || true)"
}

build_all() {
    check_prereqs
    mkdir -p "$BUILD"
    build_stdlib
    install_own_lib
    write_sysconfigdata
    build_unicodedata
    build_shims
    build_lib
    write_pkgconfig
    build_native
    step "WeeChat host plugin: hosts/weechat -> build/lib/weechat/isolated.so"
    "$ROOT/hosts/weechat/build.sh" "$BUILD"
}

# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------
run_demo() {
    step "Demo host: build/bin/demo_host (two interpreters on two threads)"
    "$BUILD/bin/demo_host"
}

run_tests() {
    local xunit_rc=0 ctest_rc=0 t0=$SECONDS
    # Issue 8: the isolation checker is on for every test run here — each interpreter that ends
    # is walked and the run fails loudly if it reaches an object of another interpreter.
    export ISOLATED_CHECK_ISOLATION="${ISOLATED_CHECK_ISOLATION:-1}"
    step "xunit: dotnet test tests/Isolated.Tests"
    # The ABI check must fail (not skip) when the library is missing in a build.sh run.
    set +e
    ISOLATED_ROOT="$ROOT" ISOLATED_ABI_REQUIRED=1 \
        dotnet test "$ROOT/tests/Isolated.Tests/Isolated.Tests.csproj" -nologo 2>&1 | tee "$BUILD/xunit.log"
    xunit_rc=${PIPESTATUS[0]}
    set -e
    local xsum; xsum="$(grep -E '^(Passed|Failed)!' "$BUILD/xunit.log" | tail -n1 || true)"

    step "CTest: native tests (plain and under valgrind memcheck), -j $JOBS"
    local t1=$SECONDS
    set +e
    ctest --test-dir "$BUILD/cmake" -j "$JOBS" --output-on-failure 2>&1 | tee "$BUILD/ctest.log"
    ctest_rc=${PIPESTATUS[0]}
    set -e
    local csum; csum="$(grep -E 'tests passed, .* tests failed' "$BUILD/ctest.log" | tail -n1 || true)"

    local weechat_rc=0 wsum="skipped (plugin not built: weechat-dev missing)"
    if [[ -f "$BUILD/lib/weechat/isolated.so" ]]; then
        step "WeeChat host: hosts/weechat/test.sh (weechat-headless)"
        set +e
        "$ROOT/hosts/weechat/test.sh" "$BUILD/lib/weechat/isolated.so" 2>&1 | tee "$BUILD/weechat.log"
        weechat_rc=${PIPESTATUS[0]}
        set -e
        wsum="$(tail -n1 "$BUILD/weechat.log")"
    fi

    # include/README.md's Limited API coverage table must be current (tools/capi-coverage.py rewrites it).
    local capi_rc=0 capisum
    capisum="$(python3 "$ROOT/tools/capi-coverage.py" --check 2>&1)" || capi_rc=$?

    echo
    step "Summary"
    printf '    xunit : %s%s%s\n' "$([[ $xunit_rc == 0 ]] && echo "$G" || echo "$R")" \
        "${xsum:-no summary line (exit $xunit_rc)}" "$N"
    printf '    ctest : %s%s (%d s)%s\n' "$([[ $ctest_rc == 0 ]] && echo "$G" || echo "$R")" \
        "${csum:-no summary line (exit $ctest_rc)}" $((SECONDS - t1)) "$N"
    printf '    weechat: %s%s%s\n' "$([[ $weechat_rc == 0 ]] && echo "$G" || echo "$R")" "$wsum" "$N"
    printf '    capi  : %s%s%s\n' "$([[ $capi_rc == 0 ]] && echo "$G" || echo "$R")" "$capisum" "$N"
    printf '    total : %d s; logs: build/xunit.log, build/ctest.log, build/cmake/Testing/Temporary/\n' $((SECONDS - t0))
    [[ $xunit_rc == 0 && $ctest_rc == 0 && $weechat_rc == 0 && $capi_rc == 0 ]] || { printf '%sFAILED%s\n' "$R" "$N"; exit 1; }
    printf '%sALL PASSED%s\n' "$G" "$N"
}

case "${1:-all}" in
    all|"")  build_all; run_demo ;;
    build)   build_all ;;
    test)    build_all; run_tests ;;
    bench)   build_all; "$ROOT/bench/run_interp_create.sh" "$BUILD" ;;
    clean)   step "rm -rf build"; rm -rf "$BUILD" ;;
    help|-h|--help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' ;;
    *) die "unknown command '$1' (try: ./build.sh help)" ;;
esac
