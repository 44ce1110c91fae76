/* bytearray objects. */
#ifndef Py_BYTEARRAYOBJECT_H
#define Py_BYTEARRAYOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

#define PyIsolated_TYPE_BYTEARRAY 40
#define PyByteArray_Type (*PyIsolated_GetType(PyIsolated_TYPE_BYTEARRAY))
#define PyByteArray_Check(self) PyObject_TypeCheck((self), &PyByteArray_Type)
#define PyByteArray_CheckExact(self) Py_IS_TYPE((self), &PyByteArray_Type)

/* With string NULL the contents are zero bytes. */
PyAPI_FUNC(PyObject *) PyByteArray_FromStringAndSize(const char *string, Py_ssize_t len);
/* bytearray(o). */
PyAPI_FUNC(PyObject *) PyByteArray_FromObject(PyObject *o);
PyAPI_FUNC(PyObject *) PyByteArray_Concat(PyObject *a, PyObject *b);
PyAPI_FUNC(Py_ssize_t) PyByteArray_Size(PyObject *bytearray);
/* The bytearray's own storage, NUL-terminated and writable; a resize may move it. */
PyAPI_FUNC(char *) PyByteArray_AsString(PyObject *bytearray);
/* Truncates or extends with zero bytes; BufferError while a view is exported. */
PyAPI_FUNC(int) PyByteArray_Resize(PyObject *bytearray, Py_ssize_t len);

#ifdef __cplusplus
}
#endif

#endif /* !Py_BYTEARRAYOBJECT_H */
