/* Types made by C code: PyType_FromSpec and friends (heap types), type flags, slots, and the
 * instance allocation functions. PyTypeObject itself is opaque, as under CPython's Limited API:
 * C code reaches a type's functions through PyType_GetSlot.
 *
 * Instances of a type made from a spec have the C layout the spec asks for (basicsize and
 * itemsize, PyObject_HEAD first): their memory is native, allocated by tp_alloc, and the runtime
 * keeps a managed proxy for each. tp_dealloc runs when no C reference (ob_refcnt 0) and no Python
 * reference remain. */
#ifndef Py_TYPEOBJECT_H
#define Py_TYPEOBJECT_H

#include "typeslots.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*destructor)(PyObject *);
typedef PyObject *(*newfunc)(PyTypeObject *, PyObject *, PyObject *);
typedef PyObject *(*allocfunc)(PyTypeObject *, Py_ssize_t);
typedef int (*initproc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*unaryfunc)(PyObject *);
typedef PyObject *(*binaryfunc)(PyObject *, PyObject *);
typedef PyObject *(*ternaryfunc)(PyObject *, PyObject *, PyObject *);
typedef Py_ssize_t (*lenfunc)(PyObject *);
typedef PyObject *(*ssizeargfunc)(PyObject *, Py_ssize_t);
typedef int (*ssizeobjargproc)(PyObject *, Py_ssize_t, PyObject *);
typedef int (*objobjargproc)(PyObject *, PyObject *, PyObject *);
typedef int (*objobjproc)(PyObject *, PyObject *);
typedef Py_hash_t (*hashfunc)(PyObject *);
typedef PyObject *(*richcmpfunc)(PyObject *, PyObject *, int);
typedef PyObject *(*getiterfunc)(PyObject *);
typedef PyObject *(*iternextfunc)(PyObject *);
typedef PyObject *(*descrgetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*descrsetfunc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*getattrofunc)(PyObject *, PyObject *);
typedef int (*setattrofunc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*reprfunc)(PyObject *);

/* Rich comparison operations. */
#define Py_LT 0
#define Py_LE 1
#define Py_EQ 2
#define Py_NE 3
#define Py_GT 4
#define Py_GE 5

/* Returns the result of comparing val1 and val2 (C values of one type) with op, as a bool. */
#define Py_RETURN_RICHCOMPARE(val1, val2, op)                              \
    do {                                                                   \
        int _py_rc_result;                                                 \
        switch (op) {                                                      \
        case Py_LT: _py_rc_result = (val1) < (val2); break;                \
        case Py_LE: _py_rc_result = (val1) <= (val2); break;               \
        case Py_EQ: _py_rc_result = (val1) == (val2); break;               \
        case Py_NE: _py_rc_result = (val1) != (val2); break;               \
        case Py_GT: _py_rc_result = (val1) > (val2); break;                \
        case Py_GE: _py_rc_result = (val1) >= (val2); break;               \
        default: Py_UNREACHABLE();                                         \
        }                                                                  \
        if (_py_rc_result) Py_RETURN_TRUE;                                 \
        Py_RETURN_FALSE;                                                   \
    } while (0)

typedef struct {
    int slot;      /* Py_tp_*, Py_nb_*, Py_sq_*, Py_mp_* (typeslots.h) */
    void *pfunc;   /* the function (or value: Py_tp_doc, Py_tp_methods, ...) */
} PyType_Slot;

typedef struct {
    const char *name;        /* "module.Name" */
    int basicsize;           /* 0: the base's */
    int itemsize;
    unsigned int flags;      /* Py_TPFLAGS_* */
    PyType_Slot *slots;      /* ends with {0, NULL} */
} PyType_Spec;

#define Py_TPFLAGS_SEQUENCE (1UL << 5)
#define Py_TPFLAGS_MAPPING (1UL << 6)
#define Py_TPFLAGS_DISALLOW_INSTANTIATION (1UL << 7)
#define Py_TPFLAGS_IMMUTABLETYPE (1UL << 8)
#define Py_TPFLAGS_HEAPTYPE (1UL << 9)
#define Py_TPFLAGS_BASETYPE (1UL << 10)
#define Py_TPFLAGS_HAVE_VECTORCALL (1UL << 11)
#define Py_TPFLAGS_READY (1UL << 12)
#define Py_TPFLAGS_READYING (1UL << 13)
#define Py_TPFLAGS_HAVE_GC (1UL << 14)
#define Py_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
#define Py_TPFLAGS_HAVE_VERSION_TAG (1UL << 18)
#define Py_TPFLAGS_VALID_VERSION_TAG (1UL << 19)
#define Py_TPFLAGS_IS_ABSTRACT (1UL << 20)
#define Py_TPFLAGS_ITEMS_AT_END (1UL << 23)
#define Py_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define Py_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define Py_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define Py_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define Py_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define Py_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define Py_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define Py_TPFLAGS_TYPE_SUBCLASS (1UL << 31)
#define Py_TPFLAGS_HAVE_FINALIZE (1UL << 0)
#define Py_TPFLAGS_DEFAULT Py_TPFLAGS_HAVE_VERSION_TAG

PyAPI_FUNC(PyObject *) PyType_FromSpec(PyType_Spec *spec);
PyAPI_FUNC(PyObject *) PyType_FromSpecWithBases(PyType_Spec *spec, PyObject *bases);
PyAPI_FUNC(PyObject *) PyType_FromModuleAndSpec(PyObject *module, PyType_Spec *spec, PyObject *bases);
PyAPI_FUNC(PyObject *) PyType_FromMetaclass(PyTypeObject *metaclass, PyObject *module,
                                            PyType_Spec *spec, PyObject *bases);
/* The function (or value) in a type's slot, inherited ones included; NULL when empty. */
PyAPI_FUNC(void *) PyType_GetSlot(PyTypeObject *type, int slot);
/* The module given to PyType_FromModuleAndSpec (borrowed), and its state. */
PyAPI_FUNC(PyObject *) PyType_GetModule(PyTypeObject *type);
PyAPI_FUNC(void *) PyType_GetModuleState(PyTypeObject *type);
/* The module of the first type in type's MRO made with a module whose definition is def (borrowed). */
PyAPI_FUNC(PyObject *) PyType_GetModuleByDef(PyTypeObject *type, PyModuleDef *def);
PyAPI_FUNC(PyObject *) PyType_GetName(PyTypeObject *type);
PyAPI_FUNC(PyObject *) PyType_GetQualName(PyTypeObject *type);
PyAPI_FUNC(int) PyType_Ready(PyTypeObject *type);
PyAPI_FUNC(void) PyType_Modified(PyTypeObject *type);
PyAPI_FUNC(PyObject *) PyType_GenericAlloc(PyTypeObject *type, Py_ssize_t nitems);
PyAPI_FUNC(PyObject *) PyType_GenericNew(PyTypeObject *type, PyObject *args, PyObject *kwds);

/* Instance memory (the tp_alloc / tp_free of types made from a spec). */
PyAPI_FUNC(PyObject *) PyObject_Init(PyObject *op, PyTypeObject *type);
PyAPI_FUNC(PyObject *) _PyObject_New(PyTypeObject *type);
PyAPI_FUNC(PyObject *) _PyObject_NewVar(PyTypeObject *type, Py_ssize_t nitems);
PyAPI_FUNC(PyObject *) _PyObject_GC_New(PyTypeObject *type);
PyAPI_FUNC(PyObject *) _PyObject_GC_NewVar(PyTypeObject *type, Py_ssize_t nitems);
PyAPI_FUNC(void) PyObject_GC_Del(void *op);
PyAPI_FUNC(void) PyObject_GC_Track(void *op);
PyAPI_FUNC(void) PyObject_GC_UnTrack(void *op);
PyAPI_FUNC(int) PyObject_GC_IsTracked(PyObject *op);
PyAPI_FUNC(int) PyObject_GC_IsFinalized(PyObject *op);
#define PyObject_New(type, typeobj) ((type *)_PyObject_New(typeobj))
#define PyObject_NewVar(type, typeobj, n) ((type *)_PyObject_NewVar((typeobj), (n)))
#define PyObject_GC_New(type, typeobj) ((type *)_PyObject_GC_New(typeobj))
#define PyObject_GC_NewVar(type, typeobj, n) ((type *)_PyObject_GC_NewVar((typeobj), (n)))
#define PyObject_NEW(type, typeobj) PyObject_New(type, (typeobj))
#define PyObject_NEW_VAR(type, typeobj, n) PyObject_NewVar(type, (typeobj), (n))
#define PyObject_INIT(op, typeobj) PyObject_Init((PyObject *)(op), (typeobj))
#define PyObject_INIT_VAR(op, typeobj, size) PyObject_InitVar((PyVarObject *)(op), (typeobj), (size))
#define PyType_IS_GC(t) PyType_HasFeature((t), Py_TPFLAGS_HAVE_GC)

/* PyObject_Init plus ob_size, for a type whose C struct starts with PyObject_VAR_HEAD. */
PyAPI_FUNC(PyVarObject *) PyObject_InitVar(PyVarObject *op, PyTypeObject *type, Py_ssize_t size);
/* A type made with a negative basicsize: its own data in obj, and that data's size. */
PyAPI_FUNC(void *) PyObject_GetTypeData(PyObject *obj, PyTypeObject *cls);
PyAPI_FUNC(Py_ssize_t) PyType_GetTypeDataSize(PyTypeObject *cls);
/* No process-wide method cache exists here (caches are per type): returns 0. */
PyAPI_FUNC(unsigned int) PyType_ClearCache(void);
/* For a tp_dealloc: nothing to do here (weak references end with the managed object, before
   tp_dealloc can run). */
PyAPI_FUNC(void) PyObject_ClearWeakRefs(PyObject *o);

/* tp_traverse helpers. */
#define Py_VISIT(op) \
    do { \
        if (op) { \
            int vret = visit(_PyObject_CAST(op), arg); \
            if (vret) return vret; \
        } \
    } while (0)

#ifdef __cplusplus
}
#endif

#endif /* !Py_TYPEOBJECT_H */
