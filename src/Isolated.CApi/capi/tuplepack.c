/* PyTuple_Pack: a tuple from a C argument list of n objects (new references taken). */
#include "Python.h"

PyObject *PyTuple_Pack(Py_ssize_t n, ...)
{
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    va_list va;
    va_start(va, n);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = va_arg(va, PyObject *);
        if (o == NULL) {
            /* CPython would crash here; a C caller gets an error instead (DESIGN §6). */
            va_end(va);
            Py_DECREF(t);
            PyErr_BadInternalCall();
            return NULL;
        }
        if (PyTuple_SetItem(t, i, Py_NewRef(o)) < 0) {
            va_end(va);
            Py_DECREF(t);
            return NULL;
        }
    }
    va_end(va);
    return t;
}
