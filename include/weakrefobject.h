/* Weak references: weakref.ref and weakref.proxy. */
#ifndef Py_WEAKREFOBJECT_H
#define Py_WEAKREFOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

/* callback: NULL or None for none, else called with the reference when the referent dies. */
PyAPI_FUNC(PyObject *) PyWeakref_NewRef(PyObject *ob, PyObject *callback);
PyAPI_FUNC(PyObject *) PyWeakref_NewProxy(PyObject *ob, PyObject *callback);
/* The referent (borrowed), or None once it has died. */
PyAPI_FUNC(PyObject *) PyWeakref_GetObject(PyObject *ref);

#ifdef __cplusplus
}
#endif

#endif /* !Py_WEAKREFOBJECT_H */
