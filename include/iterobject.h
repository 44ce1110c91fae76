/* Iterators made from C: iter(seq) over __getitem__, and iter(callable, sentinel). */
#ifndef Py_ITEROBJECT_H
#define Py_ITEROBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) PySeqIter_New(PyObject *seq);
PyAPI_FUNC(PyObject *) PyCallIter_New(PyObject *callable, PyObject *sentinel);

#ifdef __cplusplus
}
#endif

#endif /* !Py_ITEROBJECT_H */
