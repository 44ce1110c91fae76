/* bytes objects. */
#ifndef Py_BYTESOBJECT_H
#define Py_BYTESOBJECT_H

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

#define PyBytes_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BYTES_SUBCLASS)
#define PyBytes_CheckExact(op) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)&PyBytes_Type)

#ifdef __cplusplus
}
#endif

#endif /* !Py_BYTESOBJECT_H */
