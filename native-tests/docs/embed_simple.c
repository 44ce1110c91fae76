/* "Very High Level Embedding": initialize the interpreter, run a string of Python code, end it.
 * The tutorial prints the current date; this prints what the same calls give for a fixed time. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

int main(int argc, char *argv[])
{
    (void)argc;
    wchar_t *program = Py_DecodeLocale(argv[0], NULL);
    if (program == NULL) {
        fprintf(stderr, "Fatal error: cannot decode argv[0]\n");
        exit(1);
    }
    Py_Initialize();
    PyRun_SimpleString("from time import gmtime, strftime\n"
                       "print('Today is', strftime('%a %b %d %H:%M:%S %Y', gmtime(86400 * 365)))\n");
    PyRun_SimpleString("import sys\nprint('initialized:', sys.version_info[:2] >= (3, 12))\n");
    /* A failing string prints its traceback and returns -1. */
    int rc = PyRun_SimpleString("1/0\n");
    if (Py_FinalizeEx() < 0) {
        exit(120);
    }
    printf("PyRun_SimpleString of a failing string returned %d\n", rc);
    PyMem_RawFree(program);
    return 0;
}
