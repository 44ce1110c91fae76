/* int objects. */
#ifndef Py_LONGOBJECT_H
#define Py_LONGOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) PyLong_FromLong(long v);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLong(unsigned long v);
PyAPI_FUNC(PyObject *) PyLong_FromLongLong(long long v);
PyAPI_FUNC(PyObject *) PyLong_FromUnsignedLongLong(unsigned long long v);
PyAPI_FUNC(PyObject *) PyLong_FromSsize_t(Py_ssize_t v);
PyAPI_FUNC(PyObject *) PyLong_FromSize_t(size_t v);
PyAPI_FUNC(long) PyLong_AsLong(PyObject *o);
PyAPI_FUNC(long) PyLong_AsLongAndOverflow(PyObject *o, int *overflow);
PyAPI_FUNC(long long) PyLong_AsLongLong(PyObject *o);
PyAPI_FUNC(long long) PyLong_AsLongLongAndOverflow(PyObject *o, int *overflow);
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLong(PyObject *o);
PyAPI_FUNC(unsigned long long) PyLong_AsUnsignedLongLong(PyObject *o);
PyAPI_FUNC(Py_ssize_t) PyLong_AsSsize_t(PyObject *o);
PyAPI_FUNC(size_t) PyLong_AsSize_t(PyObject *o);
PyAPI_FUNC(double) PyLong_AsDouble(PyObject *o);
/* The value modulo 2**64, without overflow check. */
PyAPI_FUNC(unsigned long) PyLong_AsUnsignedLongMask(PyObject *o);
PyAPI_FUNC(unsigned long long) PyLong_AsUnsignedLongLongMask(PyObject *o);
PyAPI_FUNC(void *) PyLong_AsVoidPtr(PyObject *o);
PyAPI_FUNC(PyObject *) PyLong_FromVoidPtr(void *p);
PyAPI_FUNC(PyObject *) PyLong_FromDouble(double v);
/* int(str, base); *pend (if not NULL) points after the text read. */
PyAPI_FUNC(PyObject *) PyLong_FromString(const char *str, char **pend, int base);
/* sys.int_info */
PyAPI_FUNC(PyObject *) PyLong_GetInfo(void);
PyAPI_FUNC(PyObject *) PyBool_FromLong(long v);

#ifdef __cplusplus
}
#endif

#endif /* !Py_LONGOBJECT_H */
