/* PyErr_WarnFormat and PyErr_ResourceWarning: warnings whose message is a PyUnicode_FromFormat
 * format (variadic, hence C). Both go through the warnings module, as PyErr_WarnEx does. */
#include "Python.h"

/* warnings.warn(message, category, stack_level[, source=source]); 0, or -1 with an error. */
static int warn_with_message(PyObject *category, Py_ssize_t stack_level, PyObject *source, PyObject *message)
{
    PyObject *warnings = PyImport_ImportModule("warnings");
    if (warnings == NULL)
        return -1;
    PyObject *warn = PyObject_GetAttrString(warnings, "warn");
    Py_DECREF(warnings);
    if (warn == NULL)
        return -1;
    PyObject *args = Py_BuildValue("(OOn)", message, category, stack_level);
    PyObject *kwargs = NULL;
    if (args != NULL && source != NULL)
        kwargs = Py_BuildValue("{sO}", "source", source);
    PyObject *r = (args == NULL || (source != NULL && kwargs == NULL)) ? NULL : PyObject_Call(warn, args, kwargs);
    Py_XDECREF(args);
    Py_XDECREF(kwargs);
    Py_DECREF(warn);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

static int warn_format(PyObject *category, Py_ssize_t stack_level, PyObject *source, const char *format, va_list va)
{
    if (category == NULL)
        category = PyExc_RuntimeWarning;
    PyObject *message = PyUnicode_FromFormatV(format, va);
    if (message == NULL)
        return -1;
    int rc = warn_with_message(category, stack_level, source, message);
    Py_DECREF(message);
    return rc;
}

int PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int rc = warn_format(category, stack_level, NULL, format, va);
    va_end(va);
    return rc;
}

/* source is checked but not passed on: 3.12's pure-Python warn_explicit, which this runtime's
 * _warnings uses, hands it to WarningMessage as the output file (CPython's C _warnings never runs
 * that line). It only adds tracemalloc's "Object allocated at" lines, so without tracemalloc the
 * output is CPython's. */
int PyErr_ResourceWarning(PyObject *source, Py_ssize_t stack_level, const char *format, ...)
{
    if (source == NULL) {
        PyErr_BadInternalCall();
        return -1;
    }
    va_list va;
    va_start(va, format);
    int rc = warn_format(PyExc_ResourceWarning, stack_level, NULL, format, va);
    va_end(va);
    return rc;
}
