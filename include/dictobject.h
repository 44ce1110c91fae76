/* dict objects. */
#ifndef Py_DICTOBJECT_H
#define Py_DICTOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) PyDict_New(void);
PyAPI_FUNC(int) PyDict_SetItem(PyObject *dict, PyObject *key, PyObject *value);
PyAPI_FUNC(int) PyDict_SetItemString(PyObject *dict, const char *key, PyObject *value);
/* Borrowed reference or NULL, errors suppressed (as CPython). */
PyAPI_FUNC(PyObject *) PyDict_GetItem(PyObject *dict, PyObject *key);
PyAPI_FUNC(PyObject *) PyDict_GetItemString(PyObject *dict, const char *key);
/* Borrowed reference; NULL with an exception set on error, without one when absent. */
PyAPI_FUNC(PyObject *) PyDict_GetItemWithError(PyObject *dict, PyObject *key);
PyAPI_FUNC(int) PyDict_DelItem(PyObject *dict, PyObject *key);
PyAPI_FUNC(int) PyDict_DelItemString(PyObject *dict, const char *key);
PyAPI_FUNC(int) PyDict_Contains(PyObject *dict, PyObject *key);
PyAPI_FUNC(Py_ssize_t) PyDict_Size(PyObject *dict);
PyAPI_FUNC(void) PyDict_Clear(PyObject *dict);
/* Iterates in insertion order; key and value are borrowed. */
PyAPI_FUNC(int) PyDict_Next(PyObject *dict, Py_ssize_t *pos, PyObject **key, PyObject **value);

/* A new plain dict with the same items. */
PyAPI_FUNC(PyObject *) PyDict_Copy(PyObject *dict);
/* New lists. */
PyAPI_FUNC(PyObject *) PyDict_Keys(PyObject *dict);
PyAPI_FUNC(PyObject *) PyDict_Values(PyObject *dict);
PyAPI_FUNC(PyObject *) PyDict_Items(PyObject *dict);
/* The items of mapping b into a; existing keys replaced only when override is non-zero. */
PyAPI_FUNC(int) PyDict_Merge(PyObject *a, PyObject *b, int override);
PyAPI_FUNC(int) PyDict_Update(PyObject *a, PyObject *b);
/* From an iterable of key/value pairs. */
PyAPI_FUNC(int) PyDict_MergeFromSeq2(PyObject *a, PyObject *seq2, int override);
/* A read-only proxy (types.MappingProxyType) of a mapping. */
PyAPI_FUNC(PyObject *) PyDictProxy_New(PyObject *mapping);
#ifdef __cplusplus
}
#endif

#endif /* !Py_DICTOBJECT_H */
