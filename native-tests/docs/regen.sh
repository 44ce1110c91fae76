#!/usr/bin/env bash
# Writes <name>.expected for each documentation example: the file compiled against CPython 3.12's
# own headers and libpython, run with the arguments CTest gives it (native-tests/CMakeLists.txt).
#   native-tests/docs/regen.sh [name...]        (PYTHON312=python3.12 by default)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="${PYTHON312:-python3.12}"
inc="$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')"
lib="$("$py" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR"))')"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
args_of() {
    case "$1" in
        embed_call) echo "multiply multiply 3 2" ;;
        embed_emb) echo "a b" ;;
        *) echo "" ;;
    esac
}
names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=($(cd "$here" && ls *.c | sed 's/\.c$//'))
for name in "${names[@]}"; do
    gcc -Wall -Wextra -Werror -I"$inc" "$here/$name.c" -L"$lib" -lpython3.12 -Wl,-rpath,"$lib" -o "$work/$name"
    # shellcheck disable=SC2046
    (cd "$work" && PYTHONPATH="$here" "./$name" $(args_of "$name") >"$here/$name.expected")
    echo "$name.expected: $(wc -l <"$here/$name.expected") lines"
done
