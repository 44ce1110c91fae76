/* The codec registry and error handlers, PyOS_* helpers and PyFile_* through the C API,
 * each with its bad input (NULL, wrong types, unknown names) giving CPython 3.12's exception
 * and message. */
#include "capi_expect.h"
#include <errno.h>
#include <stdarg.h>
#include <limits.h>
#include <signal.h>
#include <math.h>

static PyObject *S(const char *s) { return PyUnicode_FromString(s); }

static int format_into(char *buf, size_t size, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = PyOS_vsnprintf(buf, size, format, va);
    va_end(va);
    return r;
}

/* A search function registered from C: it knows the codec "capi-test" and returns the latin-1
 * CodecInfo for it, so lookups through the registry must find it. */
static PyObject *search(PyObject *self, PyObject *name)
{
    (void)self;
    if (PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "capi_test") == 0) {
        PyObject *codecs = PyImport_ImportModule("codecs");
        PyObject *info = codecs ? PyObject_CallMethod(codecs, "lookup", "s", "latin-1") : NULL;
        Py_XDECREF(codecs);
        return info;
    }
    Py_RETURN_NONE;
}
static PyMethodDef search_def = { "capi_search", search, METH_O, NULL };

/* An error handler from C: replaces the bad range with "<?>" and resumes after it. */
static PyObject *marker(PyObject *self, PyObject *exc)
{
    (void)self;
    Py_ssize_t end = 0;
    if (PyUnicodeEncodeError_GetEnd(exc, &end) < 0)
        return NULL;
    return Py_BuildValue("(sn)", "<?>", end);
}
static PyMethodDef marker_def = { "capi_marker", marker, METH_O, NULL };

static void test_codec_registry(void)
{
    CHECK(PyCodec_KnownEncoding("utf-8") == 1);
    CHECK(PyCodec_KnownEncoding("no-such-codec") == 0 && !PyErr_Occurred());
    PyObject *text = S("abc"), *one = PyLong_FromLong(1);
    CHECK(take_bytes(PyCodec_Encode(text, "utf-16-le", NULL), "a\0b\0c\0", 6));
    PyObject *raw = PyBytes_FromStringAndSize("a\0", 2);
    CHECK(take_str(PyCodec_Decode(raw, "utf-16-le", NULL), "a"));
    CHECK(take_str(PyCodec_Encode(text, "rot13", "strict"), "nop"));
    CHECK(PyCodec_Encode(text, "no-such-codec", NULL) == NULL); EXPECT_ERROR(PyExc_LookupError, "unknown encoding: no-such-codec");
    CHECK(PyCodec_Encode(text, NULL, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);
    CHECK(PyCodec_Encode(NULL, "utf-8", NULL) == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);

    PyObject *enc = PyCodec_Encoder("latin-1");
    PyObject *pair = enc ? PyObject_CallFunction(enc, "s", "\xc3\xa9") : NULL;
    CHECK(take_repr(pair, "(b'\\xe9', 1)"));
    Py_XDECREF(enc);
    PyObject *dec = PyCodec_Decoder("latin-1");
    pair = dec ? PyObject_CallFunction(dec, "y", "\xe9") : NULL;
    CHECK(take_repr(pair, "('\xc3\xa9', 1)"));
    Py_XDECREF(dec);
    CHECK(PyCodec_Encoder("no-such-codec") == NULL); EXPECT_ERROR(PyExc_LookupError, "unknown encoding: no-such-codec");

    PyObject *ienc = PyCodec_IncrementalEncoder("utf-8", "strict");
    CHECK(take_bytes(ienc ? PyObject_CallMethod(ienc, "encode", "s", "\xc3\xa9") : NULL, "\xc3\xa9", 2));
    Py_XDECREF(ienc);
    PyObject *idec = PyCodec_IncrementalDecoder("utf-8", NULL);
    CHECK(take_str(idec ? PyObject_CallMethod(idec, "decode", "y#", "\xc3", (Py_ssize_t)1) : NULL, ""));
    CHECK(take_str(idec ? PyObject_CallMethod(idec, "decode", "y#", "\xa9", (Py_ssize_t)1) : NULL, "\xc3\xa9"));
    Py_XDECREF(idec);

    PyObject *io = PyImport_ImportModule("io");
    PyObject *stream = io ? PyObject_CallMethod(io, "BytesIO", "y", "h\xc3\xa9") : NULL;
    PyObject *reader = stream ? PyCodec_StreamReader("utf-8", stream, "strict") : NULL;
    CHECK(take_str(reader ? PyObject_CallMethod(reader, "read", NULL) : NULL, "h\xc3\xa9"));
    Py_XDECREF(reader); Py_XDECREF(stream);
    PyObject *sink = io ? PyObject_CallMethod(io, "BytesIO", NULL) : NULL;
    PyObject *writer = sink ? PyCodec_StreamWriter("utf-16-le", sink, NULL) : NULL;
    PyObject *w = writer ? PyObject_CallMethod(writer, "write", "s", "hi") : NULL;
    Py_XDECREF(w);
    CHECK(take_bytes(sink ? PyObject_CallMethod(sink, "getvalue", NULL) : NULL, "h\0i\0", 4));
    Py_XDECREF(writer); Py_XDECREF(sink);
    CHECK(PyCodec_StreamReader("utf-8", NULL, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);

    /* A search function from C, found by lookups until it is unregistered. */
    PyObject *fn = PyCFunction_New(&search_def, NULL);
    CHECK(PyCodec_KnownEncoding("capi_test") == 0);
    CHECK(PyCodec_Register(fn) == 0);
    CHECK(take_bytes(PyCodec_Encode(text, "capi_test", NULL), "abc", 3));
    CHECK(PyCodec_KnownEncoding("capi_test") == 1);
    CHECK(PyCodec_Unregister(fn) == 0);
    CHECK(PyCodec_Register(one) == -1); EXPECT_ERROR(PyExc_TypeError, "argument must be callable");
    Py_XDECREF(fn);

    /* Error handlers: lookup, registration from C, and the builtin ones applied directly. */
    PyObject *strict = PyCodec_LookupError(NULL);
    CHECK(take_repr(strict, "<built-in function strict_errors>"));
    CHECK(PyCodec_LookupError("nope") == NULL); EXPECT_ERROR(PyExc_LookupError, "unknown error handler name 'nope'");
    PyObject *handler = PyCFunction_New(&marker_def, NULL);
    CHECK(PyCodec_RegisterError("capi_marker", handler) == 0);
    PyObject *accented = S("a\xc3\xa9" "b");
    CHECK(take_bytes(PyUnicode_AsEncodedString(accented, "ascii", "capi_marker"), "a<?>b", 5));
    CHECK(PyCodec_RegisterError("x", one) == -1); EXPECT_ERROR(PyExc_TypeError, "handler must be callable");
    Py_XDECREF(handler);

    PyObject *globals = PyDict_New();
    PyObject *r = PyRun_String("e = UnicodeEncodeError('ascii', 'a\\xe9\\u20acb', 1, 3, 'r')\n"
                               "d = UnicodeDecodeError('x', b'a\\xff', 1, 2, 'r')\n", Py_file_input, globals, globals);
    Py_XDECREF(r);
    PyObject *e = PyDict_GetItemString(globals, "e"), *d = PyDict_GetItemString(globals, "d");
    CHECK(e && d);
    if (e && d) {
        CHECK(PyCodec_StrictErrors(e) == NULL);
        EXPECT_ERROR(PyExc_UnicodeEncodeError, "'ascii' codec can't encode characters in position 1-2: r");
        CHECK(take_repr(PyCodec_IgnoreErrors(e), "('', 3)"));
        CHECK(take_repr(PyCodec_ReplaceErrors(e), "('?\?', 3)"));
        CHECK(take_repr(PyCodec_XMLCharRefReplaceErrors(e), "('&#233;&#8364;', 3)"));
        CHECK(take_repr(PyCodec_BackslashReplaceErrors(e), "('\\\\xe9\\\\u20ac', 3)"));
        CHECK(take_repr(PyCodec_NameReplaceErrors(e),
                        "('\\\\N{LATIN SMALL LETTER E WITH ACUTE}\\\\N{EURO SIGN}', 3)"));
        CHECK(take_repr(PyCodec_BackslashReplaceErrors(d), "('\\\\xff', 2)"));
        CHECK(take_repr(PyCodec_ReplaceErrors(d), "('\xef\xbf\xbd', 2)"));
        CHECK(PyCodec_XMLCharRefReplaceErrors(d) == NULL);
        EXPECT_ERROR(PyExc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    }
    CHECK(PyCodec_ReplaceErrors(one) == NULL);
    EXPECT_ERROR(PyExc_TypeError, "don't know how to handle int in error callback");
    CHECK(PyCodec_StrictErrors(one) == NULL); EXPECT_ERROR(PyExc_TypeError, "codec must pass exception instance");
    CHECK(PyCodec_IgnoreErrors(NULL) == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);
    Py_DECREF(globals); Py_DECREF(accented);
    Py_XDECREF(io); Py_DECREF(raw); Py_DECREF(text); Py_DECREF(one);
}

static void test_os_helpers(void)
{
    char buf[8];
    CHECK(PyOS_snprintf(buf, sizeof buf, "%d-%s", 42, "abcdef") == 9 && strcmp(buf, "42-abcd") == 0);
    CHECK(PyOS_snprintf(buf, sizeof buf, "%s", "ok") == 2 && strcmp(buf, "ok") == 0);
    CHECK(format_into(buf, 4, "%05d", 7) == 5 && strcmp(buf, "000") == 0);
    CHECK(format_into(buf, 0, "x") == -1);

    char *end = NULL;
    const char *s = " 0x1fz";
    CHECK(PyOS_strtoul(s, &end, 0) == 31 && end == s + 5);
    s = "017";
    CHECK(PyOS_strtoul(s, &end, 0) == 0 && end == s + 1);     /* no octal without 0o */
    s = "000";
    CHECK(PyOS_strtoul(s, &end, 0) == 0 && end == s + 3);
    s = "0b101";
    CHECK(PyOS_strtol(s, &end, 0) == 5 && end == s + 5);
    s = "0o17";
    CHECK(PyOS_strtoul(s, &end, 0) == 15);
    s = "-5";
    CHECK(PyOS_strtol(s, &end, 10) == -5 && end == s + 2);
    CHECK(PyOS_strtoul(s, &end, 10) == 0 && end == s);       /* no sign for unsigned */
    s = "zz";
    CHECK(PyOS_strtol(s, &end, 36) == 35 * 36 + 35);
    CHECK(PyOS_strtol(s, &end, 10) == 0 && end == s);
    errno = 0;
    s = "99999999999999999999";
    CHECK(PyOS_strtoul(s, &end, 10) == ULONG_MAX && errno == ERANGE && end == s + 20);
    errno = 0;
    CHECK(PyOS_strtol("-99999999999999999999", NULL, 10) == LONG_MAX && errno == ERANGE);
    CHECK(PyOS_strtol("-9223372036854775808", NULL, 10) == LONG_MIN);
    CHECK(PyOS_strtol("12", &end, 1) == 0);                   /* invalid base */

    CHECK(PyOS_mystricmp("abc", "ABC") == 0 && PyOS_mystricmp("abc", "ABD") < 0 && PyOS_mystricmp("b", "A") > 0);
    CHECK(PyOS_mystrnicmp("abc", "ABD", 2) == 0 && PyOS_mystrnicmp("abc", "ABD", 3) < 0);
    CHECK(PyOS_stricmp("x", "X") == 0);

    /* Float to text with Python's rules. */
    struct { double v; char code; int prec, flags; const char *want; } cases[] = {
        { 1.5, 'r', 0, 0, "1.5" },
        { 1.0, 'r', 0, 0, "1" },
        { 1.0, 'r', 0, Py_DTSF_ADD_DOT_0, "1.0" },
        { 1.0, 'r', 0, Py_DTSF_ALT, "1." },
        { 1.5, 'f', 3, 0, "1.500" },
        { 1.0, 'g', 6, Py_DTSF_ADD_DOT_0 | Py_DTSF_ALT, "1.00000" },
        { 1.0, 'g', 6, Py_DTSF_ADD_DOT_0, "1.0" },
        { 1e20, 'e', 2, Py_DTSF_SIGN, "+1.00e+20" },
        { 1e16, 'r', 0, Py_DTSF_ADD_DOT_0, "1e+16" },
        { 0.1, 'r', 0, 0, "0.1" },
        { -0.0, 'f', 1, Py_DTSF_NO_NEG_0, "0.0" },
        { INFINITY, 'r', 0, 0, "inf" },
        { INFINITY, 'F', 2, 0, "INF" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int type = -1;
        char *text = PyOS_double_to_string(cases[i].v, cases[i].code, cases[i].prec, cases[i].flags, &type);
        CHECK(text != NULL);
        if (text && strcmp(text, cases[i].want) != 0) {
            fprintf(stderr, "    PyOS_double_to_string case %zu: '%s', expected '%s'\n", i, text, cases[i].want);
            failures++;
        }
        CHECK(type == (isinf(cases[i].v) ? Py_DTST_INFINITE : Py_DTST_FINITE));
        PyMem_Free(text);
    }
    int type = -1;
    char *nan_text = PyOS_double_to_string(NAN, 'r', 0, 0, &type);
    CHECK(nan_text && strcmp(nan_text, "nan") == 0 && type == Py_DTST_NAN);
    PyMem_Free(nan_text);
    CHECK(PyOS_double_to_string(1.0, 'q', 0, 0, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);
    CHECK(PyOS_double_to_string(1.0, 'r', 2, 0, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);

    /* Text to float. */
    CHECK(PyOS_string_to_double("1.5", NULL, NULL) == 1.5);
    CHECK(PyOS_string_to_double("-inf", NULL, NULL) == -INFINITY);
    CHECK(isnan(PyOS_string_to_double("nan", NULL, NULL)));
    CHECK(PyOS_string_to_double("1e999", NULL, NULL) == INFINITY && !PyErr_Occurred());
    CHECK(PyOS_string_to_double("1e999", NULL, PyExc_OverflowError) == -1.0);
    EXPECT_ERROR(PyExc_OverflowError, "value too large to convert to float: '1e999'");
    CHECK(PyOS_string_to_double("1.5x", NULL, NULL) == -1.0);
    EXPECT_ERROR(PyExc_ValueError, "could not convert string to float: '1.5x'");
    CHECK(PyOS_string_to_double(" 1.5", NULL, NULL) == -1.0);
    EXPECT_ERROR(PyExc_ValueError, "could not convert string to float: ' 1.5'");
    CHECK(PyOS_string_to_double("1_0", NULL, NULL) == -1.0);
    EXPECT_ERROR(PyExc_ValueError, "could not convert string to float: '1_0'");
    s = "2.5e3xyz";
    CHECK(PyOS_string_to_double(s, &end, NULL) == 2500.0 && end == s + 5);
    s = "1e+";
    CHECK(PyOS_string_to_double(s, &end, NULL) == 1.0 && end == s + 1);
    s = "x";
    CHECK(PyOS_string_to_double(s, &end, NULL) == -1.0 && end == s);
    EXPECT_ERROR(PyExc_ValueError, "could not convert string to float: 'x'");

    /* No SIGINT arrived. */
    CHECK(PyOS_InterruptOccurred() == 0);

    /* The OS disposition round-trips through setsig/getsig. */
    PyOS_sighandler_t old = PyOS_setsig(SIGUSR2, SIG_IGN);
    CHECK(old != SIG_ERR && PyOS_getsig(SIGUSR2) == SIG_IGN);
    CHECK(PyOS_setsig(SIGUSR2, old) == SIG_IGN && PyOS_getsig(SIGUSR2) == old);
    CHECK(PyOS_getsig(-1) == SIG_ERR);

    PyObject *path = S("/a"), *one = PyLong_FromLong(1);
    PyObject *fp = PyOS_FSPath(path);
    CHECK(fp == path);
    Py_XDECREF(fp);
    CHECK(PyOS_FSPath(one) == NULL); EXPECT_ERROR(PyExc_TypeError, "expected str, bytes or os.PathLike object, not int");
    PyObject *pathlib = PyImport_ImportModule("pathlib");
    PyObject *p = pathlib ? PyObject_CallMethod(pathlib, "PurePosixPath", "s", "/x/y") : NULL;
    CHECK(take_str(p ? PyOS_FSPath(p) : NULL, "/x/y"));
    Py_XDECREF(p); Py_XDECREF(pathlib);
    Py_DECREF(path); Py_DECREF(one);
}

static void test_files(void)
{
    PyObject *io = PyImport_ImportModule("io");
    PyObject *f = io ? PyObject_CallMethod(io, "StringIO", "s", "line1\nline2") : NULL;
    CHECK(f != NULL);
    if (f) {
        CHECK(take_str(PyFile_GetLine(f, 0), "line1\n"));
        CHECK(take_str(PyFile_GetLine(f, 3), "lin"));
        CHECK(take_str(PyFile_GetLine(f, -1), "e2"));
        CHECK(PyFile_GetLine(f, -1) == NULL); EXPECT_ERROR(PyExc_EOFError, "EOF when reading a line");
        Py_DECREF(f);
    }
    PyObject *bf = io ? PyObject_CallMethod(io, "BytesIO", "y", "x\n") : NULL;
    CHECK(take_bytes(bf ? PyFile_GetLine(bf, -1) : NULL, "x", 1));
    Py_XDECREF(bf);

    PyObject *out = io ? PyObject_CallMethod(io, "StringIO", NULL) : NULL;
    PyObject *q = S("a'b");
    CHECK(PyFile_WriteObject(q, out, 0) == 0);
    CHECK(PyFile_WriteObject(q, out, Py_PRINT_RAW) == 0);
    CHECK(PyFile_WriteString("xyz", out) == 0);
    CHECK(take_str(out ? PyObject_CallMethod(out, "getvalue", NULL) : NULL, "\"a'b\"a'bxyz"));
    PyObject *one = PyLong_FromLong(1);
    CHECK(PyFile_WriteObject(q, one, 0) == -1); EXPECT_ERROR(PyExc_AttributeError, "'int' object has no attribute 'write'");
    CHECK(PyFile_WriteObject(q, NULL, 0) == -1); EXPECT_ERROR(PyExc_TypeError, "writeobject with NULL file");
    CHECK(PyFile_WriteString("x", one) == -1); EXPECT_ERROR(PyExc_AttributeError, "'int' object has no attribute 'write'");
    CHECK(PyFile_GetLine(one, 0) == NULL); EXPECT_ERROR(PyExc_AttributeError, "'int' object has no attribute 'readline'");
    PyErr_SetString(PyExc_RuntimeError, "pending");
    CHECK(PyFile_WriteString("x", out) == -1);               /* refuses while an error is set */
    EXPECT_ERROR(PyExc_RuntimeError, "pending");

    /* A file object on a descriptor (not closing it). */
    PyObject *file = PyFile_FromFd(1, "ignored", "w", -1, "utf-8", NULL, NULL, 0);
    CHECK(file != NULL);
    if (file) {
        PyObject *mode = PyObject_GetAttrString(file, "mode");
        CHECK(take_str(mode, "w"));
        PyObject *closed = PyObject_CallMethod(file, "close", NULL);
        Py_XDECREF(closed);
        Py_DECREF(file);
    }
    CHECK(PyFile_FromFd(1, NULL, "rw+x", -1, NULL, NULL, NULL, 0) == NULL);
    EXPECT_ERROR(PyExc_ValueError, "must have exactly one of create/read/write/append mode");
    Py_XDECREF(out); Py_DECREF(q); Py_DECREF(one); Py_XDECREF(io);
}

int main(void)
{
    for (int cycle = 0; cycle < 2; cycle++) {
        Py_Initialize();
        test_codec_registry();
        test_os_helpers();
        test_files();
        CHECK(!PyErr_Occurred());
        Py_FinalizeEx();
    }
    return finish("test_capi_codecs");
}
