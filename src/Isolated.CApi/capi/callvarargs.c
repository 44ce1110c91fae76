/* Calls whose arguments come as C argument lists: PyObject_CallFunction/CallMethod (built by a
 * Py_BuildValue format) and PyObject_CallFunctionObjArgs/CallMethodObjArgs (NULL-terminated
 * object lists). */
#include "Python.h"

/* CPython's error for a NULL object passed where one is required. */
static PyObject *null_error(void)
{
    if (!PyErr_Occurred())
        PyErr_SetString(PyExc_SystemError, "null argument to internal routine");
    return NULL;
}

/* Calls callable with the values of format. As in CPython, a format that builds one tuple
 * ("O" with a tuple, or "(...)") passes the tuple's items as the arguments; any other single
 * value is the one argument; several units are several arguments. */
static PyObject *call_with_format(PyObject *callable, const char *format, va_list va)
{
    if (callable == NULL)
        return null_error();
    if (format == NULL || *format == '\0')
        return PyObject_CallNoArgs(callable);
    PyObject *built = Py_VaBuildValue(format, va);
    if (built == NULL)
        return NULL;
    PyObject *args = built;
    if (!PyTuple_Check(built)) {
        args = PyTuple_New(1);
        if (args == NULL) {
            Py_DECREF(built);
            return NULL;
        }
        PyTuple_SetItem(args, 0, built);
    }
    PyObject *r = PyObject_Call(callable, args, NULL);
    Py_DECREF(args);
    return r;
}

PyObject *PyObject_CallFunction(PyObject *callable, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_format(callable, format, va);
    va_end(va);
    return r;
}

PyObject *_PyObject_CallFunction_SizeT(PyObject *callable, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_format(callable, format, va);
    va_end(va);
    return r;
}

static PyObject *call_method_with_format(PyObject *obj, const char *name, const char *format,
                                         va_list va)
{
    if (obj == NULL || name == NULL)
        return null_error();
    PyObject *method = PyObject_GetAttrString(obj, name);
    if (method == NULL)
        return NULL;
    PyObject *r = call_with_format(method, format, va);
    Py_DECREF(method);
    return r;
}

PyObject *PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_with_format(obj, name, format, va);
    va_end(va);
    return r;
}

PyObject *_PyObject_CallMethod_SizeT(PyObject *obj, const char *name, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_with_format(obj, name, format, va);
    va_end(va);
    return r;
}

/* A tuple of the objects up to the terminating NULL (new references). */
static PyObject *objargs_tuple(va_list va)
{
    va_list count;
    va_copy(count, va);
    Py_ssize_t n = 0;
    while (va_arg(count, PyObject *) != NULL)
        n++;
    va_end(count);
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SetItem(t, i, Py_NewRef(va_arg(va, PyObject *)));
    return t;
}

PyObject *PyObject_CallFunctionObjArgs(PyObject *callable, ...)
{
    if (callable == NULL)
        return null_error();
    va_list va;
    va_start(va, callable);
    PyObject *args = objargs_tuple(va);
    va_end(va);
    if (args == NULL)
        return NULL;
    PyObject *r = PyObject_Call(callable, args, NULL);
    Py_DECREF(args);
    return r;
}

PyObject *PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...)
{
    if (obj == NULL || name == NULL)
        return null_error();
    PyObject *method = PyObject_GetAttr(obj, name);
    if (method == NULL)
        return NULL;
    va_list va;
    va_start(va, name);
    PyObject *args = objargs_tuple(va);
    va_end(va);
    if (args == NULL) {
        Py_DECREF(method);
        return NULL;
    }
    PyObject *r = PyObject_Call(method, args, NULL);
    Py_DECREF(args);
    Py_DECREF(method);
    return r;
}

/* PyEval_CallFunction/CallMethod (deprecated in CPython): the same calls as
 * PyObject_CallFunction/CallMethod. */
PyObject *PyEval_CallFunction(PyObject *callable, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_with_format(callable, format, va);
    va_end(va);
    return r;
}

PyObject *PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = call_method_with_format(obj, name, format, va);
    va_end(va);
    return r;
}
