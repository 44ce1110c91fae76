/* Helpers shared by the C API coverage tests (test_capi_text.c, test_capi_codecs.c,
 * test_capi_buffer.c): failures are counted (every check runs), errors are checked by class
 * and message, and results are compared by value (str, bytes, repr) and then released. */
#ifndef ISOLATED_NATIVE_TESTS_CAPI_EXPECT_H
#define ISOLATED_NATIVE_TESTS_CAPI_EXPECT_H

#include <Python.h>
#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                                          \
    do {                                                                                     \
        if (!(cond)) {                                                                       \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);         \
            report_pending_error();                                                          \
            failures++;                                                                      \
        }                                                                                    \
    } while (0)

/* A failed check that left an exception shows it (and clears it, so later checks start clean). */
static void report_pending_error(void)
{
    if (!PyErr_Occurred())
        return;
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *r = exc ? PyObject_Repr(exc) : NULL;
    fprintf(stderr, "    pending exception: %s\n", r ? PyUnicode_AsUTF8(r) : "?");
    Py_XDECREF(r);
    Py_XDECREF(exc);
    PyErr_Clear();
}

/* Checks that an exception of class `type` is pending with str(exc) == message (when message
 * is not NULL), and clears it. */
static void expect_error(PyObject *type, const char *message, const char *file, int line)
{
    if (!PyErr_Occurred()) {
        fprintf(stderr, "%s:%d: expected an exception, none is set\n", file, line);
        failures++;
        return;
    }
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *text = PyObject_Str(exc);
    const char *got = text ? PyUnicode_AsUTF8(text) : NULL;
    if (!PyErr_GivenExceptionMatches(exc, type)) {
        PyObject *r = PyObject_Repr(exc);
        fprintf(stderr, "%s:%d: unexpected exception %s\n", file, line, r ? PyUnicode_AsUTF8(r) : "?");
        Py_XDECREF(r);
        failures++;
    } else if (message && (!got || strcmp(got, message) != 0)) {
        fprintf(stderr, "%s:%d: message '%s', expected '%s'\n", file, line, got ? got : "?", message);
        failures++;
    }
    Py_XDECREF(text);
    Py_XDECREF(exc);
    PyErr_Clear();
}
#define EXPECT_ERROR(type, message) expect_error((type), (message), __FILE__, __LINE__)

/* 1 when o is a str equal to the UTF-8 text; releases o (a new reference, or NULL). */
static int take_str(PyObject *o, const char *expected)
{
    int ok = o && PyUnicode_Check(o) && PyUnicode_AsUTF8(o) && strcmp(PyUnicode_AsUTF8(o), expected) == 0;
    if (o && !ok && PyUnicode_Check(o))
        fprintf(stderr, "    got str '%s', expected '%s'\n", PyUnicode_AsUTF8(o), expected);
    Py_XDECREF(o);
    return ok;
}

/* 1 when o is bytes with exactly these len bytes; releases o. */
static int take_bytes(PyObject *o, const char *expected, Py_ssize_t len)
{
    char *data = NULL;
    Py_ssize_t n = -1;
    int ok = o && PyBytes_Check(o) && PyBytes_AsStringAndSize(o, &data, &n) == 0 && n == len &&
             memcmp(data, expected, (size_t)len) == 0;
    Py_XDECREF(o);
    return ok;
}

/* 1 when repr(o) is the text; releases o. */
static int take_repr(PyObject *o, const char *expected)
{
    if (o == NULL)
        return 0;
    PyObject *r = PyObject_Repr(o);
    int ok = take_str(r, expected);
    Py_DECREF(o);
    return ok;
}

static int finish(const char *name)
{
    if (PyErr_Occurred()) {
        fprintf(stderr, "%s: an exception was left set\n", name);
        report_pending_error();
        failures++;
    }
    if (failures) {
        fprintf(stderr, "%s: %d failure(s)\n", name, failures);
        return 1;
    }
    printf("%s: ok\n", name);
    return 0;
}

#endif
