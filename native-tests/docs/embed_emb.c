/* "Extending Embedded Python": the host gives the embedded interpreter a module of its own, emb,
 * through PyImport_AppendInittab before Py_Initialize; emb.numargs() returns the host's argc.
 * Written after the tutorial's description. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static int numargs = 0;

/* Return the number of arguments of the application command line */
static PyObject *emb_numargs(PyObject *self, PyObject *args)
{
    (void)self;
    if (!PyArg_ParseTuple(args, ":numargs"))
        return NULL;
    return PyLong_FromLong(numargs);
}

static PyMethodDef EmbMethods[] = {
    {"numargs", emb_numargs, METH_VARARGS,
     "Return the number of arguments received by the process."},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef EmbModule = {
    PyModuleDef_HEAD_INIT, "emb", NULL, -1, EmbMethods,
    NULL, NULL, NULL, NULL
};

static PyObject *PyInit_emb(void)
{
    return PyModule_Create(&EmbModule);
}

int main(int argc, char *argv[])
{
    (void)argv;
    numargs = argc;
    PyImport_AppendInittab("emb", &PyInit_emb);
    Py_Initialize();
    PyRun_SimpleString("import emb, sys\n"
                       "print('Number of arguments', emb.numargs())\n"
                       "print(emb.numargs.__doc__)\n"
                       "print('emb' in sys.builtin_module_names)\n"
                       "try:\n"
                       "    emb.numargs(1)\n"
                       "except TypeError as e:\n"
                       "    print(e)\n");
    if (Py_FinalizeEx() < 0)
        return 120;
    return 0;
}
