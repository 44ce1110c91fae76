/* isolated — the command-line interpreter, like `python3`.
 *
 * All behaviour (options, --version, the REPL, running scripts) lives in the runtime behind
 * Py_BytesMain, exactly as CPython's own python.c does. Installed as build/bin/isolated with an
 * rpath of $ORIGIN/../lib, so it finds build/lib/libisolated.so wherever the tree is moved. */
#include <Python.h>

int main(int argc, char **argv)
{
    return Py_BytesMain(argc, argv);
}
