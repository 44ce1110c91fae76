/* The embedding patterns of vim's +python3 built for the Limited API (issue 10 item 3), without
 * vim: a builtin module from a zero-filled PyModuleDef through the inittab; Py_SetPythonHome and
 * PySys_SetArgv; heap types from PyType_Spec with PyType_GetSlot of inherited slots (tp_alloc,
 * tp_free) and of the original tp_methods; static objects whose memory is the host's, made with
 * PyObject_HEAD_INIT(NULL) and given their type afterwards, used as sys.stdout/sys.stderr; and
 * the GIL released after start-up, taken with PyGILState_Ensure per "command" while a Python
 * thread keeps running. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

/* ---- vim's output objects ---- */

typedef struct {
    PyObject_HEAD
    long softspace;
    long error;
} OutputObject;

static char written[4096];
static size_t written_len;

static PyObject *Output_write(PyObject *self, PyObject *args)
{
    const char *s;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "s#:write", &s, &n)) return NULL;
    OutputObject *o = (OutputObject *)self;
    if (!o->error && written_len + (size_t)n < sizeof written) {
        memcpy(written + written_len, s, (size_t)n);
        written_len += (size_t)n;
    }
    return PyLong_FromSsize_t(n);
}

static PyObject *Output_flush(PyObject *Py_UNUSED(self), PyObject *Py_UNUSED(args)) { Py_RETURN_NONE; }

static PyMethodDef OutputMethods[] = {
    {"write", Output_write, METH_VARARGS, ""},
    {"flush", Output_flush, METH_NOARGS, ""},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef OutputMembers[] = {
    {"softspace", Py_T_LONG, offsetof(OutputObject, softspace), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* Static objects of the host: the runtime never frees them. */
static OutputObject Output = { PyObject_HEAD_INIT(NULL) 0, 0 };
static OutputObject Error = { PyObject_HEAD_INIT(NULL) 0, 1 };

static PyTypeObject *OutputTypePtr, *DerivedTypePtr;

/* As vim's AddHeapType: the slot array lives on the stack only during PyType_FromSpec. */
static PyTypeObject *add_heap_type(const char *name, int basicsize, PyTypeObject *base)
{
    PyType_Slot slots[8] = {{0, NULL}};
    int i = 0;
    slots[i++] = (PyType_Slot){Py_tp_doc, "vim message object"};
    if (base == NULL) {
        slots[i++] = (PyType_Slot){Py_tp_methods, OutputMethods};
        slots[i++] = (PyType_Slot){Py_tp_members, OutputMembers};
    } else {
        slots[i++] = (PyType_Slot){Py_tp_base, base};
    }
    PyType_Spec spec = {name, basicsize, 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, slots};
    PyObject *t = PyType_FromSpec(&spec);
    if (t == NULL) PyErr_Print();
    CHECK(t != NULL);
    memset(slots, 0xAB, sizeof slots);   /* the runtime must have copied what it needs */
    return (PyTypeObject *)t;
}

/* ---- the "vim" module: single-phase, zero-filled definition ---- */

static struct PyModuleDef vimmodule;

static PyObject *vim_command(PyObject *Py_UNUSED(self), PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "command needs a str");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyMethodDef VimMethods[] = {
    {"command", vim_command, METH_O, "Execute a Vim ex-mode command"},
    {NULL, NULL, 0, NULL},
};

static PyObject *Py3Init_vim(void)
{
    /* As vim's init_types(): the types are made when `import vim` runs, after the static objects
       already went into sys as sys.stdout/sys.stderr with a NULL ob_type. */
    OutputTypePtr = add_heap_type("vim.message", sizeof(OutputObject), NULL);
    DerivedTypePtr = add_heap_type("vim.derived", 0, OutputTypePtr);
    if (OutputTypePtr == NULL || DerivedTypePtr == NULL) return NULL;
    Output.ob_base.ob_type = OutputTypePtr;
    Error.ob_base.ob_type = OutputTypePtr;
    vimmodule.m_name = "vim";
    vimmodule.m_size = -1;
    vimmodule.m_methods = VimMethods;
    PyObject *m = PyModule_Create(&vimmodule);
    if (m == NULL) return NULL;
    if (PyModule_AddObject(m, "VIM_SPECIAL_PATH", PyUnicode_FromString("_vim_path_")) < 0) return NULL;
    return m;
}

static long get_ticks(void)
{
    PyObject *main = PyImport_AddModule("__main__");
    PyObject *t = PyObject_GetAttrString(main, "ticks");
    CHECK(t != NULL);
    long v = PyLong_AsLong(t);
    Py_DECREF(t);
    return v;
}

int main(void)
{
    static wchar_t home[] = L"/nonexistent/python/home";
    Py_SetPythonHome(home);   /* no lib/python3.12 there: the default stdlib stays */
    CHECK(PyImport_AppendInittab("vim", Py3Init_vim) == 0);
    Py_Initialize();

    static wchar_t arg0[] = L"/must>not&exist/foo";
    wchar_t *argv[] = {arg0, NULL};
    PySys_SetArgv(1, argv);
    RUN_PY("import sys\n"
           "assert sys.argv == ['/must>not&exist/foo'], sys.argv\n"
           "assert sys.path[0] == '/must>not&exist', sys.path[0]\n"
           "sys.path = [p for p in sys.path if not p.endswith('must>not&exist')]\n");

    /* The static objects go into sys while their ob_type is still NULL (vim's order: its
       PythonIO_Init_io runs before `import vim` creates the types); CPython stores them as they are. */
    CHECK(Output.ob_base.ob_type == NULL);
    CHECK(PySys_SetObject("stdout", (PyObject *)&Output) == 0);
    CHECK(PySys_SetObject("stderr", (PyObject *)&Error) == 0);
    CHECK(PySys_GetObject("stdout") == (PyObject *)&Output);
    CHECK(Py_REFCNT(&Output) >= 1);
    /* Types, then the static objects get theirs: `import vim` runs Py3Init_vim. */
    RUN_PY("import vim\n");
    CHECK(Py_TYPE(&Output) == OutputTypePtr && Py_TYPE(&Error) == OutputTypePtr);

    /* PyType_GetSlot: inherited tp_alloc/tp_free, the original tp_methods. */
    allocfunc alloc = (allocfunc)PyType_GetSlot(OutputTypePtr, Py_tp_alloc);
    freefunc free_fn = (freefunc)PyType_GetSlot(OutputTypePtr, Py_tp_free);
    CHECK(alloc != NULL && free_fn != NULL);
    CHECK((PyMethodDef *)PyType_GetSlot(OutputTypePtr, Py_tp_methods) == OutputMethods);
    CHECK((PyMethodDef *)PyType_GetSlot(DerivedTypePtr, Py_tp_methods) == OutputMethods);
    CHECK((allocfunc)PyType_GetSlot(DerivedTypePtr, Py_tp_alloc) == alloc);
    CHECK(PyType_GetSlot(OutputTypePtr, Py_tp_iter) == NULL && !PyErr_Occurred());
    CHECK(PyType_GetSlot(OutputTypePtr, 1000) == NULL);
    CHECK(PyErr_ExceptionMatches(PyExc_SystemError));
    PyErr_Clear();
    CHECK(PyType_HasFeature(OutputTypePtr, Py_TPFLAGS_HEAPTYPE) && PyType_HasFeature(OutputTypePtr, Py_TPFLAGS_READY));
    CHECK(PyType_IsSubtype(DerivedTypePtr, OutputTypePtr));

    /* An instance through the inherited tp_alloc, as vim's tp_new functions do. */
    OutputObject *o = (OutputObject *)alloc(DerivedTypePtr, 0);
    CHECK(o != NULL && Py_TYPE(o) == DerivedTypePtr && Py_REFCNT(o) == 1 && o->softspace == 0);
    o->softspace = 3;
    PyObject *ss = PyObject_GetAttrString((PyObject *)o, "softspace");
    CHECK(ss != NULL && PyLong_AsLong(ss) == 3);
    Py_DECREF(ss);
    Py_DECREF(o);

    /* The static objects as sys.stdout / sys.stderr, typed now. */
    CHECK(PySys_GetObject("stdout") == (PyObject *)&Output);
    RUN_PY("import sys, vim\n"
           "print('hello from python')\n"
           "sys.stdout.softspace = 7\n"
           "assert type(sys.stdout).__name__ == 'message' and type(sys.stdout).__module__ == 'vim'\n"
           "vim.command('echo 1')\n"
           "assert vim.VIM_SPECIAL_PATH == '_vim_path_'\n");
    CHECK_MSG(written_len == strlen("hello from python\n") && memcmp(written, "hello from python\n", written_len) == 0,
              "written: '%.*s'", (int)written_len, written);
    CHECK(Output.softspace == 7);
    CHECK(Py_REFCNT(&Output) >= 1);

    /* A Python thread keeps running while the host, without the GIL, sleeps between commands. */
    RUN_PY("import threading, time\n"
           "ticks = 0\n"
           "stop = False\n"
           "def spin():\n"
           "    global ticks\n"
           "    while not stop:\n"
           "        ticks += 1\n"
           "        time.sleep(0.001)\n"
           "t = threading.Thread(target=spin)\n"
           "t.start()\n");
    PyThreadState *saved = PyEval_SaveThread();
    long last = -1, advanced = 0;
    for (int i = 0; i < 20; i++) {
        usleep(10000);
        PyGILState_STATE g = PyGILState_Ensure();
        long now = get_ticks();
        if (now > last) advanced++;
        last = now;
        RUN_PY("vim.command('redraw')");
        PyGILState_Release(g);
    }
    CHECK_MSG(advanced >= 15, "the Python thread advanced between only %ld of 20 commands", advanced);
    PyGILState_STATE g = PyGILState_Ensure();
    RUN_PY("stop = True\nt.join()\n");
    PyGILState_Release(g);
    PyEval_RestoreThread(saved);

    CHECK(Py_FinalizeEx() == 0);
    /* The static objects are still the host's, intact. */
    CHECK(Output.softspace == 7 && Error.error == 1);
    printf("vim_patterns: ok\n");
    return 0;
}
