/* Capsules: a C pointer wrapped in a Python object, with an optional name (checked on every
 * access) and a destructor called when the capsule goes away (or its interpreter ends). */
#ifndef Py_CAPSULE_H
#define Py_CAPSULE_H

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*PyCapsule_Destructor)(PyObject *);

/* The current interpreter's capsule type (borrowed). */
PyAPI_FUNC(PyTypeObject *) PyIsolated_CapsuleType(void);
#define PyCapsule_Type (*PyIsolated_CapsuleType())
#define PyCapsule_CheckExact(op) Py_IS_TYPE((op), &PyCapsule_Type)

PyAPI_FUNC(PyObject *) PyCapsule_New(void *pointer, const char *name,
                                     PyCapsule_Destructor destructor);
PyAPI_FUNC(void *) PyCapsule_GetPointer(PyObject *capsule, const char *name);
PyAPI_FUNC(PyCapsule_Destructor) PyCapsule_GetDestructor(PyObject *capsule);
PyAPI_FUNC(const char *) PyCapsule_GetName(PyObject *capsule);
PyAPI_FUNC(void *) PyCapsule_GetContext(PyObject *capsule);
PyAPI_FUNC(int) PyCapsule_IsValid(PyObject *capsule, const char *name);
PyAPI_FUNC(int) PyCapsule_SetPointer(PyObject *capsule, void *pointer);
PyAPI_FUNC(int) PyCapsule_SetDestructor(PyObject *capsule, PyCapsule_Destructor destructor);
PyAPI_FUNC(int) PyCapsule_SetName(PyObject *capsule, const char *name);
PyAPI_FUNC(int) PyCapsule_SetContext(PyObject *capsule, void *context);
/* Imports the module named by the dotted prefix of name and returns the pointer of the capsule
 * found at the attribute path after it. */
PyAPI_FUNC(void *) PyCapsule_Import(const char *name, int no_block);

#ifdef __cplusplus
}
#endif

#endif /* !Py_CAPSULE_H */
