/* The variadic C API (written in C, src/Isolated.CApi/capi/): PyArg_Parse*, Py_BuildValue,
 * PyUnicode_FromFormat/PyErr_Format, PyTuple_Pack and the PyObject_Call* forms. Every format
 * unit and every error path, with CPython 3.12's exact messages (checked against CPython 3.12.1
 * through ctypes), in the main interpreter and in a subinterpreter. Exits non-zero on any
 * failure; runs clean under valgrind (CTest's valgrind.capi_varargs). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

/* The pending exception must be of class `type` with str() == `msg`; it is cleared. */
static void expect_error(PyObject *type, const char *msg, int line)
{
    PyObject *exc = PyErr_GetRaisedException();
    if (exc == NULL) {
        fprintf(stderr, "line %d: expected %s, no exception set\n", line, msg);
        failures++;
        return;
    }
    PyObject *s = PyObject_Str(exc);
    const char *text = s ? PyUnicode_AsUTF8(s) : NULL;
    if (!PyErr_GivenExceptionMatches(exc, type) || text == NULL || strcmp(text, msg) != 0) {
        PyObject *r = PyObject_Repr(exc);
        fprintf(stderr, "line %d: expected '%s', got %s\n", line, msg, r ? PyUnicode_AsUTF8(r) : "?");
        Py_XDECREF(r);
        failures++;
    }
    PyErr_Clear();
    Py_XDECREF(s);
    Py_DECREF(exc);
}
#define EXPECT(type, msg) expect_error((type), (msg), __LINE__)

/* obj is a str equal to text (UTF-8); consumes obj. */
static int str_is(PyObject *obj, const char *text)
{
    if (obj == NULL) {
        PyObject *exc = PyErr_GetRaisedException();
        PyObject *r = exc ? PyObject_Repr(exc) : NULL;
        fprintf(stderr, "  (NULL result, exception %s)\n", r ? PyUnicode_AsUTF8(r) : "none");
        Py_XDECREF(r);
        Py_XDECREF(exc);
        return 0;
    }
    const char *s = PyUnicode_Check(obj) ? PyUnicode_AsUTF8(obj) : NULL;
    int ok = s != NULL && strcmp(s, text) == 0;
    if (!ok)
        fprintf(stderr, "  (got '%s', want '%s')\n", s ? s : "<not a str>", text);
    Py_DECREF(obj);
    return ok;
}

/* repr(obj) equals text; consumes obj. */
static int repr_is(PyObject *obj, const char *text)
{
    if (obj == NULL)
        return str_is(NULL, text);
    PyObject *r = PyObject_Repr(obj);
    Py_DECREF(obj);
    return str_is(r, text);
}

/* A tuple from a Py_BuildValue format (the test's own shorthand). */
#define ARGS(...) Py_BuildValue(__VA_ARGS__)

static PyObject *builtin(const char *name)
{
    return PyDict_GetItemString(PyEval_GetBuiltins(), name);   /* borrowed */
}

/* ------------------------------------------------------------------------------------------ */

static void test_parse_numbers(void)
{
    unsigned char b = 0, B = 0;
    short h = 0;
    unsigned short H = 0;
    int i = 0, p = 0;
    unsigned int I = 0;
    long l = 0;
    unsigned long k = 0;
    long long L = 0;
    unsigned long long K = 0;
    Py_ssize_t n = 0;
    float f = 0;
    double d = 0;
    Py_complex D = {0, 0};

    PyObject *a = ARGS("(iiiiiiliLKnddDi)", 255, -1, -32768, 65537, -7, -1, -5L, -1, -9LL,
                       18446744073709551615ULL, (Py_ssize_t)-3, 1.5, 2.25, &(Py_complex){1, -2}, 7);
    CHECK(a != NULL);
    CHECK(PyArg_ParseTuple(a, "bBhHiIlkLKnfdDp:nums", &b, &B, &h, &H, &i, &I, &l, &k, &L, &K, &n,
                           &f, &d, &D, &p));
    CHECK(b == 255 && B == 255 && h == -32768 && H == 1 && i == -7 && I == UINT_MAX);
    CHECK(l == -5 && k == ULONG_MAX && L == -9 && K == ULLONG_MAX && n == -3);
    CHECK(f == 1.5f && d == 2.25 && D.real == 1 && D.imag == -2 && p == 1);
    Py_DECREF(a);

    /* Wrap-around of the unsigned "mask" units beyond 64 bits. */
    PyObject *one = PyLong_FromLong(1), *seventy = PyLong_FromLong(70), *five = PyLong_FromLong(5);
    PyObject *big = PyNumber_Lshift(one, seventy);
    PyObject *plus = big ? PyNumber_Add(big, five) : NULL;
    CHECK(plus != NULL);
    if (plus) {
        a = PyTuple_Pack(2, plus, plus);
        CHECK(PyArg_ParseTuple(a, "KB", &K, &B) && K == 5 && B == 5);
        Py_DECREF(a);
    }
    Py_XDECREF(plus); Py_XDECREF(big); Py_DECREF(one); Py_DECREF(seventy); Py_DECREF(five);

    /* Overflow and type errors of the integer units. */
    a = ARGS("(i)", -1);
    CHECK(!PyArg_ParseTuple(a, "b:f", &b)); EXPECT(PyExc_OverflowError, "unsigned byte integer is less than minimum");
    Py_DECREF(a);
    a = ARGS("(i)", 256);
    CHECK(!PyArg_ParseTuple(a, "b:f", &b)); EXPECT(PyExc_OverflowError, "unsigned byte integer is greater than maximum");
    Py_DECREF(a);
    a = ARGS("(i)", 1 << 20);
    CHECK(!PyArg_ParseTuple(a, "h:f", &h)); EXPECT(PyExc_OverflowError, "signed short integer is greater than maximum");
    Py_DECREF(a);
    a = ARGS("(i)", -(1 << 20));
    CHECK(!PyArg_ParseTuple(a, "h:f", &h)); EXPECT(PyExc_OverflowError, "signed short integer is less than minimum");
    Py_DECREF(a);
    a = ARGS("(L)", 1LL << 40);
    CHECK(!PyArg_ParseTuple(a, "i:f", &i)); EXPECT(PyExc_OverflowError, "signed integer is greater than maximum");
    Py_DECREF(a);
    a = ARGS("(L)", -(1LL << 40));
    CHECK(!PyArg_ParseTuple(a, "i:f", &i)); EXPECT(PyExc_OverflowError, "signed integer is less than minimum");
    Py_DECREF(a);
    a = ARGS("(d)", 1.5);
    CHECK(!PyArg_ParseTuple(a, "i:f", &i)); EXPECT(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    CHECK(!PyArg_ParseTuple(a, "k:f", &k)); EXPECT(PyExc_TypeError, "f() argument 1 must be int, not float");
    CHECK(!PyArg_ParseTuple(a, "K:f", &K)); EXPECT(PyExc_TypeError, "f() argument 1 must be int, not float");
    Py_DECREF(a);
    a = ARGS("(s)", "x");
    CHECK(!PyArg_ParseTuple(a, "f:f", &f)); EXPECT(PyExc_TypeError, "must be real number, not str");
    Py_DECREF(a);
}

static void test_parse_strings_and_objects(void)
{
    const char *s = NULL, *z = (const char *)1, *y = NULL;
    Py_ssize_t sl = 0, yl = 0, zl = 0;
    char c = 0;
    int C = 0;
    PyObject *S = NULL, *U = NULL, *O = NULL, *O2 = NULL;

    PyObject *a = ARGS("(sOsy#yCcNU)", "h\xc3\xa9", Py_None, "ab", "x\0y", (Py_ssize_t)3, "by",
                       0xE9, 'q', PyBytes_FromString("B"), "U");
    CHECK(a != NULL);
    CHECK(PyArg_ParseTuple(a, "szs#y#yCcSU", &s, &z, &s, &sl, &y, &yl, &y, &C, &c, &S, &U));
    CHECK(z == NULL && strcmp(s, "ab") == 0 && sl == 2 && strcmp(y, "by") == 0 && C == 0xE9 && c == 'q');
    CHECK(PyBytes_Check(S) && PyUnicode_Check(U));
    CHECK(PyArg_ParseTuple(a, "s|O:f", &s, &O) == 0);   /* too many */
    EXPECT(PyExc_TypeError, "f() takes at most 2 arguments (9 given)");
    Py_DECREF(a);

    a = ARGS("(sy#)", "h\xc3\xa9", "x\0y", (Py_ssize_t)3);
    CHECK(PyArg_ParseTuple(a, "z#s#", &z, &zl, &s, &sl));
    CHECK(strcmp(z, "h\xc3\xa9") == 0 && zl == 3 && sl == 3 && memcmp(s, "x\0y", 3) == 0);
    Py_buffer v1, v2, v3;
    CHECK(PyArg_ParseTuple(a, "s*y*", &v1, &v2));
    CHECK(v1.len == 3 && memcmp(v1.buf, "h\xc3\xa9", 3) == 0 && v1.readonly && v2.len == 3);
    PyBuffer_Release(&v1);
    PyBuffer_Release(&v2);
    CHECK(v1.obj == NULL);
    Py_DECREF(a);
    a = ARGS("(O)", Py_None);
    CHECK(PyArg_ParseTuple(a, "z*", &v3) && v3.buf == NULL && v3.len == 0);
    PyBuffer_Release(&v3);
    CHECK(!PyArg_ParseTuple(a, "w*:f", &v3));
    EXPECT(PyExc_TypeError, "f() argument 1 must be read-write bytes-like object, not None");
    Py_DECREF(a);

    /* Type errors and embedded NULs. */
    a = ARGS("(i)", 1);
    CHECK(!PyArg_ParseTuple(a, "s:f", &s)); EXPECT(PyExc_TypeError, "f() argument 1 must be str, not int");
    CHECK(!PyArg_ParseTuple(a, "z:f", &s)); EXPECT(PyExc_TypeError, "f() argument 1 must be str or None, not int");
    CHECK(!PyArg_ParseTuple(a, "s#:f", &s, &sl)); EXPECT(PyExc_TypeError, "a bytes-like object is required, not 'int'");
    CHECK(!PyArg_ParseTuple(a, "y:f", &s)); EXPECT(PyExc_TypeError, "a bytes-like object is required, not 'int'");
    CHECK(!PyArg_ParseTuple(a, "S:f", &S)); EXPECT(PyExc_TypeError, "f() argument 1 must be bytes, not int");
    CHECK(!PyArg_ParseTuple(a, "U:f", &U)); EXPECT(PyExc_TypeError, "f() argument 1 must be str, not int");
    CHECK(!PyArg_ParseTuple(a, "c:f", &c)); EXPECT(PyExc_TypeError, "f() argument 1 must be a byte string of length 1, not int");
    CHECK(!PyArg_ParseTuple(a, "C:f", &C)); EXPECT(PyExc_TypeError, "f() argument 1 must be a unicode character, not int");
    CHECK(!PyArg_ParseTuple(a, "O!:f", &PyUnicode_Type, &O)); EXPECT(PyExc_TypeError, "f() argument 1 must be str, not int");
    CHECK(!PyArg_ParseTuple(a, "x:f", &O)); EXPECT(PyExc_SystemError, "f() argument 1 (impossible<bad format char>)");
    CHECK(PyArg_ParseTuple(a, "O!", &PyLong_Type, &O) && O == PyTuple_GetItem(a, 0));
    Py_DECREF(a);
    a = ARGS("(s#)", "a\0b", (Py_ssize_t)3);
    CHECK(!PyArg_ParseTuple(a, "s:f", &s)); EXPECT(PyExc_ValueError, "embedded null character");
    Py_DECREF(a);
    a = ARGS("(y#)", "a\0b", (Py_ssize_t)3);
    CHECK(!PyArg_ParseTuple(a, "y:f", &s)); EXPECT(PyExc_ValueError, "embedded null byte");
    Py_DECREF(a);
    a = ARGS("(s)", "ab");
    CHECK(!PyArg_ParseTuple(a, "C:f", &C)); EXPECT(PyExc_TypeError, "f() argument 1 must be a unicode character, not str");
    CHECK(!PyArg_ParseTuple(a, "y:f", &s)); EXPECT(PyExc_TypeError, "a bytes-like object is required, not 'str'");
    Py_DECREF(a);

    /* Nested sequences. */
    int x1 = 0, x2 = 0, x3 = 0;
    a = ARGS("(i(i[ii]))", 1, 2, 3, 4);
    CHECK(PyArg_ParseTuple(a, "i(i(ii))", &x1, &x2, &x3, &x3) == 1);
    CHECK(x1 == 1 && x2 == 2 && x3 == 4);
    Py_DECREF(a);
    a = ARGS("((is))", 1, "x");
    CHECK(!PyArg_ParseTuple(a, "(ii):f", &x1, &x2)); EXPECT(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    CHECK(!PyArg_ParseTuple(a, "(iO!):f", &x1, &PyLong_Type, &O));
    EXPECT(PyExc_TypeError, "f() argument 1, item 1 must be int, not str");
    CHECK(!PyArg_ParseTuple(a, "(iii):f", &x1, &x2, &x3)); EXPECT(PyExc_TypeError, "f() argument 1 must be sequence of length 3, not 2");
    Py_DECREF(a);
    a = ARGS("(i)", 1);
    CHECK(!PyArg_ParseTuple(a, "(ii):f", &x1, &x2)); EXPECT(PyExc_TypeError, "f() argument 1 must be 2-item sequence, not int");
    Py_DECREF(a);
    a = ARGS("(i(i(is)))", 1, 2, 3, "x");
    CHECK(!PyArg_ParseTuple(a, "i(i(iO!)):f", &x1, &x2, &x3, &PyLong_Type, &O));
    EXPECT(PyExc_TypeError, "f() argument 2, item 1, item 1 must be int, not str");
    CHECK(!PyArg_ParseTuple(a, "O!(OO);custom", &PyUnicode_Type, &O, &O, &O)); EXPECT(PyExc_TypeError, "custom");
    Py_DECREF(a);
    CHECK(Py_BuildValue("(i]", 1) == NULL); EXPECT(PyExc_SystemError, "unmatched paren in format");
    CHECK(Py_BuildValue("{s:i", "a", 1) == NULL); EXPECT(PyExc_SystemError, "unmatched paren in format");
    CHECK(repr_is(Py_BuildValue("  "), "None"));
    a = ARGS("(s)", "ab");   /* a str is a sequence of two one-character strs */
    CHECK(!PyArg_ParseTuple(a, "(ii):f", &x1, &x2)); EXPECT(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    Py_DECREF(a);
    a = ARGS("(y)", "ab");
    CHECK(!PyArg_ParseTuple(a, "(ii):f", &x1, &x2)); EXPECT(PyExc_TypeError, "f() argument 1 must be 2-item sequence, not bytes");
    Py_DECREF(a);
    (void)O2;
}

/* An 'O&' converter that allocates and supports cleanup. */
static int cleanups;
static int conv_alloc(PyObject *obj, void *addr)
{
    char **p = addr;
    if (obj == NULL) {   /* cleanup after a later failure */
        free(*p);
        *p = NULL;
        cleanups++;
        return 0;
    }
    *p = malloc(8);
    strcpy(*p, "conv");
    return Py_CLEANUP_SUPPORTED;
}

static int conv_int(PyObject *obj, void *addr)
{
    long v = PyLong_AsLong(obj);
    if (v == -1 && PyErr_Occurred())
        return 0;
    *(long *)addr = v * 10;
    return 1;
}

static void test_parse_converters_and_encodings(void)
{
    char *mem = NULL, *enc = NULL, *enc2 = NULL;
    PyObject *obj = NULL;
    long v = 0;
    int i = 0;
    PyObject *a = ARGS("(OiO)", Py_None, 4, Py_None);
    CHECK(PyArg_ParseTuple(a, "O&O&O", conv_alloc, &mem, conv_int, &v, &obj) && strcmp(mem, "conv") == 0 && v == 40 && obj == Py_None);
    free(mem);
    mem = NULL;
    /* A later failure runs the cleanup of the earlier converter. */
    CHECK(!PyArg_ParseTuple(a, "O&ii:f", conv_alloc, &mem, &i, &i) && mem == NULL && cleanups == 1);
    EXPECT(PyExc_TypeError, "'NoneType' object cannot be interpreted as an integer");
    Py_DECREF(a);

    a = ARGS("(ssy)", "h\xc3\xa9", "abc", "raw");
    char fixed[8];
    char *fp = fixed;
    Py_ssize_t flen = sizeof fixed;
    CHECK(PyArg_ParseTuple(a, "eses#et", "utf-8", &enc, NULL, &fp, &flen, "latin-1", &enc2));
    CHECK(enc && strcmp(enc, "h\xc3\xa9") == 0 && flen == 3 && strcmp(fixed, "abc") == 0 && enc2 && strcmp(enc2, "raw") == 0);
    free(enc); free(enc2);
    enc = NULL;
    Py_ssize_t elen = 0;
    CHECK(PyArg_ParseTuple(a, "es#|OO", "latin-1", &enc, &elen, &obj, &obj) && elen == 2 && memcmp(enc, "h\xe9", 3) == 0);
    free(enc);
    enc = NULL;
    fp = fixed;
    flen = 3;
    CHECK(!PyArg_ParseTuple(a, "ses#|O", &mem, NULL, &fp, &flen, &obj));
    EXPECT(PyExc_ValueError, "encoded string too long (3, maximum length 2)");
    /* The buffer allocated for argument 1 is freed when argument 2 fails. */
    CHECK(!PyArg_ParseTuple(a, "esii", NULL, &enc, &i, &i) && enc == NULL);
    EXPECT(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    Py_DECREF(a);
    /* bytearray: accepted by 'c' and (copied) by 'et'; refused by the read-only units. */
    PyObject *ba = PyObject_CallFunction(builtin("bytearray"), "y", "z");
    CHECK(ba != NULL);
    a = PyTuple_Pack(2, ba, ba);
    char ch = 0;
    CHECK(PyArg_ParseTuple(a, "cet", &ch, NULL, &enc) && ch == 'z' && enc && strcmp(enc, "z") == 0);
    free(enc);
    enc = NULL;
    const char *ro;
    Py_ssize_t rol;
    CHECK(!PyArg_ParseTuple(a, "y#O:f", &ro, &rol, &obj));
    EXPECT(PyExc_TypeError, "f() argument 1 must be read-only bytes-like object, not bytearray");
    Py_DECREF(a);
    Py_DECREF(ba);
    a = ARGS("(i)", 1);
    CHECK(!PyArg_ParseTuple(a, "es:f", NULL, &enc)); EXPECT(PyExc_TypeError, "f() argument 1 must be str, not int");
    CHECK(!PyArg_ParseTuple(a, "et:f", NULL, &enc)); EXPECT(PyExc_TypeError, "f() argument 1 must be str, bytes or bytearray, not int");
    Py_DECREF(a);
}

static void test_parse_counts(void)
{
    int x = 0, y = 0;
    PyObject *a = ARGS("(i)", 1);
    CHECK(!PyArg_ParseTuple(a, "ii", &x, &y)); EXPECT(PyExc_TypeError, "function takes exactly 2 arguments (1 given)");
    CHECK(!PyArg_ParseTuple(a, "ii|i:g", &x, &y, &y)); EXPECT(PyExc_TypeError, "g() takes at least 2 arguments (1 given)");
    CHECK(!PyArg_ParseTuple(a, ":g")); EXPECT(PyExc_TypeError, "g() takes exactly 0 arguments (1 given)");
    CHECK(!PyArg_ParseTuple(a, "ii;custom message", &x, &y)); EXPECT(PyExc_TypeError, "custom message");
    CHECK(PyArg_ParseTuple(a, "i|i", &x, &y) && x == 1);
    CHECK(!PyArg_ParseTuple(a, NULL)); EXPECT(PyExc_SystemError, "bad argument to internal function");
    CHECK(!PyArg_ParseTuple(NULL, "i", &x)); EXPECT(PyExc_SystemError, "new style getargs format but argument is not a tuple");
    Py_DECREF(a);
    a = ARGS("(iii)", 1, 2, 3);
    CHECK(!PyArg_ParseTuple(a, "ii:f", &x, &y)); EXPECT(PyExc_TypeError, "f() takes exactly 2 arguments (3 given)");
    CHECK(!PyArg_ParseTuple(a, "i|i:f", &x, &y)); EXPECT(PyExc_TypeError, "f() takes at most 2 arguments (3 given)");
    Py_DECREF(a);

    /* PyArg_Parse: one unit for the whole object. */
    PyObject *o = PyLong_FromLong(5);
    CHECK(PyArg_Parse(o, "i", &x) && x == 5);
    CHECK(!PyArg_Parse(o, "ii", &x, &y)); EXPECT(PyExc_SystemError, "old style getargs format uses new features");
    CHECK(!PyArg_Parse(o, "(ii):f", &x, &y)); EXPECT(PyExc_TypeError, "f() argument must be 2-item sequence, not int");
    Py_DECREF(o);
    o = ARGS("(i)", 1);
    CHECK(!PyArg_Parse(o, "(ii):f", &x, &y)); EXPECT(PyExc_TypeError, "f() argument must be sequence of length 2, not 1");
    Py_DECREF(o);

    /* PyArg_UnpackTuple. */
    PyObject *p1 = NULL, *p2 = NULL, *p3 = NULL;
    a = ARGS("(ii)", 1, 2);
    CHECK(PyArg_UnpackTuple(a, "f", 1, 3, &p1, &p2, &p3) && PyLong_AsLong(p2) == 2 && p3 == NULL);
    CHECK(!PyArg_UnpackTuple(a, "f", 3, 4, &p1, &p2, &p3)); EXPECT(PyExc_TypeError, "f expected at least 3 arguments, got 2");
    CHECK(!PyArg_UnpackTuple(a, "f", 1, 1, &p1)); EXPECT(PyExc_TypeError, "f expected 1 argument, got 2");
    CHECK(!PyArg_UnpackTuple(a, NULL, 0, 1, &p1)); EXPECT(PyExc_TypeError, "unpacked tuple should have at most 1 element, but has 2");
    CHECK(!PyArg_UnpackTuple(a, NULL, 3, 3, &p1)); EXPECT(PyExc_TypeError, "unpacked tuple should have 3 elements, but has 2");
    Py_DECREF(a);
}

static int kw(PyObject *args, PyObject *kwargs, const char *format, char * const *kwlist, ...)
{
    va_list va;
    va_start(va, kwlist);
    int r = PyArg_VaParseTupleAndKeywords(args, kwargs, format, kwlist, va);
    va_end(va);
    return r;
}

static void test_parse_keywords(void)
{
    static char *ab[] = {"a", "b", NULL};
    static char *a_only[] = {"a", NULL};
    static char *po[] = {"", "b", NULL};
    static char *po2[] = {"", "", "c", NULL};
    int x = -1, y = -1, z = -1;
    PyObject *one = ARGS("(i)", 1), *two = ARGS("(ii)", 1, 2), *three = ARGS("(iii)", 1, 2, 3);
    PyObject *empty = PyTuple_New(0);
    PyObject *kb = ARGS("{si}", "b", 7), *ka = ARGS("{si}", "a", 9), *kx = ARGS("{si}", "x", 1);
    PyObject *kbad = ARGS("{ss}", "b", "x"), *k3 = ARGS("{sisisi}", "a", 1, "b", 2, "c", 3);

    CHECK(PyArg_ParseTupleAndKeywords(one, kb, "i|i:f", ab, &x, &y) && x == 1 && y == 7);
    x = y = -1;
    CHECK(PyArg_ParseTupleAndKeywords(empty, ka, "i|i:f", ab, &x, &y) && x == 9 && y == -1);
    CHECK(_PyArg_ParseTupleAndKeywords_SizeT(two, NULL, "ii", ab, &x, &y) && x == 1 && y == 2);
    CHECK(kw(one, kb, "i$i:f", ab, &x, &y) && y == 7);

    CHECK(!PyArg_ParseTupleAndKeywords(one, NULL, "ii:f", ab, &x, &y)); EXPECT(PyExc_TypeError, "f() missing required argument 'b' (pos 2)");
    CHECK(!PyArg_ParseTupleAndKeywords(one, kx, "ii:f", ab, &x, &y)); EXPECT(PyExc_TypeError, "f() missing required argument 'b' (pos 2)");
    CHECK(!PyArg_ParseTupleAndKeywords(two, ka, "ii:f", ab, &x, &y)); EXPECT(PyExc_TypeError, "f() takes at most 2 arguments (3 given)");
    CHECK(!PyArg_ParseTupleAndKeywords(one, kx, "i|i:f", ab, &x, &y)); EXPECT(PyExc_TypeError, "'x' is an invalid keyword argument for f()");
    CHECK(!PyArg_ParseTupleAndKeywords(one, kx, "i|i", ab, &x, &y)); EXPECT(PyExc_TypeError, "'x' is an invalid keyword argument for this function");
    CHECK(!PyArg_ParseTupleAndKeywords(three, NULL, "i|i:f", ab, &x, &y)); EXPECT(PyExc_TypeError, "f() takes at most 2 arguments (3 given)");
    CHECK(!PyArg_ParseTupleAndKeywords(empty, k3, "i|i:f", ab, &x, &y)); EXPECT(PyExc_TypeError, "f() takes at most 2 keyword arguments (3 given)");
    CHECK(!PyArg_ParseTupleAndKeywords(two, NULL, "i|$i:f", ab, &x, &y)); EXPECT(PyExc_TypeError, "f() takes at most 1 positional argument (2 given)");
    CHECK(!PyArg_ParseTupleAndKeywords(one, NULL, "|$i:f", a_only, &x)); EXPECT(PyExc_TypeError, "f() takes no positional arguments");
    CHECK(!PyArg_ParseTupleAndKeywords(one, ka, "i|i:f", ab, &x, &y)); EXPECT(PyExc_TypeError, "argument for f() given by name ('a') and position (1)");
    CHECK(!PyArg_ParseTupleAndKeywords(one, kbad, "i|i:f", ab, &x, &y)); EXPECT(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    CHECK(!PyArg_ParseTupleAndKeywords(one, kbad, "i|O!:f", ab, &x, &PyLong_Type, &x)); EXPECT(PyExc_TypeError, "f() argument 2 must be int, not str");
    CHECK(!PyArg_ParseTupleAndKeywords(empty, NULL, "i|i;msg", ab, &x, &y)); EXPECT(PyExc_TypeError, "function missing required argument 'a' (pos 1)");
    CHECK(!PyArg_ParseTupleAndKeywords(empty, kb, "i|i:f", ab, &x, &y)); EXPECT(PyExc_TypeError, "f() missing required argument 'a' (pos 1)");

    /* Positional-only parameters (empty names). */
    CHECK(PyArg_ParseTupleAndKeywords(one, kb, "ii:f", po, &x, &y) && x == 1 && y == 7);
    CHECK(!PyArg_ParseTupleAndKeywords(empty, kb, "ii:f", po, &x, &y)); EXPECT(PyExc_TypeError, "f() takes at least 1 positional argument (0 given)");
    CHECK(!PyArg_ParseTupleAndKeywords(one, NULL, "ii|i:f", po2, &x, &y, &z)); EXPECT(PyExc_TypeError, "f() takes at least 2 positional arguments (1 given)");
    CHECK(!PyArg_ParseTupleAndKeywords(empty, kb, "i|i:f", po, &x, &y)); EXPECT(PyExc_TypeError, "f() takes at least 1 positional argument (0 given)");

    /* Format bugs. */
    CHECK(!PyArg_ParseTupleAndKeywords(one, NULL, "ii:f", a_only, &x, &y));
    EXPECT(PyExc_SystemError, "more argument specifiers than keyword list entries (remaining format:'i:f')");
    CHECK(!PyArg_ParseTupleAndKeywords(one, NULL, "i:f", ab, &x, &y));
    EXPECT(PyExc_SystemError, "More keyword list entries (2) than format specifiers (1)");
    CHECK(!PyArg_ParseTupleAndKeywords(one, NULL, NULL, ab, &x)); EXPECT(PyExc_SystemError, "bad argument to internal function");
    CHECK(!PyArg_ParseTupleAndKeywords(one, one, "i", ab, &x)); EXPECT(PyExc_SystemError, "bad argument to internal function");

    Py_DECREF(one); Py_DECREF(two); Py_DECREF(three); Py_DECREF(empty);
    Py_DECREF(kb); Py_DECREF(ka); Py_DECREF(kx); Py_DECREF(kbad); Py_DECREF(k3);
}

/* ------------------------------------------------------------------------------------------ */

static void test_build_value(void)
{
    CHECK(repr_is(Py_BuildValue(""), "None"));
    CHECK(repr_is(Py_BuildValue("i", -3), "-3"));
    CHECK(repr_is(Py_BuildValue("ii", 1, 2), "(1, 2)"));
    CHECK(repr_is(Py_BuildValue("(i)", 1), "(1,)"));
    CHECK(repr_is(Py_BuildValue("()"), "()"));
    CHECK(repr_is(Py_BuildValue("bBhHiIlkLKn", -1, 255, -2, 65535, -3, 4000000000U, -4L, 18446744073709551615UL,
                                -5LL, 18446744073709551615ULL, (Py_ssize_t)-6),
                  "(-1, 255, -2, 65535, -3, 4000000000, -4, 18446744073709551615, -5, 18446744073709551615, -6)"));
    CHECK(repr_is(Py_BuildValue("s s# z z# y y#", "h\xc3\xa9", "abc", (Py_ssize_t)2, NULL, NULL, (Py_ssize_t)0,
                                "b", "x\0y", (Py_ssize_t)3),
                  "('h\xc3\xa9', 'ab', None, None, b'b', b'x\\x00y')"));
    CHECK(repr_is(Py_BuildValue("U#", "abc", (Py_ssize_t)-1), "'abc'"));
    CHECK(repr_is(Py_BuildValue("u u#", L"w\u00e9", L"xyz", (Py_ssize_t)2), "('w\xc3\xa9', 'xy')"));
    CHECK(repr_is(Py_BuildValue("c C C", 'A', 0xE9, 0x1F600), "(b'A', '\xc3\xa9', '\xf0\x9f\x98\x80')"));
    CHECK(repr_is(Py_BuildValue("d f D", 1.5, 2.0, &(Py_complex){1.0, -2.0}), "(1.5, 2.0, (1-2j))"));
    CHECK(repr_is(Py_BuildValue("[i,(i,i),[]] {s:i, i:[s]}", 1, 2, 3, "k", 1, 2, "v"),
                  "([1, (2, 3), []], {'k': 1, 2: ['v']})"));
    CHECK(repr_is(Py_BuildValue("i)", 1), "1"));
    CHECK(repr_is(Py_BuildValue("HB", -1, -1), "(4294967295, -1)"));   /* CPython's readings */

    PyObject *o = PyUnicode_FromString("obj");
    Py_ssize_t before = Py_REFCNT(o);
    /* 'O' and 'S' take new references, 'N' steals one: once the tuple is gone, the count is
       back where it was (the count while the tuple lives is the runtime's business: a managed
       container holds its items without C references). */
    CHECK(repr_is(Py_BuildValue("(OSN)", o, o, Py_NewRef(o)), "('obj', 'obj', 'obj')"));
    CHECK(Py_REFCNT(o) == before);

    /* Errors: 'N' references are consumed even after an earlier item failed. */
    Py_INCREF(o);
    CHECK(Py_BuildValue("(O N)", NULL, o) == NULL);
    EXPECT(PyExc_SystemError, "NULL object passed to Py_BuildValue");
    CHECK(Py_REFCNT(o) == before);
    Py_INCREF(o);
    CHECK(Py_BuildValue("[s#,N]", "\xff", (Py_ssize_t)1, o) == NULL);
    CHECK(PyErr_ExceptionMatches(PyExc_UnicodeDecodeError));
    PyErr_Clear();
    CHECK(Py_REFCNT(o) == before);
    PyObject *lst = PyList_New(0);
    Py_INCREF(o);
    CHECK(Py_BuildValue("{O:i,s:N}", lst, 1, "k", o) == NULL);
    EXPECT(PyExc_TypeError, "unhashable type: 'list'");
    CHECK(Py_REFCNT(o) == before);
    Py_DECREF(lst);
    Py_INCREF(o);
    CHECK(Py_BuildValue("{i N i}", 1, o, 2) == NULL); EXPECT(PyExc_SystemError, "Bad dict format");
    CHECK(Py_REFCNT(o) == before);
    CHECK(Py_BuildValue("(i", 1) == NULL); EXPECT(PyExc_SystemError, "unmatched paren in format");
    CHECK(Py_BuildValue("x", 1) == NULL); EXPECT(PyExc_SystemError, "bad format char passed to Py_BuildValue");
    CHECK(Py_BuildValue("C", -1) == NULL); EXPECT(PyExc_ValueError, "chr() arg not in range(0x110000)");
    CHECK(Py_BuildValue(NULL) == NULL); EXPECT(PyExc_SystemError, "bad argument to internal function");
    CHECK(repr_is(_Py_BuildValue_SizeT("(s#)", "abc", (Py_ssize_t)1), "('a',)"));
    Py_DECREF(o);
}

static void test_format(void)
{
    PyObject *o = PyUnicode_FromString("h\xc3\xa9llo");
    PyObject *n = PyLong_FromLong(12345);
    CHECK(str_is(PyUnicode_FromFormat("%%|%c|%d|%i|%u|%ld|%li|%lu|%lld|%lli|%llu|%zd|%zi|%zu|%x",
                                      0xE9, -1, 2, 3U, -4L, 5L, 6UL, -7LL, 8LL, 9ULL,
                                      (Py_ssize_t)-10, (Py_ssize_t)11, (size_t)12, 255),
                 "%|\xc3\xa9|-1|2|3|-4|5|6|-7|8|9|-10|11|12|ff"));
    CHECK(str_is(PyUnicode_FromFormat("%5d|%-5d|%05d|%.3d|%lu", 3, 3, -3, 7, (unsigned long)-1),
                 "    3|3    |-0003|007|18446744073709551615"));
    CHECK(str_is(PyUnicode_FromFormat("%5s|%.1s|%.3s|%-4s|", "ab", "\xc3\xa9", "abcdef", "x"),
                 "   ab|\xef\xbf\xbd|abc|x   |"));
    CHECK(str_is(PyUnicode_FromFormat("%U|%.2U|%7.3U|", o, o, o), "h\xc3\xa9llo|h\xc3\xa9|    h\xc3\xa9l|"));
    CHECK(str_is(PyUnicode_FromFormat("%S|%R|%5.2R|%A", n, o, o, o), "12345|'h\xc3\xa9llo'|   'h|'h\\xe9llo'"));
    CHECK(str_is(PyUnicode_FromFormat("%V|%V", o, "unused", NULL, "yz"), "h\xc3\xa9llo|yz"));
    CHECK(str_is(PyUnicode_FromFormat("%ls", L"w\u00e9"), "w\xc3\xa9"));
    CHECK(str_is(PyUnicode_FromFormat("%*d|%.3x|%X|%o|%lx|%zx", 4, 1, 10, 255, 8, -1L, (Py_ssize_t)255),
                 "   1|00a|FF|10|ffffffffffffffff|ff"));
    CHECK(str_is(PyUnicode_FromFormat("%05s|%-6.2U|%5.1S|", "ab", o, n), "   ab|h\xc3\xa9    |    1|"));
    CHECK(PyUnicode_FromFormat("%5p|", (void *)0) == NULL); EXPECT(PyExc_SystemError, "invalid format string: %5p|");
    CHECK(PyUnicode_FromFormat("%+d", 1) == NULL); EXPECT(PyExc_SystemError, "invalid format string: %+d");
    CHECK(str_is(PyUnicode_FromFormat("%p", (void *)NULL), "0x(nil)"));
    CHECK(str_is(PyUnicode_FromFormat("%p", (void *)0x1234), "0x1234"));
    CHECK(str_is(PyUnicode_FromFormat("%.100s", "short"), "short"));
    /* NULL arguments: no crash (DESIGN §6). */
    CHECK(str_is(PyUnicode_FromFormat("%s|%S|%R|%U", (char *)NULL, (PyObject *)NULL, (PyObject *)NULL,
                                      (PyObject *)NULL), "(null)|<NULL>|<NULL>|<NULL>"));
    CHECK(PyUnicode_FromFormat("%q", 1) == NULL); EXPECT(PyExc_SystemError, "invalid format string: %q");
    CHECK(PyUnicode_FromFormat("abc%") == NULL); EXPECT(PyExc_SystemError, "invalid format string: %");
    CHECK(PyUnicode_FromFormat("%5c|", 65) == NULL); EXPECT(PyExc_SystemError, "invalid format string: %5c|");
    CHECK(PyUnicode_FromFormat("%c", 0x110000) == NULL); EXPECT(PyExc_OverflowError, "character argument not in range(0x110000)");

    CHECK(PyErr_Format(PyExc_ValueError, "bad %s: %R (%d)", "thing", o, 42) == NULL);
    EXPECT(PyExc_ValueError, "bad thing: 'h\xc3\xa9llo' (42)");
    PyErr_SetString(PyExc_KeyError, "pending");   /* replaced, as in CPython */
    PyErr_Format(PyExc_TypeError, "%.3s", "abcdef");
    EXPECT(PyExc_TypeError, "abc");
    Py_DECREF(o);
    Py_DECREF(n);
}

static void test_calls(void)
{
    PyObject *len = builtin("len"), *max = builtin("max"), *divmod = builtin("divmod");
    CHECK(len && max && divmod);
    CHECK(repr_is(PyObject_CallFunction(len, "s", "abc"), "3"));
    CHECK(repr_is(PyObject_CallFunction(max, "iii", 3, 9, 4), "9"));
    CHECK(repr_is(PyObject_CallFunction(divmod, "(ii)", 7, 2), "(3, 1)"));   /* a tuple is the args */
    PyObject *t = Py_BuildValue("(ii)", 9, 4);
    CHECK(repr_is(PyObject_CallFunction(divmod, "O", t), "(2, 1)"));
    CHECK(repr_is(PyObject_CallFunction(len, "(O)", t), "2"));
    CHECK(repr_is(_PyObject_CallFunction_SizeT(len, "s#", "abcdef", (Py_ssize_t)4), "4"));
    CHECK(repr_is(PyObject_CallFunctionObjArgs(divmod, PyTuple_GetItem(t, 0), PyTuple_GetItem(t, 1), NULL), "(2, 1)"));
    CHECK(repr_is(PyObject_CallFunction(builtin("tuple"), NULL), "()"));
    CHECK(repr_is(PyObject_CallFunction(builtin("tuple"), ""), "()"));

    PyObject *s = PyUnicode_FromString("a-b-c");
    CHECK(repr_is(PyObject_CallMethod(s, "upper", NULL), "'A-B-C'"));
    CHECK(repr_is(PyObject_CallMethod(s, "split", "si", "-", 1), "['a', 'b-c']"));
    CHECK(repr_is(_PyObject_CallMethod_SizeT(s, "count", "s#", "-x", (Py_ssize_t)1), "2"));
    PyObject *name = PyUnicode_FromString("replace"), *dash = PyUnicode_FromString("-"), *plus = PyUnicode_FromString("+");
    CHECK(repr_is(PyObject_CallMethodObjArgs(s, name, dash, plus, NULL), "'a+b+c'"));
    CHECK(PyObject_CallMethod(s, "nope", NULL) == NULL); EXPECT(PyExc_AttributeError, "'str' object has no attribute 'nope'");

    CHECK(repr_is(PyTuple_Pack(3, s, dash, plus), "('a-b-c', '-', '+')"));
    CHECK(repr_is(PyTuple_Pack(0), "()"));

    PyObject *one = PyLong_FromLong(1);
    CHECK(PyObject_CallFunction(one, NULL) == NULL); EXPECT(PyExc_TypeError, "'int' object is not callable");
    CHECK(PyObject_CallFunctionObjArgs(one, NULL) == NULL); EXPECT(PyExc_TypeError, "'int' object is not callable");
    CHECK(PyObject_CallFunction(NULL, "i", 1) == NULL); EXPECT(PyExc_SystemError, "null argument to internal routine");
    CHECK(PyObject_CallMethod(NULL, "x", NULL) == NULL); EXPECT(PyExc_SystemError, "null argument to internal routine");
    CHECK(PyObject_CallFunction(len, "(i", 1) == NULL); EXPECT(PyExc_SystemError, "unmatched paren in format");
    Py_DECREF(one); Py_DECREF(t); Py_DECREF(s); Py_DECREF(name); Py_DECREF(dash); Py_DECREF(plus);
}

static int vparse(PyObject *args, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = PyArg_VaParse(args, format, va);
    va_end(va);
    return r;
}

/* The plain (non-_SizeT) names, which PY_SSIZE_T_CLEAN maps away above: code compiled without
 * the macro calls these, and they behave the same ('#' is Py_ssize_t in 3.12 either way). */
#undef PyArg_Parse
#undef PyArg_ParseTuple
#undef PyArg_ParseTupleAndKeywords
#undef PyArg_VaParse
#undef Py_BuildValue
#undef PyObject_CallFunction
#undef PyObject_CallMethod
static void test_plain_names(void)
{
    static char *kwl[] = {"a", NULL};
    const char *s = NULL;
    Py_ssize_t n = 0;
    int i = 0;
    PyObject *a = Py_BuildValue("(s#)", "abc", (Py_ssize_t)2);
    CHECK(a && PyArg_ParseTuple(a, "s#", &s, &n) && n == 2 && memcmp(s, "ab", 2) == 0);
    CHECK(PyArg_ParseTupleAndKeywords(a, NULL, "s#", kwl, &s, &n) && n == 2);
    CHECK(vparse(a, "s#:v", &s, &n) && n == 2);
    CHECK(!vparse(a, "i:v", &i)); EXPECT(PyExc_TypeError, "'str' object cannot be interpreted as an integer");
    CHECK(!vparse(a, "ii:v", &i, &i)); EXPECT(PyExc_TypeError, "v() takes exactly 2 arguments (1 given)");
    PyObject *o = PyLong_FromLong(3);
    CHECK(PyArg_Parse(o, "i", &i) && i == 3);
    CHECK(_PyArg_Parse_SizeT(o, "i", &i) && i == 3);
    CHECK(repr_is(PyObject_CallFunction(builtin("len"), "O", a), "2"));   /* len("ab"): a is the args */
    CHECK(repr_is(PyObject_CallMethod(o, "__add__", "i", 4), "7"));
    CHECK(PyUnicode_FromFormat(NULL) == NULL); EXPECT(PyExc_SystemError, "bad argument to internal function");
    Py_DECREF(o);
    Py_DECREF(a);
}

static void run_all(const char *where)
{
    int before = failures;
    test_parse_numbers();
    test_parse_strings_and_objects();
    test_parse_converters_and_encodings();
    test_parse_counts();
    test_parse_keywords();
    test_build_value();
    test_format();
    test_calls();
    test_plain_names();
    CHECK(!PyErr_Occurred());
    printf("test_capi_varargs: %s interpreter: %s\n", where, failures == before ? "ok" : "FAILED");
}

int main(void)
{
    Py_Initialize();
    run_all("main");
    PyThreadState *main_ts = PyThreadState_Get();
    PyThreadState *sub = Py_NewInterpreter();
    CHECK(sub != NULL);
    if (sub) {
        cleanups = 0;
        run_all("sub");
        Py_EndInterpreter(sub);
    }
    PyThreadState_Swap(main_ts);
    Py_FinalizeEx();
    if (failures) { fprintf(stderr, "test_capi_varargs: %d failure(s)\n", failures); return 1; }
    printf("test_capi_varargs: ok\n");
    return 0;
}
