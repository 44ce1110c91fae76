/* Code objects and the functions vim's Limited-API build links against beyond the basics:
 * Py_CompileString + PyEval_EvalCode (eval/file/single, SyntaxError, non-dict locals),
 * PySequence_Fast, PyObject_GenericGetAttr/SetAttr, PyUnicode_Decode/AsEncodedString and friends
 * (through the codec registry, with error handlers), and PyObject_Malloc + PyObject_Init +
 * PyObject_Free as a tp_free (vim's way of making instances). */
#include <Python.h>
#include "check.h"

static PyObject *run(const char *src)
{
    PyObject *g = PyDict_New();
    PyObject *r = PyRun_String(src, Py_eval_input, g, g);
    Py_DECREF(g);
    return r;
}

static int is_error(PyObject *type)
{
    int match = PyErr_ExceptionMatches(type);
    PyErr_Clear();
    return match;
}

typedef struct { PyObject_HEAD int value; } Thing;

static void thing_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    freefunc free_ = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    free_(self);
    Py_DECREF(tp);
}

static void test_code(void)
{
    PyObject *co = Py_CompileString("6 * 7", "<calc>", Py_eval_input);
    CHECK(co != NULL);
    PyObject *g = PyDict_New();
    PyObject *r = PyEval_EvalCode(co, g, NULL);
    CHECK(r != NULL && PyLong_AsLong(r) == 42);
    Py_DECREF(r);
    CHECK(PyDict_GetItemString(g, "__builtins__") != NULL); /* added as CPython does */
    Py_DECREF(co);

    co = Py_CompileString("x = len('abc')\ny = x * 2\n", "<file>", Py_file_input);
    CHECK(co != NULL);
    r = PyEval_EvalCode(co, g, g);
    CHECK(r == Py_None);
    Py_DECREF(r);
    CHECK(PyLong_AsLong(PyDict_GetItemString(g, "y")) == 6);
    Py_DECREF(co);

    /* Locals may be any mapping (vim's py3eval passes its own). */
    PyObject *locals = run("__import__('collections').UserDict(a=5)");
    CHECK(locals != NULL);
    co = Py_CompileString("a + 1", "<ud>", Py_eval_input);
    r = PyEval_EvalCode(co, g, locals);
    CHECK(r != NULL && PyLong_AsLong(r) == 6);
    Py_DECREF(r);
    Py_DECREF(co);
    Py_DECREF(locals);

    CHECK(Py_CompileString("1 +", "<bad>", Py_eval_input) == NULL && is_error(PyExc_SyntaxError));
    CHECK(Py_CompileString("1", "<bad>", 12345) == NULL && is_error(PyExc_ValueError));
    CHECK(Py_CompileString(NULL, "<bad>", Py_eval_input) == NULL && is_error(PyExc_SystemError));
    CHECK(PyEval_EvalCode(g, g, g) == NULL && is_error(PyExc_SystemError)); /* not a code object */
    Py_DECREF(g);
}

static void test_sequence_fast(void)
{
    PyObject *list = PyList_New(0);
    PyObject *f = PySequence_Fast(list, "unused");
    CHECK(f == list);
    Py_DECREF(f);
    Py_DECREF(list);
    PyObject *gen = run("(i * i for i in range(4))");
    f = PySequence_Fast(gen, "unused");
    CHECK(f != NULL && PyList_Check(f) && PyList_Size(f) == 4);
    CHECK(PyLong_AsLong(PyList_GetItem(f, 3)) == 9);
    Py_DECREF(f);
    Py_DECREF(gen);
    PyObject *n = PyLong_FromLong(3);
    CHECK(PySequence_Fast(n, "need a sequence here") == NULL);
    PyObject *exc = PyErr_GetRaisedException();
    CHECK(PyErr_GivenExceptionMatches(exc, PyExc_TypeError));
    PyObject *msg = PyObject_Str(exc);
    CHECK(strcmp(PyUnicode_AsUTF8(msg), "need a sequence here") == 0);
    Py_DECREF(msg);
    Py_DECREF(exc);
    Py_DECREF(n);
    CHECK(PySequence_Fast(NULL, "x") == NULL && is_error(PyExc_SystemError));
}

static void test_generic_attr(void)
{
    PyObject *ns = run("__import__('types').SimpleNamespace(a=1)");
    PyObject *name = PyUnicode_FromString("b");
    PyObject *v = PyLong_FromLong(2);
    CHECK(PyObject_GenericSetAttr(ns, name, v) == 0);
    PyObject *got = PyObject_GenericGetAttr(ns, name);
    CHECK(got == v);
    Py_DECREF(got);
    CHECK(PyObject_GenericSetAttr(ns, name, NULL) == 0); /* delete */
    CHECK(PyObject_GenericGetAttr(ns, name) == NULL && is_error(PyExc_AttributeError));
    PyObject *num = PyLong_FromLong(1);
    CHECK(PyObject_GenericGetAttr(ns, num) == NULL && is_error(PyExc_TypeError));
    Py_DECREF(num);
    Py_DECREF(v);
    Py_DECREF(name);
    Py_DECREF(ns);
}

static void test_codecs(void)
{
    PyObject *s = PyUnicode_Decode("caf\xe9 \x80", 6, "cp1252", NULL);
    CHECK(s != NULL && strcmp(PyUnicode_AsUTF8(s), "caf\xc3\xa9 \xe2\x82\xac") == 0);
    PyObject *b = PyUnicode_AsEncodedString(s, "utf-16-le", NULL);
    CHECK(b != NULL && PyBytes_Size(b) == 12);
    Py_DECREF(b);
    b = PyUnicode_AsUTF8String(s);
    CHECK(b != NULL && PyBytes_Size(b) == 9);
    Py_DECREF(b);
    CHECK(PyUnicode_AsASCIIString(s) == NULL && is_error(PyExc_UnicodeEncodeError));
    b = PyUnicode_AsEncodedString(s, "ascii", "replace");
    CHECK(b != NULL && strcmp(PyBytes_AsString(b), "caf? ?") == 0);
    Py_DECREF(b);
    CHECK(PyUnicode_AsLatin1String(s) == NULL && is_error(PyExc_UnicodeEncodeError)); /* the euro sign */
    Py_DECREF(s);
    s = PyUnicode_DecodeLatin1("\xff", 1, NULL);
    CHECK(s != NULL && strcmp(PyUnicode_AsUTF8(s), "\xc3\xbf") == 0);
    Py_DECREF(s);
    CHECK(PyUnicode_DecodeASCII("\xff", 1, NULL) == NULL && is_error(PyExc_UnicodeDecodeError));
    CHECK(PyUnicode_Decode("x", 1, "no-such-codec", NULL) == NULL && is_error(PyExc_LookupError));
    s = PyUnicode_Decode("", 0, NULL, NULL);
    CHECK(s != NULL && PyUnicode_GetLength(s) == 0);
    Py_DECREF(s);
    CHECK(PyUnicode_Decode("x", -1, NULL, NULL) == NULL && is_error(PyExc_SystemError));
    PyObject *n = PyLong_FromLong(1);
    CHECK(PyUnicode_AsUTF8String(n) == NULL && is_error(PyExc_TypeError));
    Py_DECREF(n);
}

static void test_object_malloc(void)
{
    PyType_Slot slots[] = {{Py_tp_dealloc, (void *)thing_dealloc}, {0, NULL}};
    PyType_Spec spec = {"capi_code.Thing", sizeof(Thing), 0, Py_TPFLAGS_DEFAULT, slots};
    PyObject *type = PyType_FromSpec(&spec);
    CHECK(type != NULL);
    for (int i = 0; i < 100; i++) {
        Thing *t = (Thing *)PyObject_Malloc(sizeof(Thing));
        CHECK(t != NULL);
        CHECK(PyObject_Init((PyObject *)t, (PyTypeObject *)type) == (PyObject *)t);
        Py_INCREF(type); /* an instance of a heap type holds its type */
        t->value = i;
        PyObject *r = PyObject_Repr((PyObject *)t);
        CHECK(r != NULL && strstr(PyUnicode_AsUTF8(r), "capi_code.Thing") != NULL);
        Py_DECREF(r);
        Py_DECREF((PyObject *)t); /* tp_dealloc -> tp_free -> PyObject_Free */
    }
    void *raw = PyObject_Calloc(4, 8);
    CHECK(raw != NULL && ((char *)raw)[31] == 0);
    raw = PyObject_Realloc(raw, 64);
    CHECK(raw != NULL);
    PyObject_Free(raw); /* plain memory: no instance behind it */
    PyObject_Free(NULL);
    Py_DECREF(type);
}

int main(void)
{
    Py_Initialize();
    test_code();
    test_sequence_fast();
    test_generic_attr();
    test_codecs();
    test_object_malloc();
    CHECK(!PyErr_Occurred());
    CHECK(Py_FinalizeEx() == 0);
    puts("capi_code: ok");
    return 0;
}
