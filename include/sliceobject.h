/* Slices (CPython 3.12's Limited API forms). */
#ifndef Py_SLICEOBJECT_H
#define Py_SLICEOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

/* Type numbers from 32 on name builtin types declared outside abstract.h. */
#define PyIsolated_TYPE_SLICE 32
#define PySlice_Type (*PyIsolated_GetType(PyIsolated_TYPE_SLICE))
#define PySlice_Check(op) Py_IS_TYPE((op), &PySlice_Type)

/* A new slice; NULL arguments mean None. */
PyAPI_FUNC(PyObject *) PySlice_New(PyObject *start, PyObject *stop, PyObject *step);
/* The slice's bounds as Py_ssize_t (None replaced by the defaults for the step's sign, huge
 * values clamped); -1 with an exception for a bound that is not an index or a zero step. */
PyAPI_FUNC(int) PySlice_Unpack(PyObject *slice, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t *step);
/* Clamps unpacked bounds to a sequence of length items; returns the number of items selected. */
PyAPI_FUNC(Py_ssize_t) PySlice_AdjustIndices(Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *stop,
                                             Py_ssize_t step);
PyAPI_FUNC(int) PySlice_GetIndices(PyObject *slice, Py_ssize_t length, Py_ssize_t *start,
                                   Py_ssize_t *stop, Py_ssize_t *step);
/* As in CPython's Limited API: Unpack then AdjustIndices. */
#define PySlice_GetIndicesEx(slice, length, start, stop, step, slicelen)                   \
    (PySlice_Unpack((slice), (start), (stop), (step)) < 0                                  \
         ? ((*(slicelen) = 0), -1)                                                          \
         : ((*(slicelen) = PySlice_AdjustIndices((length), (start), (stop), *(step))), 0))

#ifdef __cplusplus
}
#endif

#endif /* !Py_SLICEOBJECT_H */
