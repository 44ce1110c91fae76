/* tuple objects. */
#ifndef Py_TUPLEOBJECT_H
#define Py_TUPLEOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) PyTuple_New(Py_ssize_t size);
PyAPI_FUNC(Py_ssize_t) PyTuple_Size(PyObject *tuple);
/* Borrowed reference. */
PyAPI_FUNC(PyObject *) PyTuple_GetItem(PyObject *tuple, Py_ssize_t index);
/* Steals a reference to item; only for tuples not yet shared. */
PyAPI_FUNC(int) PyTuple_SetItem(PyObject *tuple, Py_ssize_t index, PyObject *item);
PyAPI_FUNC(PyObject *) PyTuple_GetSlice(PyObject *tuple, Py_ssize_t low, Py_ssize_t high);

#ifdef __cplusplus
}
#endif

#endif /* !Py_TUPLEOBJECT_H */
