/* Helpers shared by the C API coverage tests (test_capi_number.c, test_capi_containers.c,
 * test_capi_types.c): counting checks that report and carry on, error checks that compare the
 * exception's class and message with CPython's, and a tiny evaluator for Python helpers. */
#ifndef ISOLATED_NATIVE_TESTS_CAPI_TEST_H
#define ISOLATED_NATIVE_TESTS_CAPI_TEST_H

#include <Python.h>
#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

/* Checks that an exception of class `type` is pending (and, when `message` is not NULL, that
 * str(exception) is exactly `message`), then clears it. */
static void expect_error(PyObject *type, const char *message, int line)
{
    if (!PyErr_Occurred()) { fprintf(stderr, "line %d: expected an exception\n", line); failures++; return; }
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *r = PyObject_Repr(exc);
    if (!PyErr_GivenExceptionMatches(exc, type)) {
        fprintf(stderr, "line %d: unexpected exception %s\n", line, r ? PyUnicode_AsUTF8(r) : "?");
        failures++;
    } else if (message) {
        PyObject *s = PyObject_Str(exc);
        const char *text = s ? PyUnicode_AsUTF8(s) : NULL;
        if (!text || strcmp(text, message) != 0) {
            fprintf(stderr, "line %d: message '%s', expected '%s'\n", line, text ? text : "?", message);
            failures++;
        }
        Py_XDECREF(s);
    }
    Py_XDECREF(r);
    Py_XDECREF(exc);
    PyErr_Clear();
}
#define EXPECT_ERROR(type) expect_error((type), NULL, __LINE__)
#define EXPECT_ERROR_MSG(type, message) expect_error((type), (message), __LINE__)
#define EXPECT_NO_ERROR() do { if (PyErr_Occurred()) { fprintf(stderr, "line %d: unexpected exception\n", __LINE__); PyErr_Print(); failures++; } } while (0)

/* The namespace the tests' Python helpers live in (one per interpreter cycle). */
static PyObject *test_globals;

static void begin_python(void)
{
    test_globals = PyDict_New();
    PyDict_SetItemString(test_globals, "__builtins__", PyEval_GetBuiltins());
}

static void end_python(void)
{
    Py_CLEAR(test_globals);
}

/* Runs statements in the test namespace; a failure is a test failure. */
static void exec_py(const char *code, int line)
{
    PyObject *r = PyRun_String(code, Py_file_input, test_globals, test_globals);
    if (!r) { fprintf(stderr, "line %d: Python code failed\n", line); PyErr_Print(); failures++; return; }
    Py_DECREF(r);
}
#define EXEC(code) exec_py((code), __LINE__)

/* A new reference to the value of a Python expression in the test namespace. */
static PyObject *eval_py(const char *expr, int line)
{
    PyObject *r = PyRun_String(expr, Py_eval_input, test_globals, test_globals);
    if (!r) { fprintf(stderr, "line %d: eval(%s) failed\n", line, expr); PyErr_Print(); failures++; }
    return r;
}
#define EVAL(expr) eval_py((expr), __LINE__)

/* 1 when repr(o) is exactly `expected` (the value check most tests use). */
static int repr_is(PyObject *o, const char *expected)
{
    if (!o) return 0;
    PyObject *r = PyObject_Repr(o);
    if (!r) { PyErr_Print(); return 0; }
    int same = strcmp(PyUnicode_AsUTF8(r), expected) == 0;
    if (!same) fprintf(stderr, "  repr is %s, expected %s\n", PyUnicode_AsUTF8(r), expected);
    Py_DECREF(r);
    return same;
}

/* Checks repr(o) and releases o (a new reference the call under test returned). */
#define CHECK_REPR(o, expected) do { PyObject *_o = (o); CHECK(repr_is(_o, (expected))); Py_XDECREF(_o); } while (0)

static int report(const char *name)
{
    if (failures) { fprintf(stderr, "%s: %d failure(s)\n", name, failures); return 1; }
    printf("%s: ok\n", name);
    return 0;
}

#endif
