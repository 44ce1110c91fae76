/* Extension modules for test_ext_modules.c: one source, built as two shared objects
 * (ext_multi.isolated.so and ext_single.so), each holding both init functions; the loader
 * looks only for PyInit_<file name>.
 *
 * ext_multi: multi-phase (PEP 489) with module state (a call counter), an exec slot, functions
 * in every calling convention, a capsule, and m_clear/m_free counters the host reads by dlsym.
 * ext_single: single-phase, from a zero-filled PyModuleDef as vim writes it (no
 * PyModuleDef_HEAD_INIT). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

__attribute__((visibility("default"))) int ext_free_count;
__attribute__((visibility("default"))) int ext_clear_count;
__attribute__((visibility("default"))) int ext_capsule_destroyed;

typedef struct {
    long calls;
    PyObject *error;   /* the module's own exception class */
} ext_state;

static PyObject *count(PyObject *module, PyObject *Py_UNUSED(args))
{
    ext_state *st = PyModule_GetState(module);
    if (st == NULL) return NULL;
    return PyLong_FromLong(++st->calls);
}

static PyObject *echo_o(PyObject *Py_UNUSED(m), PyObject *arg) { return Py_NewRef(arg); }

static PyObject *sum_varargs(PyObject *Py_UNUSED(m), PyObject *args)
{
    long a, b = 0;
    if (!PyArg_ParseTuple(args, "l|l:sum_varargs", &a, &b)) return NULL;
    return PyLong_FromLong(a + b);
}

static PyObject *kw_varargs(PyObject *Py_UNUSED(m), PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"a", "b", NULL};
    long a, b = 10;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "l|l:kw_varargs", kwlist, &a, &b)) return NULL;
    return PyLong_FromLong(a * b);
}

static PyObject *fast_len(PyObject *Py_UNUSED(m), PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t total = 0;
    for (Py_ssize_t i = 0; i < nargs; i++) total += PyObject_Length(args[i]);
    return PyLong_FromSsize_t(total);
}

static PyObject *fast_kw(PyObject *Py_UNUSED(m), PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_ssize_t nkw = kwnames ? PyTuple_Size(kwnames) : 0;
    PyObject *names = kwnames ? Py_NewRef(kwnames) : PyTuple_New(0);
    PyObject *r = Py_BuildValue("(nnN)", nargs, nkw, names);
    (void)args;
    return r;
}

static PyObject *fail(PyObject *module, PyObject *Py_UNUSED(args))
{
    ext_state *st = PyModule_GetState(module);
    PyErr_SetString(st->error, "failed on purpose");
    return NULL;
}

static PyObject *bad_null(PyObject *Py_UNUSED(m), PyObject *Py_UNUSED(a)) { return NULL; }

static void capsule_destructor(PyObject *capsule)
{
    void *p = PyCapsule_GetPointer(capsule, "ext_multi.api");
    if (p != NULL) ext_capsule_destroyed++;
}

static int api_value = 42;

static PyObject *make_capsule(PyObject *Py_UNUSED(m), PyObject *Py_UNUSED(a))
{
    return PyCapsule_New(&api_value, "ext_multi.api", capsule_destructor);
}

static PyMethodDef multi_methods[] = {
    {"count", count, METH_NOARGS, "count() -> calls so far in this module"},
    {"echo", echo_o, METH_O, NULL},
    {"sum", sum_varargs, METH_VARARGS, NULL},
    {"mul", (PyCFunction)(void (*)(void))kw_varargs, METH_VARARGS | METH_KEYWORDS, NULL},
    {"total_len", (PyCFunction)(void (*)(void))fast_len, METH_FASTCALL, NULL},
    {"fast_kw", (PyCFunction)(void (*)(void))fast_kw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"fail", fail, METH_NOARGS, NULL},
    {"bad_null", bad_null, METH_NOARGS, NULL},
    {"make_capsule", make_capsule, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static int multi_exec(PyObject *module)
{
    ext_state *st = PyModule_GetState(module);
    if (st == NULL) return -1;
    st->error = PyErr_NewException("ext_multi.Error", NULL, NULL);
    if (st->error == NULL) return -1;
    if (PyModule_AddObjectRef(module, "Error", st->error) < 0) return -1;
    if (PyModule_AddIntConstant(module, "ANSWER", 42) < 0) return -1;
    if (PyModule_AddStringConstant(module, "GREETING", "hello") < 0) return -1;
    PyObject *capsule = PyCapsule_New(&api_value, "ext_multi.api", NULL);
    if (PyModule_AddObject(module, "api", capsule) < 0) { Py_XDECREF(capsule); return -1; }
    return 0;
}

static int multi_clear(PyObject *module)
{
    ext_state *st = PyModule_GetState(module);
    if (st != NULL) Py_CLEAR(st->error);
    ext_clear_count++;
    return 0;
}

static void multi_free(void *module)
{
    multi_clear((PyObject *)module);
    ext_free_count++;
}

static PyModuleDef_Slot multi_slots[] = {
    {Py_mod_exec, multi_exec},
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
    {0, NULL},
};

static struct PyModuleDef multi_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "ext_multi",
    .m_doc = "A multi-phase test module.",
    .m_size = sizeof(ext_state),
    .m_methods = multi_methods,
    .m_slots = multi_slots,
    .m_clear = multi_clear,
    .m_free = multi_free,
};

PyMODINIT_FUNC PyInit_ext_multi(void) { return PyModuleDef_Init(&multi_def); }

/* ---- single-phase ---- */

static long single_calls;

static PyObject *single_count(PyObject *Py_UNUSED(m), PyObject *Py_UNUSED(a)) { return PyLong_FromLong(++single_calls); }

static PyMethodDef single_methods[] = {
    {"count", single_count, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* Zero-filled, as vim defines its module: no PyModuleDef_HEAD_INIT. */
static struct PyModuleDef single_def;

PyMODINIT_FUNC PyInit_ext_single(void)
{
    single_def.m_name = "ext_single";
    single_def.m_size = -1;
    single_def.m_methods = single_methods;
    PyObject *m = PyModule_Create(&single_def);
    if (m == NULL) return NULL;
    if (PyModule_AddIntConstant(m, "KIND", 1) < 0) { Py_DECREF(m); return NULL; }
    return m;
}
