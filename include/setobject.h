/* set and frozenset objects. Functions given an object of the wrong kind set SystemError. */
#ifndef Py_SETOBJECT_H
#define Py_SETOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

#define PyIsolated_TYPE_SET 48
#define PyIsolated_TYPE_FROZENSET 49
#define PySet_Type (*PyIsolated_GetType(PyIsolated_TYPE_SET))
#define PyFrozenSet_Type (*PyIsolated_GetType(PyIsolated_TYPE_FROZENSET))
#define PySet_Check(op) PyObject_TypeCheck((op), &PySet_Type)
#define PyFrozenSet_CheckExact(op) Py_IS_TYPE((op), &PyFrozenSet_Type)
#define PyFrozenSet_Check(op) PyObject_TypeCheck((op), &PyFrozenSet_Type)
#define PySet_CheckExact(op) Py_IS_TYPE((op), &PySet_Type)
#define PyAnySet_CheckExact(op) (Py_IS_TYPE((op), &PySet_Type) || Py_IS_TYPE((op), &PyFrozenSet_Type))
#define PyAnySet_Check(op) (PyAnySet_CheckExact(op) || PySet_Check(op) || PyFrozenSet_Check(op))

/* New sets from an iterable (NULL: empty). */
PyAPI_FUNC(PyObject *) PySet_New(PyObject *iterable);
PyAPI_FUNC(PyObject *) PyFrozenSet_New(PyObject *iterable);
PyAPI_FUNC(Py_ssize_t) PySet_Size(PyObject *anyset);
PyAPI_FUNC(int) PySet_Contains(PyObject *anyset, PyObject *key);
/* Also allowed on a frozenset its creator is still filling. */
PyAPI_FUNC(int) PySet_Add(PyObject *set, PyObject *key);
/* 1 removed, 0 absent, -1 error. */
PyAPI_FUNC(int) PySet_Discard(PyObject *set, PyObject *key);
PyAPI_FUNC(PyObject *) PySet_Pop(PyObject *set);
PyAPI_FUNC(int) PySet_Clear(PyObject *set);

#ifdef __cplusplus
}
#endif

#endif /* !Py_SETOBJECT_H */
