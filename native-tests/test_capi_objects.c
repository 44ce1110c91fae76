/* The object-level C API over one interpreter: ints, strs, tuples, dicts, attributes, calls,
 * and the error indicator, including bad input (NULL, wrong types, overflow), which must give
 * CPython's documented error and never crash. */
#include <Python.h>
#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

/* Checks that an error of the given class is pending, and clears it. */
static void expect_error(PyObject *type, int line)
{
    if (!PyErr_Occurred()) { fprintf(stderr, "line %d: expected an exception\n", line); failures++; return; }
    if (!PyErr_ExceptionMatches(type)) {
        PyObject *exc = PyErr_GetRaisedException();
        PyObject *r = PyObject_Repr(exc);
        fprintf(stderr, "line %d: unexpected exception %s\n", line, r ? PyUnicode_AsUTF8(r) : "?");
        Py_XDECREF(r); Py_XDECREF(exc); failures++; return;
    }
    PyErr_Clear();
}
#define EXPECT_ERROR(type) expect_error((type), __LINE__)

static void test_longs(void)
{
    PyObject *a = PyLong_FromLong(42);
    CHECK(a && PyLong_Check(a) && PyLong_CheckExact(a));
    CHECK(PyLong_AsLong(a) == 42);
    PyObject *small1 = PyLong_FromLong(7), *small2 = PyLong_FromLong(7);
    CHECK(small1 == small2);           /* the interpreter's small-int cache */
    Py_DECREF(small1); Py_DECREF(small2);
    PyObject *big = PyLong_FromUnsignedLongLong(18446744073709551615ULL);
    CHECK(big && PyLong_AsUnsignedLongLong(big) == 18446744073709551615ULL);
    CHECK(PyLong_AsLong(big) == -1); EXPECT_ERROR(PyExc_OverflowError);
    int overflow = 0;
    CHECK(PyLong_AsLongAndOverflow(big, &overflow) == -1 && overflow == 1 && !PyErr_Occurred());
    PyObject *neg = PyLong_FromLong(-1);
    CHECK(PyLong_AsUnsignedLong(neg) == (unsigned long)-1); EXPECT_ERROR(PyExc_OverflowError);
    PyObject *s = PyUnicode_FromString("x");
    CHECK(PyLong_AsLong(s) == -1); EXPECT_ERROR(PyExc_TypeError);
    CHECK(PyLong_AsLong(NULL) == -1); EXPECT_ERROR(PyExc_SystemError);
    PyObject *t = PyBool_FromLong(5);
    CHECK(t == Py_True && PyBool_Check(t) && PyLong_Check(t));
    Py_DECREF(t);
    Py_DECREF(a); Py_DECREF(big); Py_DECREF(neg); Py_DECREF(s);
}

static void test_unicode(void)
{
    PyObject *s = PyUnicode_FromString("h\xc3\xa9llo \xf0\x9f\x98\x80");   /* héllo + U+1F600 */
    CHECK(s && PyUnicode_Check(s));
    CHECK(PyUnicode_GetLength(s) == 7);
    Py_ssize_t n = 0;
    const char *u = PyUnicode_AsUTF8AndSize(s, &n);
    CHECK(u && n == 11 && strcmp(u, "h\xc3\xa9llo \xf0\x9f\x98\x80") == 0);
    CHECK(PyUnicode_AsUTF8(s) == u);   /* the same buffer while the object lives */
    CHECK(PyUnicode_CompareWithASCIIString(s, "h") > 0);
    PyObject *bad = PyUnicode_FromStringAndSize("\xff\xfe", 2);
    CHECK(bad == NULL); EXPECT_ERROR(PyExc_UnicodeDecodeError);
    CHECK(PyUnicode_FromStringAndSize("abc", -1) == NULL); EXPECT_ERROR(PyExc_SystemError);
    PyObject *empty = PyUnicode_FromStringAndSize(NULL, 0);
    CHECK(empty && PyUnicode_GetLength(empty) == 0);
    PyObject *i1 = PyUnicode_InternFromString("name"), *i2 = PyUnicode_InternFromString("name");
    CHECK(i1 == i2);
    PyObject *r = PyObject_Repr(s);
    CHECK(r && strcmp(PyUnicode_AsUTF8(r), "'h\xc3\xa9llo \xf0\x9f\x98\x80'") == 0);
    Py_XDECREF(r); Py_DECREF(i1); Py_DECREF(i2); Py_DECREF(empty); Py_DECREF(s);
    CHECK(PyUnicode_AsUTF8(Py_None) == NULL); EXPECT_ERROR(PyExc_TypeError);
}

static void test_tuples_and_dicts(void)
{
    PyObject *t = PyTuple_New(2);
    CHECK(PyTuple_SetItem(t, 0, PyLong_FromLong(1)) == 0);
    CHECK(PyTuple_SetItem(t, 1, PyUnicode_FromString("two")) == 0);
    CHECK(PyTuple_Size(t) == 2 && PyTuple_Check(t));
    CHECK(PyLong_AsLong(PyTuple_GetItem(t, 0)) == 1);
    CHECK(PyTuple_GetItem(t, 2) == NULL); EXPECT_ERROR(PyExc_IndexError);
    CHECK(PyTuple_SetItem(t, 5, PyLong_FromLong(3)) == -1); EXPECT_ERROR(PyExc_IndexError);
    PyObject *r = PyObject_Repr(t);
    CHECK(r && strcmp(PyUnicode_AsUTF8(r), "(1, 'two')") == 0);
    Py_XDECREF(r);

    PyObject *d = PyDict_New();
    CHECK(PyDict_SetItemString(d, "a", t) == 0);
    PyObject *k = PyLong_FromLong(10), *v = PyUnicode_FromString("ten");
    CHECK(PyDict_SetItem(d, k, v) == 0);
    CHECK(PyDict_Size(d) == 2);
    CHECK(PyDict_GetItemString(d, "a") == t);
    CHECK(PyDict_GetItem(d, k) == v);
    CHECK(PyDict_Contains(d, k) == 1);
    PyObject *unhashable = PyDict_New();
    CHECK(PyDict_SetItem(d, unhashable, v) == -1); EXPECT_ERROR(PyExc_TypeError);
    CHECK(PyDict_GetItem(d, unhashable) == NULL && !PyErr_Occurred());   /* errors suppressed */
    CHECK(PyDict_GetItemWithError(d, unhashable) == NULL); EXPECT_ERROR(PyExc_TypeError);
    Py_ssize_t pos = 0; PyObject *key, *val; int count = 0;
    while (PyDict_Next(d, &pos, &key, &val)) count++;
    CHECK(count == 2);
    CHECK(PyDict_DelItem(d, k) == 0);
    CHECK(PyDict_DelItem(d, k) == -1); EXPECT_ERROR(PyExc_KeyError);
    CHECK(PyDict_SetItem(t, k, v) == -1); EXPECT_ERROR(PyExc_SystemError);   /* not a dict */
    r = PyObject_Repr(d);
    CHECK(r && strcmp(PyUnicode_AsUTF8(r), "{'a': (1, 'two')}") == 0);
    Py_XDECREF(r);
    Py_DECREF(unhashable); Py_DECREF(k); Py_DECREF(v); Py_DECREF(d); Py_DECREF(t);
}

static void test_objects_and_errors(void)
{
    PyObject *a = PyLong_FromLong(3), *b = PyLong_FromLong(4);
    CHECK(PyObject_RichCompareBool(a, b, Py_LT) == 1);
    CHECK(PyObject_RichCompareBool(a, b, Py_EQ) == 0);
    PyObject *s = PyUnicode_FromString("x");
    CHECK(PyObject_RichCompare(a, s, Py_LT) == NULL); EXPECT_ERROR(PyExc_TypeError);
    CHECK(PyObject_RichCompareBool(a, s, Py_EQ) == 0);
    CHECK(PyObject_Hash(a) == 3);
    CHECK(PyObject_IsTrue(a) == 1 && PyObject_Not(a) == 0 && PyObject_IsTrue(Py_None) == 0);
    PyObject *ty = PyObject_Type(a);
    CHECK(ty == (PyObject *)&PyLong_Type);
    PyObject *name = PyObject_GetAttrString(ty, "__name__");
    CHECK(name && strcmp(PyUnicode_AsUTF8(name), "int") == 0);
    CHECK(PyObject_GetAttrString(a, "nope") == NULL); EXPECT_ERROR(PyExc_AttributeError);
    CHECK(PyObject_HasAttrString(a, "nope") == 0 && !PyErr_Occurred());
    CHECK(PyObject_SetAttrString(a, "x", b) == -1); EXPECT_ERROR(PyExc_AttributeError);
    CHECK(PyCallable_Check(ty) == 1 && PyCallable_Check(a) == 0);
    PyObject *args = PyTuple_New(1);
    PyTuple_SetItem(args, 0, PyLong_FromLong(1));
    PyObject *exc = PyObject_Call(PyExc_ValueError, args, NULL);
    CHECK(exc && PyExceptionInstance_Check(exc));
    CHECK(PyObject_Call(a, args, NULL) == NULL); EXPECT_ERROR(PyExc_TypeError);   /* not callable */

    PyErr_SetString(PyExc_KeyError, "missing");
    CHECK(PyErr_Occurred() == PyExc_KeyError);
    CHECK(PyErr_ExceptionMatches(PyExc_LookupError));
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    CHECK(t == PyExc_KeyError && v && !PyErr_Occurred());
    PyErr_Restore(t, v, tb);
    PyObject *raised = PyErr_GetRaisedException();
    CHECK(raised && !PyErr_Occurred());
    PyObject *msg = PyObject_Str(raised);
    CHECK(msg && strcmp(PyUnicode_AsUTF8(msg), "'missing'") == 0);   /* KeyError's str is the key's repr */
    PyErr_SetRaisedException(raised);
    EXPECT_ERROR(PyExc_KeyError);
    PyErr_SetString(PyExc_TypeError, "x");
    PyErr_SetString(Py_None, "not an exception class");
    EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyErr_GivenExceptionMatches(PyExc_ZeroDivisionError, PyExc_ArithmeticError) == 1);
    Py_XDECREF(msg); Py_DECREF(exc); Py_DECREF(args); Py_DECREF(name); Py_DECREF(ty);
    Py_DECREF(a); Py_DECREF(b); Py_DECREF(s);
}

static void test_floats_lists_bytes_protocols(void)
{
    PyObject *f = PyFloat_FromDouble(2.5);
    CHECK(f && PyFloat_Check(f) && PyFloat_AsDouble(f) == 2.5);
    PyObject *i = PyLong_FromLong(3);
    CHECK(PyFloat_AsDouble(i) == 3.0);
    CHECK(PyFloat_AsDouble(Py_None) == -1.0); EXPECT_ERROR(PyExc_TypeError);
    PyObject *sum = PyNumber_Add(f, i);
    CHECK(sum && PyFloat_AsDouble(sum) == 5.5);
    PyObject *q = PyNumber_FloorDivide(i, PyLong_FromLong(0));
    CHECK(q == NULL); EXPECT_ERROR(PyExc_ZeroDivisionError);
    PyObject *c = PyComplex_FromDoubles(1.0, -2.0);
    CHECK(c && PyComplex_Check(c) && PyComplex_ImagAsDouble(c) == -2.0);

    PyObject *l = PyList_New(0);
    CHECK(l && PyList_Check(l) && !PyTuple_Check(l));
    for (int k = 0; k < 5; k++) { PyObject *v = PyLong_FromLong(k); CHECK(PyList_Append(l, v) == 0); Py_DECREF(v); }
    CHECK(PyList_Size(l) == 5 && PyObject_Length(l) == 5);
    CHECK(PyLong_AsLong(PyList_GetItem(l, 4)) == 4);
    CHECK(PyList_GetItem(l, 5) == NULL); EXPECT_ERROR(PyExc_IndexError);
    CHECK(PyList_SetItem(l, 0, PyUnicode_FromString("zero")) == 0);
    PyObject *t = PyList_AsTuple(l);
    PyObject *r = PyObject_Repr(t);
    CHECK(r && strcmp(PyUnicode_AsUTF8(r), "('zero', 1, 2, 3, 4)") == 0);
    PyObject *it = PyObject_GetIter(l), *item; int n = 0;
    while ((item = PyIter_Next(it)) != NULL) { n++; Py_DECREF(item); }
    CHECK(n == 5 && !PyErr_Occurred());
    CHECK(PyIter_Next(l) == NULL); EXPECT_ERROR(PyExc_TypeError);
    CHECK(PySequence_Check(l) == 1 && PySequence_Contains(l, i) == 1);
    PyObject *slice = PySequence_GetSlice(l, 1, 3);
    CHECK(slice && PyList_Size(slice) == 2);
    CHECK(PyObject_GetItem(i, i) == NULL); EXPECT_ERROR(PyExc_TypeError);   /* int is not subscriptable */

    PyObject *b = PyBytes_FromStringAndSize("a\0b", 3);
    CHECK(b && PyBytes_Check(b) && PyBytes_Size(b) == 3);
    char *buf; Py_ssize_t len;
    CHECK(PyBytes_AsStringAndSize(b, &buf, &len) == 0 && len == 3 && buf[1] == 0 && buf[3] == 0);
    CHECK(PyBytes_AsStringAndSize(b, &buf, NULL) == -1); EXPECT_ERROR(PyExc_ValueError);
    PyObject *filled = PyBytes_FromStringAndSize(NULL, 4);
    memcpy(PyBytes_AsString(filled), "wxyz", 4);
    PyObject *fr = PyObject_Repr(filled);
    CHECK(fr && strcmp(PyUnicode_AsUTF8(fr), "b'wxyz'") == 0);
    CHECK(PyBytes_AsString(i) == NULL); EXPECT_ERROR(PyExc_TypeError);
    PyObject *eb = Py_GetConstant(Py_CONSTANT_EMPTY_BYTES);
    CHECK(eb && PyBytes_Size(eb) == 0 && eb == Py_GetConstantBorrowed(Py_CONSTANT_EMPTY_BYTES));

    Py_XDECREF(fr); Py_DECREF(filled); Py_DECREF(eb); Py_DECREF(b); Py_DECREF(slice); Py_DECREF(it);
    Py_XDECREF(r); Py_DECREF(t); Py_DECREF(l); Py_DECREF(c); Py_DECREF(sum); Py_DECREF(i); Py_DECREF(f);
}

/* Objects of one interpreter handed to another are refused, not used. */
static void test_cross_interpreter(void)
{
    PyThreadState *main_ts = PyThreadState_Get();
    PyObject *mine = PyLong_FromLong(1000);
    PyThreadState *sub = Py_NewInterpreter();
    CHECK(PyObject_Repr(mine) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(Py_None != NULL);
    Py_EndInterpreter(sub);
    PyThreadState_Swap(main_ts);
    Py_DECREF(mine);
}

int main(void)
{
    for (int cycle = 0; cycle < 2; cycle++) {
        Py_Initialize();
        test_longs();
        test_unicode();
        test_tuples_and_dicts();
        test_objects_and_errors();
        test_floats_lists_bytes_protocols();
        test_cross_interpreter();
        CHECK(!PyErr_Occurred());
        Py_FinalizeEx();
    }
    if (failures) { fprintf(stderr, "test_capi_objects: %d failure(s)\n", failures); return 1; }
    printf("test_capi_objects: ok\n");
    return 0;
}
