/* The error indicator and exceptions from C (issue 6): PyErr_* and PyException_*, checked by
 * their results (type, message, attributes, reference rules) and by what they print (sys.stderr
 * replaced by an io.StringIO). Bad input (NULL, wrong types) ends each section. */
#include <Python.h>
#include <errno.h>
#include <signal.h>
#include "check.h"

static PyObject *main_dict;

static PyObject *format_error(PyObject *type, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyErr_FormatV(type, format, va);
    va_end(va);
    return r;
}

static PyObject *eval(const char *expr)
{
    PyObject *r = PyRun_String(expr, Py_eval_input, main_dict, main_dict);
    if (r == NULL)
        PyErr_Print();
    CHECK_MSG(r != NULL, "eval(%s)", expr);
    return r;
}

static int eval_true(const char *expr)
{
    PyObject *r = eval(expr);
    int t = PyObject_IsTrue(r);
    Py_DECREF(r);
    return t == 1;
}

static void run(const char *code) { CHECK_MSG(PyRun_SimpleString(code) == 0, "%s", code); }

/* Takes the pending exception and checks its class and str(). */
#define take(type, message) take_at(__LINE__, (type), (message))
static PyObject *take_at(int line, PyObject *type, const char *message)
{
    PyObject *exc = PyErr_GetRaisedException();
    CHECK_MSG(exc != NULL, "line %d: no exception", line);
    CHECK_MSG(PyErr_GivenExceptionMatches(exc, type), "line %d: wrong exception class %s", line, PyUnicode_AsUTF8(PyType_GetName(Py_TYPE(exc))));
    if (message) {
        PyObject *s = PyObject_Str(exc);
        CHECK_MSG(s != NULL, "line %d: str() of the exception failed", line);
        CHECK_MSG(strcmp(PyUnicode_AsUTF8(s), message) == 0, "line %d: got '%s', want '%s'", line, PyUnicode_AsUTF8(s), message);
        Py_DECREF(s);
    }
    return exc;
}

#define expect(type, message) Py_DECREF(take_at(__LINE__, (type), (message)))

/* The text written to sys.stderr since the last call. */
static void start_capture(void) { run("import io, sys\nsys.stderr = io.StringIO()"); }
static int captured_is(const char *want)
{
    PyObject *v = eval("sys.stderr.getvalue()");
    int same = strcmp(PyUnicode_AsUTF8(v), want) == 0;
    if (!same)
        fprintf(stderr, "captured: [%s]\nwanted:   [%s]\n", PyUnicode_AsUTF8(v), want);
    Py_DECREF(v);
    run("sys.stderr = sys.__stderr__");
    return same;
}

int main(void)
{
    Py_Initialize();
    main_dict = PyModule_GetDict(PyImport_AddModule("__main__"));

    /* ---- setting and normalising ---- */
    PyErr_SetNone(PyExc_KeyError);
    PyObject *e = take(PyExc_KeyError, "");
    PyObject *args = PyException_GetArgs(e);
    CHECK(args && PyTuple_Size(args) == 0);
    Py_DECREF(args);
    Py_DECREF(e);
    PyObject *v = PyLong_FromLong(5);
    PyErr_SetObject(PyExc_ValueError, v);
    expect(PyExc_ValueError, "5");
    PyObject *pair = Py_BuildValue("(is)", 2, "two");
    PyErr_SetObject(PyExc_OSError, pair); /* a tuple is the argument list: OSError maps errno 2 */
    e = take(PyExc_FileNotFoundError, "[Errno 2] two");
    Py_DECREF(e);
    Py_DECREF(pair);
    CHECK(PyErr_BadArgument() == 0);
    expect(PyExc_TypeError, "bad argument type for built-in operation");
    PyErr_BadInternalCall();
    expect(PyExc_SystemError, "bad argument to internal function");
    CHECK(PyErr_NoMemory() == NULL);
    expect(PyExc_MemoryError, "");
    PyObject *t = PyExc_ValueError, *val = PyUnicode_FromString("raw"), *tb = NULL;
    Py_INCREF(t);
    PyErr_NormalizeException(&t, &val, &tb);
    CHECK(PyErr_GivenExceptionMatches(val, PyExc_ValueError) && PyExceptionInstance_Check(val));
    Py_DECREF(t);
    Py_DECREF(val);
    CHECK(format_error(PyExc_IndexError, "index %d of %s", 7, "things") == NULL);
    expect(PyExc_IndexError, "index 7 of things");

    /* ---- exception parts ---- */
    PyErr_SetString(PyExc_ValueError, "outer");
    PyObject *outer = PyErr_GetRaisedException();
    PyErr_SetString(PyExc_KeyError, "inner");
    PyObject *inner = PyErr_GetRaisedException();
    Py_INCREF(inner);
    PyException_SetCause(outer, inner); /* steals */
    PyObject *cause = PyException_GetCause(outer);
    CHECK(cause == inner);
    Py_DECREF(cause);
    Py_INCREF(inner);
    PyException_SetContext(outer, inner);
    PyObject *ctx = PyException_GetContext(outer);
    CHECK(ctx == inner);
    Py_DECREF(ctx);
    PyException_SetCause(outer, NULL);
    CHECK(PyException_GetCause(outer) == NULL);
    PyObject *newargs = Py_BuildValue("(si)", "changed", 3);
    PyException_SetArgs(outer, newargs);
    args = PyException_GetArgs(outer);
    CHECK(args == newargs || PyObject_RichCompareBool(args, newargs, Py_EQ) == 1);
    Py_DECREF(args);
    Py_DECREF(newargs);
    CHECK(PyException_GetTraceback(outer) == NULL);
    run("try:\n    1/0\nexcept ZeroDivisionError as ex:\n    caught = ex");
    PyObject *caught = eval("caught");
    PyObject *ctb = PyException_GetTraceback(caught);
    CHECK(ctb != NULL);
    CHECK(PyException_SetTraceback(outer, ctb) == 0);
    PyObject *otb = PyException_GetTraceback(outer);
    CHECK(otb == ctb);
    Py_DECREF(otb);
    CHECK(PyException_SetTraceback(outer, Py_None) == 0 && PyException_GetTraceback(outer) == NULL);
    CHECK(PyException_SetTraceback(outer, v) == -1);
    expect(PyExc_TypeError, "__traceback__ must be a traceback or None");
    CHECK(PyException_SetTraceback(outer, NULL) == -1);
    expect(PyExc_TypeError, "__traceback__ may not be deleted");
    CHECK(strcmp(PyExceptionClass_Name(PyExc_ValueError), "ValueError") == 0);
    PyObject *custom = PyErr_NewExceptionWithDoc("capi.CustomError", "A custom error.", NULL, NULL);
    CHECK(custom && strcmp(PyExceptionClass_Name(custom), "CustomError") == 0);
    PyObject *cdoc = PyObject_GetAttrString(custom, "__doc__");
    CHECK(cdoc && strcmp(PyUnicode_AsUTF8(cdoc), "A custom error.") == 0);
    Py_DECREF(cdoc);
    CHECK(PyExceptionClass_Name(v) == NULL);
    expect(PyExc_TypeError, NULL);
    CHECK(PyException_GetArgs(NULL) == NULL);
    expect(PyExc_SystemError, NULL);
    PyException_SetArgs(v, newargs);
    expect(PyExc_TypeError, NULL);

    /* ---- the handled exception (sys.exception()) ---- */
    CHECK(PyErr_GetHandledException() == NULL);
    Py_INCREF(outer);
    PyErr_SetHandledException(outer);
    PyObject *h = PyErr_GetHandledException();
    CHECK(h == outer);
    Py_DECREF(h);
    CHECK(eval_true("__import__('sys').exception() is not None"));
    PyObject *et, *ev, *etb;
    PyErr_GetExcInfo(&et, &ev, &etb);
    CHECK(et == (PyObject *)Py_TYPE(outer) && ev == outer && etb == NULL);
    Py_DECREF(et);
    Py_DECREF(ev);
    PyErr_SetExcInfo(NULL, NULL, NULL);
    CHECK(PyErr_GetHandledException() == NULL);
    Py_INCREF(caught);
    Py_INCREF(PyExc_ZeroDivisionError);
    PyErr_SetExcInfo(PyExc_ZeroDivisionError, caught, ctb); /* steals all three */
    CHECK(eval_true("__import__('sys').exc_info()[1] is caught"));
    PyErr_SetHandledException(Py_None);
    CHECK(PyErr_GetHandledException() == NULL);
    Py_INCREF(v);
    PyErr_SetHandledException(v); /* not an exception (and the reference is stolen) */
    expect(PyExc_TypeError, "exceptions must derive from BaseException");

    /* ---- errno and import errors ---- */
    errno = ENOENT;
    CHECK(PyErr_SetFromErrno(PyExc_OSError) == NULL);
    e = take(PyExc_FileNotFoundError, "[Errno 2] No such file or directory");
    Py_DECREF(e);
    errno = EACCES;
    PyErr_SetFromErrnoWithFilename(PyExc_OSError, "/secret");
    e = take(PyExc_PermissionError, "[Errno 13] Permission denied: '/secret'");
    Py_DECREF(e);
    PyObject *f1 = PyUnicode_FromString("a"), *f2 = PyUnicode_FromString("b");
    errno = EEXIST;
    PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, f1);
    expect(PyExc_FileExistsError, "[Errno 17] File exists: 'a'");
    errno = EXDEV;
    PyErr_SetFromErrnoWithFilenameObjects(PyExc_OSError, f1, f2);
    expect(PyExc_OSError, "[Errno 18] Invalid cross-device link: 'a' -> 'b'");
    errno = 0;
    PyErr_SetFromErrno(PyExc_OSError);
    expect(PyExc_OSError, "[Errno 0] Error");
    PyErr_SetFromErrno(NULL);
    expect(PyExc_SystemError, NULL);
    PyObject *msg = PyUnicode_FromString("no module here");
    CHECK(PyErr_SetImportError(msg, f1, f2) == NULL);
    e = take(PyExc_ImportError, "no module here");
    CHECK(PyDict_SetItemString(main_dict, "imp_err", e) == 0);
    CHECK(eval_true("imp_err.name == 'a' and imp_err.path == 'b' and imp_err.msg == 'no module here'"));
    Py_DECREF(e);
    PyErr_SetImportErrorSubclass(PyExc_ModuleNotFoundError, msg, NULL, NULL);
    e = take(PyExc_ModuleNotFoundError, "no module here");
    PyDict_SetItemString(main_dict, "imp_err", e);
    CHECK(eval_true("imp_err.name is None and imp_err.path is None"));
    Py_DECREF(e);
    PyErr_SetImportError(NULL, NULL, NULL);
    expect(PyExc_TypeError, "expected a message argument");
    PyErr_SetImportErrorSubclass(PyExc_ValueError, msg, NULL, NULL);
    expect(PyExc_TypeError, "expected a subclass of ImportError");
    Py_DECREF(msg);
    Py_DECREF(f1);
    Py_DECREF(f2);

    /* ---- syntax errors and program text ---- */
    FILE *src = fopen("capi_errors_source.py", "w");
    CHECK(src != NULL);
    fputs("a = 1\n   b = 2  \nlast", src);
    fclose(src);
    PyObject *line = PyErr_ProgramText("capi_errors_source.py", 2);
    CHECK(line && strcmp(PyUnicode_AsUTF8(line), "   b = 2  \n") == 0);
    Py_DECREF(line);
    line = PyErr_ProgramText("capi_errors_source.py", 3);
    CHECK(line && strcmp(PyUnicode_AsUTF8(line), "last") == 0);
    Py_DECREF(line);
    CHECK(PyErr_ProgramText("capi_errors_source.py", 4) == NULL && !PyErr_Occurred());
    CHECK(PyErr_ProgramText("capi_errors_source.py", 0) == NULL && !PyErr_Occurred());
    CHECK(PyErr_ProgramText("no-such-file.py", 1) == NULL && !PyErr_Occurred());
    CHECK(PyErr_ProgramText(NULL, 1) == NULL && !PyErr_Occurred());
    PyErr_SetString(PyExc_SyntaxError, "bad thing");
    PyErr_SyntaxLocationEx("capi_errors_source.py", 2, 4);
    e = take(PyExc_SyntaxError, NULL);
    PyDict_SetItemString(main_dict, "syn", e);
    CHECK(eval_true("(syn.filename, syn.lineno, syn.offset, syn.text, syn.end_lineno) == "
                    "('capi_errors_source.py', 2, 4, '   b = 2  \\n', 2)"));
    Py_DECREF(e);
    PyErr_SetString(PyExc_SyntaxError, "bad");
    PyErr_SyntaxLocation("nofile.py", 3);
    e = take(PyExc_SyntaxError, NULL);
    PyDict_SetItemString(main_dict, "syn", e);
    CHECK(eval_true("(syn.filename, syn.lineno, syn.offset, syn.text) == ('nofile.py', 3, None, None)"));
    Py_DECREF(e);
    remove("capi_errors_source.py");

    /* ---- warnings ---- */
    start_capture();
    run("import warnings\nwarnings.simplefilter('always')");
    CHECK(PyErr_WarnEx(PyExc_UserWarning, "hello warn", 1) == 0);
    CHECK(PyErr_WarnExplicit(PyExc_UserWarning, "explicit", "file.py", 7, "mymod", NULL) == 0);
    CHECK(PyErr_WarnExplicit(NULL, "explicit", "file.py", 8, NULL, NULL) == 0);
    CHECK(PyErr_WarnFormat(PyExc_DeprecationWarning, 1, "formatted %d %s", 5, "x") == 0);
    CHECK(PyErr_ResourceWarning(v, 1, "leaked %d", 3) == 0);
    CHECK(captured_is("sys:1: UserWarning: hello warn\n"
                      "file.py:7: UserWarning: explicit\n"
                      "file.py:8: RuntimeWarning: explicit\n"
                      "sys:1: DeprecationWarning: formatted 5 x\n"
                      "sys:1: ResourceWarning: leaked 3\n"));
    run("warnings.simplefilter('error')");
    CHECK(PyErr_WarnEx(PyExc_UserWarning, "as error", 1) == -1);
    expect(PyExc_UserWarning, "as error");
    CHECK(PyErr_WarnFormat(NULL, 1, "fmt %s", "err") == -1);
    expect(PyExc_RuntimeWarning, "fmt err");
    run("warnings.resetwarnings()");
    CHECK(PyErr_WarnEx(PyExc_UserWarning, NULL, 1) == -1);
    expect(PyExc_SystemError, NULL);

    /* ---- printing ---- */
    start_capture();
    PyErr_SetString(PyExc_KeyError, "k");
    e = PyErr_GetRaisedException();
    PyErr_DisplayException(e);
    PyErr_Display(NULL, e, NULL);
    CHECK(captured_is("KeyError: 'k'\nKeyError: 'k'\n"));
    start_capture();
    PyErr_SetString(PyExc_ValueError, "unraisable");
    PyErr_WriteUnraisable(e);
    CHECK(!PyErr_Occurred());
    PyErr_SetString(PyExc_ValueError, "no object");
    PyErr_WriteUnraisable(NULL);
    CHECK(captured_is("Exception ignored in: KeyError('k')\nValueError: unraisable\nValueError: no object\n"));
    start_capture();
    PyErr_SetString(PyExc_TypeError, "printed");
    PyErr_PrintEx(0);
    CHECK(!PyErr_Occurred());
    CHECK(captured_is("TypeError: printed\n"));
    run("def fails():\n    1/0\ntry:\n    fails()\nexcept ZeroDivisionError as ex:\n    deep = ex\n"
        "import io\ntb_out = io.StringIO()");
    PyObject *deep = eval("deep"), *out = eval("tb_out");
    PyObject *deep_tb = PyException_GetTraceback(deep);
    CHECK(PyTraceBack_Print(deep_tb, out) == 0);
    CHECK(eval_true("tb_out.getvalue() == 'Traceback (most recent call last):\\n"
                    "  File \"<string>\", line 4, in <module>\\n  File \"<string>\", line 2, in fails\\n'"));
    CHECK(PyTraceBack_Print(deep_tb, NULL) == -1);
    expect(PyExc_SystemError, NULL);
    CHECK(PyTraceBack_Print(v, out) == -1);
    expect(PyExc_SystemError, NULL);
    Py_DECREF(deep_tb);
    Py_DECREF(deep);
    Py_DECREF(out);
    Py_DECREF(e);

    /* ---- signals ---- */
    CHECK(PyErr_CheckSignals() == 0);
    CHECK(PyErr_SetInterruptEx(0) == -1 && PyErr_SetInterruptEx(100000) == -1);
    CHECK(PyErr_SetInterruptEx(SIGINT) == 0);
    CHECK(PyErr_CheckSignals() == -1);
    expect(PyExc_KeyboardInterrupt, "");
    PyErr_SetInterrupt();
    CHECK(PyErr_CheckSignals() == -1);
    expect(PyExc_KeyboardInterrupt, "");
    run("import signal\nhits = []\nsignal.signal(signal.SIGUSR1, lambda n, f: hits.append(n))");
    CHECK(PyErr_SetInterruptEx(SIGUSR1) == 0);
    CHECK(PyErr_CheckSignals() == 0);
    CHECK(eval_true("hits == [signal.SIGUSR1]"));
    run("signal.signal(signal.SIGUSR1, signal.SIG_IGN)");
    CHECK(PyErr_SetInterruptEx(SIGUSR1) == 0); /* ignored: nothing happens */
    CHECK(PyErr_CheckSignals() == 0 && eval_true("hits == [signal.SIGUSR1]"));

    /* ---- bad input ---- */
    PyErr_SetObject(NULL, v);
    expect(PyExc_SystemError, NULL);
    PyErr_SetNone(v); /* not an exception class */
    expect(PyExc_SystemError, NULL);
    PyErr_DisplayException(NULL);
    expect(PyExc_SystemError, NULL);
    PyErr_WriteUnraisable(NULL); /* no exception: nothing to do */
    CHECK(!PyErr_Occurred());

    Py_DECREF(outer);
    Py_DECREF(inner);
    Py_DECREF(custom);
    Py_DECREF(caught);
    Py_DECREF(v);
    CHECK(Py_FinalizeEx() == 0);
    puts("capi_errors: ok");
    return 0;
}
