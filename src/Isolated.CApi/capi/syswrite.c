/* PySys_WriteStdout/WriteStderr (printf formats) and PySys_FormatStdout/FormatStderr
 * (PyUnicode_FromFormat formats): text to sys.stdout / sys.stderr of the current interpreter.
 * Variadic, hence C. The caller's error indicator survives, as CPython promises. */
#include "Python.h"

/* Writes text to sys.<name>, or to the process's stream when sys has none (or it is None). */
static void sys_write_text(const char *name, FILE *fallback, PyObject *text)
{
    PyObject *file = PySys_GetObject(name);
    if (file != NULL && file != Py_None) {
        PyObject *r = PyObject_CallMethod(file, "write", "O", text);
        if (r != NULL) {
            Py_DECREF(r);
            return;
        }
        PyErr_Clear();
    }
    const char *utf8 = PyUnicode_AsUTF8(text);
    if (utf8 != NULL)
        fputs(utf8, fallback);
    PyErr_Clear();
}

/* CPython writes at most 1000 bytes of printf output. */
static void sys_write(const char *name, FILE *fallback, const char *format, va_list va)
{
    char buffer[1001];
    PyObject *saved = PyErr_GetRaisedException();
    vsnprintf(buffer, sizeof buffer, format, va);
    PyObject *text = PyUnicode_FromString(buffer);
    if (text != NULL) {
        sys_write_text(name, fallback, text);
        Py_DECREF(text);
    } else {
        PyErr_Clear();
        fputs(buffer, fallback);
    }
    PyErr_SetRaisedException(saved);
}

static void sys_format(const char *name, FILE *fallback, const char *format, va_list va)
{
    PyObject *saved = PyErr_GetRaisedException();
    PyObject *text = PyUnicode_FromFormatV(format, va);
    if (text != NULL) {
        sys_write_text(name, fallback, text);
        Py_DECREF(text);
    }
    PyErr_Clear();
    PyErr_SetRaisedException(saved);
}

void PySys_WriteStdout(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_write("stdout", stdout, format, va);
    va_end(va);
}

void PySys_WriteStderr(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_write("stderr", stderr, format, va);
    va_end(va);
}

void PySys_FormatStdout(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_format("stdout", stdout, format, va);
    va_end(va);
}

void PySys_FormatStderr(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    sys_format("stderr", stderr, format, va);
    va_end(va);
}
