/* The other variadic functions of the C API: formatted strings and errors, tuple packing and
 * calls with C-level argument lists (CPython 3.12 semantics). Written in C
 * (src/Isolated.CApi/capi/format.c, tuplepack.c, callvarargs.c) because C# cannot export
 * variadic functions. */
#ifndef Py_PYVARARGS_H
#define Py_PYVARARGS_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

/* printf-like str construction: %c %d %i %u %x %ld %li %lu %lld %lli %llu %zd %zi %zu %p %s
 * %U %V %S %R %A %%, with width and precision; the arguments must match exactly. */
PyAPI_FUNC(PyObject *) PyUnicode_FromFormat(const char *format, ...);
PyAPI_FUNC(PyObject *) PyUnicode_FromFormatV(const char *format, va_list va);

/* Sets exception with a message formatted as PyUnicode_FromFormat does; always returns NULL. */
PyAPI_FUNC(PyObject *) PyErr_Format(PyObject *exception, const char *format, ...);
PyAPI_FUNC(PyObject *) PyErr_FormatV(PyObject *exception, const char *format, va_list va);

/* A new tuple of n objects (new references taken to each). */
PyAPI_FUNC(PyObject *) PyTuple_Pack(Py_ssize_t n, ...);

/* Calls with arguments built by Py_BuildValue's format; a NULL or empty format calls with no
 * arguments. */
PyAPI_FUNC(PyObject *) PyObject_CallFunction(PyObject *callable, const char *format, ...);
PyAPI_FUNC(PyObject *) PyObject_CallMethod(PyObject *obj, const char *name, const char *format, ...);
PyAPI_FUNC(PyObject *) _PyObject_CallFunction_SizeT(PyObject *callable, const char *format, ...);
PyAPI_FUNC(PyObject *) _PyObject_CallMethod_SizeT(PyObject *obj, const char *name,
                                                  const char *format, ...);

/* Calls with a NULL-terminated list of PyObject * arguments. */
PyAPI_FUNC(PyObject *) PyObject_CallFunctionObjArgs(PyObject *callable, ...);
PyAPI_FUNC(PyObject *) PyObject_CallMethodObjArgs(PyObject *obj, PyObject *name, ...);

/* As CPython's abstract.h, after the declarations (both spellings stay declared). */
#ifdef PY_SSIZE_T_CLEAN
#  define PyObject_CallFunction _PyObject_CallFunction_SizeT
#  define PyObject_CallMethod _PyObject_CallMethod_SizeT
#endif

#ifdef __cplusplus
}
#endif

#endif /* !Py_PYVARARGS_H */
