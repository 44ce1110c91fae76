/* "Keyword Parameters for Extension Functions": keywdarg.parrot(voltage, state='a stiff',
 * action='voom', type='Norwegian Blue') parsed with PyArg_ParseTupleAndKeywords and a keyword
 * list, printing the parrot sketch's two lines. Written after the tutorial's description. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *keywdarg_parrot(PyObject *self, PyObject *args, PyObject *keywds)
{
    (void)self;
    int voltage;
    const char *state = "a stiff";
    const char *action = "voom";
    const char *type = "Norwegian Blue";
    static char *kwlist[] = {"voltage", "state", "action", "type", NULL};

    if (!PyArg_ParseTupleAndKeywords(args, keywds, "i|sss", kwlist,
                                     &voltage, &state, &action, &type))
        return NULL;
    printf("-- This parrot wouldn't %s if you put %i Volts through it.\n", action, voltage);
    printf("-- Lovely plumage, the %s -- It's %s!\n", type, state);
    fflush(stdout);
    Py_RETURN_NONE;
}

static PyMethodDef keywdarg_methods[] = {
    /* The cast of the function is necessary since PyCFunction values only take two
       PyObject* parameters, and keywdarg_parrot() takes three. */
    {"parrot", (PyCFunction)(void (*)(void))keywdarg_parrot, METH_VARARGS | METH_KEYWORDS,
     "Print a lovely skit to standard output."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef keywdargmodule = {
    PyModuleDef_HEAD_INIT,
    "keywdarg",
    NULL,
    -1,
    keywdarg_methods,
    NULL, NULL, NULL, NULL
};

PyMODINIT_FUNC PyInit_keywdarg(void)
{
    return PyModule_Create(&keywdargmodule);
}

int main(void)
{
    PyImport_AppendInittab("keywdarg", PyInit_keywdarg);
    Py_Initialize();
    int rc = PyRun_SimpleString(
        "import functools, keywdarg\n"
        "print = functools.partial(print, flush=True)  # in order with the C printf lines\n"
        "keywdarg.parrot(1000)\n"
        "keywdarg.parrot(voltage=1000000, action='VOOOOOM')\n"
        "keywdarg.parrot(1000000, 'bereft of life', 'jump')\n"
        "keywdarg.parrot(220, type='Danish Red', state='resting')\n"
        "print(keywdarg.parrot.__doc__)\n"
        "for args, kwargs in [((), {}), (('x',), {}), ((1,), {'voltage': 2}), ((1,), {'colour': 'blue'}),\n"
        "                     ((1, 'a', 'b', 'c', 'd'), {}), ((1,), {'state': 5}), ((2**40,), {})]:\n"
        "    try:\n"
        "        keywdarg.parrot(*args, **kwargs)\n"
        "    except (TypeError, OverflowError) as e:\n"
        "        print(type(e).__name__, e)\n");
    if (Py_FinalizeEx() < 0)
        return 120;
    return rc == 0 ? 0 : 1;
}
