/* bytes objects. */
#ifndef Py_BYTESOBJECT_H
#define Py_BYTESOBJECT_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

/* With s == NULL the contents are left for the caller to fill through PyBytes_AsString. */
PyAPI_FUNC(PyObject *) PyBytes_FromStringAndSize(const char *s, Py_ssize_t size);
PyAPI_FUNC(PyObject *) PyBytes_FromString(const char *s);
PyAPI_FUNC(Py_ssize_t) PyBytes_Size(PyObject *o);
/* NUL-terminated contents, valid while the object lives. */
PyAPI_FUNC(char *) PyBytes_AsString(PyObject *o);
PyAPI_FUNC(int) PyBytes_AsStringAndSize(PyObject *o, char **buffer, Py_ssize_t *length);
/* *bytes = *bytes + newpart (NULL on error, the old *bytes released); ...AndDel also releases newpart. */
PyAPI_FUNC(void) PyBytes_Concat(PyObject **bytes, PyObject *newpart);
PyAPI_FUNC(void) PyBytes_ConcatAndDel(PyObject **bytes, PyObject *newpart);
/* bytes(o) for buffers and iterables of ints (not str, not an int size). */
PyAPI_FUNC(PyObject *) PyBytes_FromObject(PyObject *o);
/* repr(o); smartquotes 0 always uses single quotes. */
PyAPI_FUNC(PyObject *) PyBytes_Repr(PyObject *o, int smartquotes);
/* Bytes-literal escapes decoded (codecs.escape_decode); the last two arguments are unused. */
PyAPI_FUNC(PyObject *) PyBytes_DecodeEscape(const char *s, Py_ssize_t len, const char *errors,
                                            Py_ssize_t unused, const char *unused2);
/* printf-like: %% %c %d %u (with l or z) %i %x %s (precision allowed) %p; flags and width are
 * ignored; an unknown conversion copies the rest of the format as is (CPython 3.12's rules). */
PyAPI_FUNC(PyObject *) PyBytes_FromFormat(const char *format, ...);
PyAPI_FUNC(PyObject *) PyBytes_FromFormatV(const char *format, va_list vargs);

#define PyBytes_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BYTES_SUBCLASS)
#define PyBytes_CheckExact(op) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)&PyBytes_Type)

#ifdef __cplusplus
}
#endif

#endif /* !Py_BYTESOBJECT_H */
