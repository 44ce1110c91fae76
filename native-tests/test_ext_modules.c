/* Extension modules (issue 6 item 3): the host's inittab (PyImport_AppendInittab and
 * PyImport_ExtendInittab, single- and multi-phase), and shared objects found on sys.path
 * (ext_multi.isolated.so, ext_single.so from ext_modules.c): every METH_* calling convention
 * with CPython's arity errors, module state per interpreter, exec slots, m_clear/m_free at the
 * interpreter's end, capsules (PyCapsule_Import, destructors), a single-phase module refused in a
 * subinterpreter with CPython 3.12's ImportError. argv[1]: the directory of the .so files. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <dlfcn.h>
#include <string.h>
#include "check.h"

static int *ext_free_count, *ext_clear_count, *ext_capsule_destroyed;

/* The pending exception is of class type with str() == msg; clears it. */
static void expect_error(PyObject *type, const char *msg, int line)
{
    PyObject *exc = PyErr_GetRaisedException();
    CHECK_MSG(exc != NULL, "line %d: expected '%s', no exception", line, msg);
    PyObject *s = PyObject_Str(exc);
    const char *text = s ? PyUnicode_AsUTF8(s) : "?";
    CHECK_MSG(PyErr_GivenExceptionMatches(exc, type) && strcmp(text, msg) == 0,
              "line %d: expected '%s', got '%s'", line, msg, text);
    Py_XDECREF(s);
    Py_DECREF(exc);
}
#define EXPECT(type, msg) expect_error((type), (msg), __LINE__)

static long call_long(PyObject *m, const char *name, const char *fmt, ...)
{
    (void)fmt;
    PyObject *r = PyObject_CallMethod(m, name, NULL);
    if (r == NULL) PyErr_Print();
    CHECK(r != NULL);
    long v = PyLong_AsLong(r);
    Py_DECREF(r);
    return v;
}

static long attr_long(PyObject *m, const char *name)
{
    PyObject *v = PyObject_GetAttrString(m, name);
    CHECK(v != NULL);
    long x = PyLong_AsLong(v);
    Py_DECREF(v);
    return x;
}

static void add_path(const char *dir)
{
    PyObject *path = PySys_GetObject("path");
    CHECK(path != NULL);
    PyObject *d = PyUnicode_FromString(dir);
    CHECK(PyList_Insert(path, 0, d) == 0);
    Py_DECREF(d);
}

/* ---- modules of the host itself, through the inittab ---- */

static long host_calls;
static PyObject *host_ping(PyObject *Py_UNUSED(m), PyObject *Py_UNUSED(a)) { return PyLong_FromLong(++host_calls); }
static PyMethodDef host_methods[] = {{"ping", host_ping, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef host_single_def;   /* zero-filled, as vim writes it */
static PyObject *init_host_single(void)
{
    host_single_def.m_name = "host_single";
    host_single_def.m_size = -1;
    host_single_def.m_methods = host_methods;
    return PyModule_Create(&host_single_def);
}

static int host_exec(PyObject *m) { return PyModule_AddIntConstant(m, "EXECUTED", 1); }
static PyModuleDef_Slot host_slots[] = {{Py_mod_exec, host_exec}, {0, NULL}};
static struct PyModuleDef host_multi_def = {
    PyModuleDef_HEAD_INIT, "host_multi", NULL, 0, host_methods, host_slots, NULL, NULL, NULL,
};
static PyObject *init_host_multi(void) { return PyModuleDef_Init(&host_multi_def); }

/* ---- C objects the host makes directly ---- */

static PyObject *host_free_fn(PyObject *self, PyObject *Py_UNUSED(a))
{
    return PyBool_FromLong(self == NULL);
}
static PyMethodDef host_free_def = {"free_fn", host_free_fn, METH_NOARGS, "a function with no self"};

static void check_host_objects(void)
{
    /* PyCFunction_NewEx with a NULL self (C sees NULL) and a __module__. */
    PyObject *modname = PyUnicode_FromString("hostmod");
    PyObject *f = PyCFunction_NewEx(&host_free_def, NULL, modname);
    CHECK(f != NULL && PyCFunction_GetSelf(f) == NULL && !PyErr_Occurred());
    CHECK(PyCFunction_GetFunction(f) == (PyCFunction)host_free_fn && PyCFunction_GetFlags(f) == METH_NOARGS);
    PyObject *r = PyObject_CallNoArgs(f);
    CHECK(r == Py_True);
    Py_DECREF(r);
    PyObject *mod = PyObject_GetAttrString(f, "__module__");
    CHECK(mod != NULL && strcmp(PyUnicode_AsUTF8(mod), "hostmod") == 0);
    Py_DECREF(mod);
    Py_DECREF(f);
    Py_DECREF(modname);
    /* A METH_METHOD function needs a class. */
    static PyMethodDef needs_class = {"needs_class", host_free_fn, METH_METHOD | METH_FASTCALL | METH_KEYWORDS, NULL};
    CHECK(PyCFunction_New(&needs_class, NULL) == NULL);
    EXPECT(PyExc_SystemError, "attempting to create PyCMethod with a METH_METHOD flag but no class");
    static PyMethodDef bad = {"bad", host_free_fn, METH_NOARGS | METH_O, NULL};
    CHECK(PyCFunction_New(&bad, NULL) == NULL);
    EXPECT(PyExc_SystemError, "bad() method: bad call flags");

    /* An exception class from a spec: no C struct, a builtin base. */
    PyType_Slot slots[] = {{Py_tp_doc, "raised by the host"}, {0, NULL}};
    PyType_Spec spec = {"hostmod.HostError", 0, 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, slots};
    PyObject *err = PyType_FromSpecWithBases(&spec, PyExc_ValueError);
    CHECK(err != NULL);
    CHECK(PyType_IsSubtype((PyTypeObject *)err, (PyTypeObject *)PyExc_ValueError));
    PyErr_SetString(err, "from a spec");
    CHECK(PyErr_ExceptionMatches(PyExc_ValueError));
    EXPECT(err, "from a spec");
    PyObject *name = PyType_GetName((PyTypeObject *)err);
    CHECK(name && strcmp(PyUnicode_AsUTF8(name), "HostError") == 0);
    Py_DECREF(name);
    CHECK(PyType_GetModule((PyTypeObject *)err) == NULL);
    EXPECT(PyExc_TypeError, "PyType_GetModule: Type 'HostError' has no associated module");
    /* A type with a C struct cannot extend a builtin type other than object. */
    PyType_Spec sized = {"hostmod.Sized", 32, 0, Py_TPFLAGS_DEFAULT, slots};
    CHECK(PyType_FromSpecWithBases(&sized, PyExc_ValueError) == NULL);
    CHECK(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
    /* Not a base type. */
    PyType_Spec final_spec = {"hostmod.Final", 0, 0, Py_TPFLAGS_DEFAULT, slots};
    PyObject *final_type = PyType_FromSpec(&final_spec);
    CHECK(final_type != NULL);
    CHECK(PyType_FromSpecWithBases(&spec, final_type) == NULL);
    EXPECT(PyExc_TypeError, "type 'Final' is not an acceptable base type");
    Py_DECREF(final_type);
    Py_DECREF(err);

    /* Capsule setters. */
    static int a = 1, b = 2;
    PyObject *cap = PyCapsule_New(&a, "first", NULL);
    CHECK(cap != NULL && PyCapsule_SetPointer(cap, &b) == 0 && PyCapsule_GetPointer(cap, "first") == &b);
    CHECK(PyCapsule_SetName(cap, "second") == 0 && PyCapsule_IsValid(cap, "second") && !PyCapsule_IsValid(cap, "first"));
    CHECK(PyCapsule_SetPointer(cap, NULL) == -1);
    EXPECT(PyExc_ValueError, "PyCapsule_SetPointer called with null pointer");
    PyObject *repr = PyObject_Repr(cap);
    CHECK(repr && strncmp(PyUnicode_AsUTF8(repr), "<capsule object \"second\" at 0x", 30) == 0);
    Py_DECREF(repr);
    Py_DECREF(cap);
}

static void check_multi(PyObject *m, int fresh)
{
    CHECK(PyModule_GetState(m) != NULL);
    CHECK(PyModule_GetDef(m) != NULL);
    if (fresh) {
        CHECK(call_long(m, "count", NULL) == 1);
        CHECK(call_long(m, "count", NULL) == 2);
    }
    CHECK(attr_long(m, "ANSWER") == 42);
    PyObject *r = PyObject_CallMethod(m, "echo", "s", "x");
    CHECK(r != NULL && strcmp(PyUnicode_AsUTF8(r), "x") == 0);
    Py_DECREF(r);
    r = PyObject_CallMethod(m, "sum", "ii", 2, 3);
    CHECK(r != NULL && PyLong_AsLong(r) == 5);
    Py_DECREF(r);
    /* keywords: mul(3, b=4) */
    PyObject *mul = PyObject_GetAttrString(m, "mul");
    PyObject *args = Py_BuildValue("(i)", 3), *kw = Py_BuildValue("{s:i}", "b", 4);
    r = PyObject_Call(mul, args, kw);
    CHECK(r != NULL && PyLong_AsLong(r) == 12);
    Py_DECREF(r);
    Py_DECREF(kw);
    r = PyObject_Call(mul, args, NULL);
    CHECK(r != NULL && PyLong_AsLong(r) == 30);
    Py_DECREF(r);
    Py_DECREF(args);
    Py_DECREF(mul);
    r = PyObject_CallMethod(m, "total_len", "ssy", "ab", "cde", "f");
    CHECK(r != NULL && PyLong_AsLong(r) == 6);
    Py_DECREF(r);
    /* fast_kw(1, 2, x=3) -> (2, 1, ('x',)) */
    PyObject *fk = PyObject_GetAttrString(m, "fast_kw");
    args = Py_BuildValue("(ii)", 1, 2);
    kw = Py_BuildValue("{s:i}", "x", 3);
    r = PyObject_Call(fk, args, kw);
    CHECK(r != NULL);
    PyObject *rr = PyObject_Repr(r);
    CHECK_MSG(strcmp(PyUnicode_AsUTF8(rr), "(2, 1, ('x',))") == 0, "%s", PyUnicode_AsUTF8(rr));
    Py_DECREF(rr);
    Py_DECREF(r);
    Py_DECREF(args);
    Py_DECREF(kw);
    Py_DECREF(fk);

    /* CPython 3.12's arity errors. */
    CHECK(PyObject_CallMethod(m, "echo", NULL) == NULL);
    EXPECT(PyExc_TypeError, "ext_multi.echo() takes exactly one argument (0 given)");
    CHECK(PyObject_CallMethod(m, "count", "i", 1) == NULL);
    EXPECT(PyExc_TypeError, "ext_multi.count() takes no arguments (1 given)");
    PyObject *sum = PyObject_GetAttrString(m, "sum");
    args = PyTuple_New(0);
    kw = Py_BuildValue("{s:i}", "a", 1);
    CHECK(PyObject_Call(sum, args, kw) == NULL);
    EXPECT(PyExc_TypeError, "sum() takes no keyword arguments");
    Py_DECREF(kw);
    Py_DECREF(args);
    Py_DECREF(sum);
    CHECK(PyObject_CallMethod(m, "sum", NULL) == NULL);
    EXPECT(PyExc_TypeError, "sum_varargs() takes at least 1 argument (0 given)");

    /* The module's own exception class, and C's error protocol. */
    PyObject *error = PyObject_GetAttrString(m, "Error");
    CHECK(error != NULL);
    CHECK(PyObject_CallMethod(m, "fail", NULL) == NULL);
    EXPECT(error, "failed on purpose");
    Py_DECREF(error);
    CHECK(PyObject_CallMethod(m, "bad_null", NULL) == NULL);
    EXPECT(PyExc_SystemError, "<built-in function bad_null> returned NULL without setting an exception");

    /* Capsules. */
    int *api = PyCapsule_Import("ext_multi.api", 0);
    CHECK(api != NULL && *api == 42);
    CHECK(PyCapsule_Import("ext_multi.ANSWER", 0) == NULL);
    EXPECT(PyExc_AttributeError, "PyCapsule_Import \"ext_multi.ANSWER\" is not valid");
    PyObject *cap = PyObject_CallMethod(m, "make_capsule", NULL);
    CHECK(cap != NULL && PyCapsule_IsValid(cap, "ext_multi.api") && !PyCapsule_IsValid(cap, "other"));
    CHECK(PyCapsule_GetPointer(cap, "other") == NULL);
    EXPECT(PyExc_ValueError, "PyCapsule_GetPointer called with incorrect name");
    CHECK(PyCapsule_SetContext(cap, api) == 0 && PyCapsule_GetContext(cap) == api);
    CHECK(strcmp(PyCapsule_GetName(cap), "ext_multi.api") == 0);
    CHECK(PyCapsule_GetDestructor(cap) != NULL);
    Py_DECREF(cap);
    CHECK(PyCapsule_New(NULL, "x", NULL) == NULL);
    EXPECT(PyExc_ValueError, "PyCapsule_New called with null pointer");
    CHECK(PyCapsule_GetPointer(m, NULL) == NULL);
    EXPECT(PyExc_ValueError, "PyCapsule_GetPointer called with invalid PyCapsule object");
}

static PyObject *import(const char *name)
{
    PyObject *m = PyImport_ImportModule(name);
    if (m == NULL) PyErr_Print();
    CHECK_MSG(m != NULL, "import %s", name);
    return m;
}

int main(int argc, char **argv)
{
    CHECK(argc > 1);
    const char *dir = argv[1];
    char path[4096];
    snprintf(path, sizeof path, "%s/ext_multi.isolated.so", dir);
    void *lib = dlopen(path, RTLD_NOW);
    CHECK_MSG(lib != NULL, "%s", dlerror());
    ext_free_count = dlsym(lib, "ext_free_count");
    ext_clear_count = dlsym(lib, "ext_clear_count");
    ext_capsule_destroyed = dlsym(lib, "ext_capsule_destroyed");
    CHECK(ext_free_count && ext_clear_count && ext_capsule_destroyed);

    CHECK(PyImport_AppendInittab("host_single", init_host_single) == 0);
    struct _inittab more[] = {{"host_multi", init_host_multi}, {NULL, NULL}};
    CHECK(PyImport_ExtendInittab(more) == 0);
    Py_Initialize();
    add_path(dir);

    check_host_objects();
    PyObject *m = import("ext_multi");
    check_multi(m, 1);
    PyObject *doc = PyObject_GetAttrString(m, "__doc__");
    CHECK(doc && strcmp(PyUnicode_AsUTF8(doc), "A multi-phase test module.") == 0);
    Py_DECREF(doc);
    PyObject *again = import("ext_multi");
    CHECK(again == m);   /* sys.modules */
    Py_DECREF(again);

    PyObject *s = import("ext_single");
    CHECK(call_long(s, "count", NULL) == 1);
    CHECK(attr_long(s, "KIND") == 1);
    PyObject *file = PyObject_GetAttrString(s, "__file__");
    CHECK(file && strstr(PyUnicode_AsUTF8(file), "ext_single.so") != NULL);
    Py_DECREF(file);
    Py_DECREF(s);

    PyObject *hs = import("host_single"), *hm = import("host_multi");
    CHECK(call_long(hs, "ping", NULL) == 1 && call_long(hm, "ping", NULL) == 2);
    CHECK(attr_long(hm, "EXECUTED") == 1);
    Py_DECREF(hs);
    Py_DECREF(hm);

    /* A subinterpreter: its own ext_multi (state starts again), no single-phase modules. */
    PyThreadState *main_ts = PyThreadState_Get();
    PyThreadState *sub = Py_NewInterpreter();
    CHECK(sub != NULL);
    add_path(dir);
    PyObject *m2 = import("ext_multi");
    check_multi(m2, 1);
    Py_DECREF(m2);
    CHECK(PyImport_ImportModule("ext_single") == NULL);
    EXPECT(PyExc_ImportError, "module ext_single does not support loading in subinterpreters");
    CHECK(PyImport_ImportModule("host_single") == NULL);
    EXPECT(PyExc_ImportError, "module host_single does not support loading in subinterpreters");
    hm = import("host_multi");
    CHECK(attr_long(hm, "EXECUTED") == 1);
    Py_DECREF(hm);
    Py_EndInterpreter(sub);
    PyThreadState_Swap(main_ts);
    CHECK_MSG(*ext_free_count == 1, "m_free calls after the subinterpreter ended: %d", *ext_free_count);
    CHECK(*ext_clear_count >= 1);

    /* The main interpreter's module kept its own state. */
    CHECK(call_long(m, "count", NULL) == 3);
    Py_DECREF(m);
    CHECK(Py_FinalizeEx() == 0);
    CHECK_MSG(*ext_free_count == 2, "m_free calls after finalization: %d", *ext_free_count);
    CHECK_MSG(*ext_capsule_destroyed >= 2, "capsule destructors run: %d", *ext_capsule_destroyed);
    dlclose(lib);
    printf("ext_modules: ok\n");
    return 0;
}
