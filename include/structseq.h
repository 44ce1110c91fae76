/* Struct sequences: tuple subclasses with named fields (like os.stat_result). Fields past
 * n_in_sequence are readable by name only. */
#ifndef Py_STRUCTSEQ_H
#define Py_STRUCTSEQ_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct PyStructSequence_Field {
    const char *name;   /* NULL ends the list */
    const char *doc;
} PyStructSequence_Field;

typedef struct PyStructSequence_Desc {
    const char *name;   /* "module.Name" */
    const char *doc;
    PyStructSequence_Field *fields;
    int n_in_sequence;
} PyStructSequence_Desc;

PyAPI_FUNC(PyTypeObject *) PyStructSequence_NewType(PyStructSequence_Desc *desc);
/* A new instance, every field None until set. */
PyAPI_FUNC(PyObject *) PyStructSequence_New(PyTypeObject *type);
/* Steals a reference to o. */
PyAPI_FUNC(void) PyStructSequence_SetItem(PyObject *p, Py_ssize_t pos, PyObject *o);
/* Borrowed reference. */
PyAPI_FUNC(PyObject *) PyStructSequence_GetItem(PyObject *p, Py_ssize_t pos);

#ifdef __cplusplus
}
#endif

#endif /* !Py_STRUCTSEQ_H */
