/* Functions written in C: PyMethodDef tables and the builtin function objects made from them.
 * Layouts and flag values are CPython 3.12's, so method tables written for CPython compile
 * unchanged. */
#ifndef Py_METHODOBJECT_H
#define Py_METHODOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

typedef PyObject *(*PyCFunction)(PyObject *self, PyObject *args);
typedef PyObject *(*PyCFunctionWithKeywords)(PyObject *self, PyObject *args, PyObject *kwargs);
typedef PyObject *(*_PyCFunctionFast)(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
typedef PyObject *(*_PyCFunctionFastWithKeywords)(PyObject *self, PyObject *const *args,
                                                  Py_ssize_t nargs, PyObject *kwnames);
typedef _PyCFunctionFast PyCFunctionFast;
typedef _PyCFunctionFastWithKeywords PyCFunctionFastWithKeywords;
typedef PyObject *(*PyCMethod)(PyObject *self, PyTypeObject *defining_class, PyObject *const *args,
                               size_t nargs, PyObject *kwnames);

struct PyMethodDef {
    const char *ml_name;   /* the name; NULL ends a table */
    PyCFunction ml_meth;   /* the function, cast to PyCFunction whatever its real signature */
    int ml_flags;          /* METH_* flags: the calling convention */
    const char *ml_doc;    /* the docstring, or NULL */
};
typedef struct PyMethodDef PyMethodDef;

/* Calling conventions. */
#define METH_VARARGS  0x0001
#define METH_KEYWORDS 0x0002
#define METH_NOARGS   0x0004
#define METH_O        0x0008
/* In a type's tp_methods: bind to the class / bind to nothing. */
#define METH_CLASS    0x0010
#define METH_STATIC   0x0020
/* Replace a slot wrapper of the same name instead of being skipped. */
#define METH_COEXIST  0x0040
#define METH_FASTCALL 0x0080
#define METH_METHOD   0x0200

/* A new builtin function bound to self (NULL for none); module (a str or NULL) becomes its
 * __module__. The PyMethodDef must outlive the function (a static table). */
PyAPI_FUNC(PyObject *) PyCFunction_New(PyMethodDef *ml, PyObject *self);
PyAPI_FUNC(PyObject *) PyCFunction_NewEx(PyMethodDef *ml, PyObject *self, PyObject *module);
PyAPI_FUNC(PyObject *) PyCMethod_New(PyMethodDef *ml, PyObject *self, PyObject *module,
                                     PyTypeObject *cls);
/* The C function, self and flags of a builtin function made from a PyMethodDef. */
PyAPI_FUNC(PyCFunction) PyCFunction_GetFunction(PyObject *op);
PyAPI_FUNC(PyObject *) PyCFunction_GetSelf(PyObject *op);
PyAPI_FUNC(int) PyCFunction_GetFlags(PyObject *op);
/* PyObject_Call for a builtin function (args a tuple, kwargs a dict or NULL). */
PyAPI_FUNC(PyObject *) PyCFunction_Call(PyObject *callable, PyObject *args, PyObject *kwargs);

#ifdef __cplusplus
}
#endif

#endif /* !Py_METHODOBJECT_H */
