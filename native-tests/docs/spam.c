/* "Extending Python with C or C++", the spam example: a module function that parses a string
 * argument, runs it through the C library's system() and returns the exit status, and the
 * module's own exception class spam.error for a failed command. Written after the tutorial's
 * description; the Python code at the end exercises it (output compared with CPython 3.12). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>

static PyObject *SpamError;

static PyObject *spam_system(PyObject *self, PyObject *args)
{
    (void)self;
    const char *command;
    if (!PyArg_ParseTuple(args, "s", &command))
        return NULL;
    int sts = system(command);
    if (sts < 0) {
        PyErr_SetString(SpamError, "System command failed");
        return NULL;
    }
    return PyLong_FromLong(sts);
}

/* fail(): raises the module's exception the way spam_system does on a failed command. */
static PyObject *spam_fail(PyObject *self, PyObject *args)
{
    (void)self; (void)args;
    PyErr_SetString(SpamError, "System command failed");
    return NULL;
}

static PyMethodDef SpamMethods[] = {
    {"system", spam_system, METH_VARARGS, "Execute a shell command."},
    {"fail", spam_fail, METH_NOARGS, "Raise spam.error."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef spammodule = {
    PyModuleDef_HEAD_INIT,
    "spam",
    "The spam example of the Extending and Embedding tutorial.",
    -1,
    SpamMethods,
    NULL, NULL, NULL, NULL
};

PyMODINIT_FUNC PyInit_spam(void)
{
    PyObject *m = PyModule_Create(&spammodule);
    if (m == NULL)
        return NULL;
    SpamError = PyErr_NewException("spam.error", NULL, NULL);
    if (PyModule_AddObjectRef(m, "error", SpamError) < 0) {
        Py_CLEAR(SpamError);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

int main(void)
{
    if (PyImport_AppendInittab("spam", PyInit_spam) == -1) {
        fprintf(stderr, "Error: could not extend in-built modules table\n");
        exit(1);
    }
    Py_Initialize();
    PyObject *pmodule = PyImport_ImportModule("spam");
    if (!pmodule) {
        PyErr_Print();
        fprintf(stderr, "Error: could not import module 'spam'\n");
    }
    Py_XDECREF(pmodule);
    int rc = PyRun_SimpleString(
        "import functools, spam, sys\n"
        "print = functools.partial(print, flush=True)  # in order with the shell's output\n"
        "print(spam.__doc__)\n"
        "print(spam.system.__doc__)\n"
        "print(spam.system('exit 0'))\n"
        "print(spam.system('exit 3') >> 8)\n"
        "print(spam.system('echo from the shell'))\n"
        "print(spam.error, spam.error.__mro__)\n"
        "print(issubclass(spam.error, Exception))\n"
        "for bad in [(), (1,), ('a', 'b'), ('a\\0b',)]:\n"
        "    try:\n"
        "        spam.system(*bad)\n"
        "    except (TypeError, ValueError) as e:\n"
        "        print(type(e).__name__, e)\n"
        "try:\n"
        "    spam.fail()\n"
        "except spam.error as e:\n"
        "    print('caught', type(e).__module__, type(e).__name__, e.args)\n"
        "sys.stdout.flush()\n");
    if (Py_FinalizeEx() < 0)
        rc = 120;
    return rc == 0 ? 0 : 1;
}
