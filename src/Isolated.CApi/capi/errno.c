/* PyErr_SetFromErrno*: OSError (or another class) from the calling thread's C errno. In C so
 * that errno is read before anything else can change it. The exception is made by calling the
 * class, as CPython does: type(errno, strerror[, filename[, None, filename2]]), so OSError picks
 * its errno subclass (FileNotFoundError, ...). EINTR first runs the pending signal handlers,
 * whose exception wins. */
#include "Python.h"
#include <errno.h>

PyObject *PyErr_SetFromErrnoWithFilenameObjects(PyObject *type, PyObject *filename, PyObject *filename2)
{
    int err = errno;
    if (err == EINTR && PyErr_CheckSignals() != 0)
        return NULL;
    if (type == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    const char *text = err == 0 ? "Error" : strerror(err);
    PyObject *exc;
    if (filename != NULL && filename2 != NULL)
        exc = PyObject_CallFunction(type, "(isOOO)", err, text, filename, Py_None, filename2);
    else if (filename != NULL)
        exc = PyObject_CallFunction(type, "(isO)", err, text, filename);
    else
        exc = PyObject_CallFunction(type, "(is)", err, text);
    if (exc != NULL) {
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_DECREF(exc);
    }
    return NULL;
}

PyObject *PyErr_SetFromErrnoWithFilenameObject(PyObject *type, PyObject *filename)
{
    return PyErr_SetFromErrnoWithFilenameObjects(type, filename, NULL);
}

PyObject *PyErr_SetFromErrno(PyObject *type)
{
    return PyErr_SetFromErrnoWithFilenameObjects(type, NULL, NULL);
}

PyObject *PyErr_SetFromErrnoWithFilename(PyObject *type, const char *filename)
{
    int err = errno;
    PyObject *name = NULL;
    if (filename != NULL) {
        name = PyUnicode_FromString(filename); /* file names are UTF-8 here */
        if (name == NULL)
            return NULL;
    }
    errno = err;
    PyErr_SetFromErrnoWithFilenameObjects(type, name, NULL);
    Py_XDECREF(name);
    return NULL;
}
