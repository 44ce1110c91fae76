/* The object header and reference counting.
 *
 * Isolated's twist (DESIGN §6): a PyObject* points to a small native header that the runtime
 * allocates from the owning interpreter's arena the first time a managed object crosses into C.
 * The header starts with CPython's two public fields; what follows them is private to the
 * runtime. Py_INCREF/Py_DECREF are inline; only the transitions 0 -> 1 and 1 -> 0 call into
 * the runtime.
 * Singletons and types are per interpreter, so Py_None & co. are function calls, as in CPython
 * 3.13's limited API.
 */
#ifndef Py_OBJECT_H
#define Py_OBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _typeobject PyTypeObject;

typedef struct _object {
    Py_ssize_t ob_refcnt;
    PyTypeObject *ob_type;
} PyObject;

typedef struct {
    PyObject ob_base;
    Py_ssize_t ob_size;
} PyVarObject;

#define PyObject_HEAD PyObject ob_base;
#define PyObject_VAR_HEAD PyVarObject ob_base;
#define PyObject_HEAD_INIT(type) { 1, (type) },
#define PyVarObject_HEAD_INIT(type, size) { PyObject_HEAD_INIT(type) (size) },

#define _PyObject_CAST(op) ((PyObject *)(op))

/* Called by Py_DECREF when the count drops to zero: the runtime releases the header and lets
   the managed object go. */
PyAPI_FUNC(void) _Py_Dealloc(PyObject *op);

/* Called by Py_INCREF when it raises a count from zero: C keeps using a pointer whose count it
   dropped to 0 while another owner held the object (a borrowed reference, valid in CPython) and
   now owns a reference again, so the runtime must keep the object alive for C once more. */
PyAPI_FUNC(void) _Py_IncRefFromZero(PyObject *op);

/* Out-of-line forms of Py_INCREF/Py_DECREF (for callers that cannot use the inline ones). */
PyAPI_FUNC(void) Py_IncRef(PyObject *op);
PyAPI_FUNC(void) Py_DecRef(PyObject *op);

#if defined(__GNUC__) || defined(__clang__)
#  define _PyIsolated_RARELY(cond) __builtin_expect(!!(cond), 0)
#else
#  define _PyIsolated_RARELY(cond) (cond)
#endif
static inline void Py_INCREF(PyObject *op)
{
    if (_PyIsolated_RARELY(op->ob_refcnt++ == 0)) {
        _Py_IncRefFromZero(op);
    }
}
static inline void Py_DECREF(PyObject *op)
{
    if (--op->ob_refcnt == 0) {
        _Py_Dealloc(op);
    }
}
#define Py_INCREF(op) Py_INCREF(_PyObject_CAST(op))
#define Py_DECREF(op) Py_DECREF(_PyObject_CAST(op))

static inline void Py_XINCREF(PyObject *op) { if (op != NULL) Py_INCREF(op); }
static inline void Py_XDECREF(PyObject *op) { if (op != NULL) Py_DECREF(op); }
#define Py_XINCREF(op) Py_XINCREF(_PyObject_CAST(op))
#define Py_XDECREF(op) Py_XDECREF(_PyObject_CAST(op))

#define Py_CLEAR(op) \
    do { \
        PyObject **_py_tmp_ptr = (PyObject **)&(op); \
        if (*_py_tmp_ptr != NULL) { \
            PyObject *_py_tmp = *_py_tmp_ptr; \
            *_py_tmp_ptr = NULL; \
            Py_DECREF(_py_tmp); \
        } \
    } while (0)

/* Py_SETREF / Py_XSETREF (CPython's non-limited API, documented since 3.12): store a new reference
 * in dst, then release the old value, so dst never points at a freed object meanwhile. */
#if !defined(Py_LIMITED_API)
#define Py_SETREF(dst, src) \
    do { \
        PyObject **_py_dst_ptr = (PyObject **)&(dst); \
        PyObject *_py_old = *_py_dst_ptr; \
        *_py_dst_ptr = _PyObject_CAST(src); \
        Py_DECREF(_py_old); \
    } while (0)
#define Py_XSETREF(dst, src) \
    do { \
        PyObject **_py_dst_ptr = (PyObject **)&(dst); \
        PyObject *_py_old = *_py_dst_ptr; \
        *_py_dst_ptr = _PyObject_CAST(src); \
        Py_XDECREF(_py_old); \
    } while (0)
#endif

static inline PyObject *Py_NewRef(PyObject *op) { Py_INCREF(op); return op; }
static inline PyObject *Py_XNewRef(PyObject *op) { Py_XINCREF(op); return op; }
#define Py_NewRef(op) Py_NewRef(_PyObject_CAST(op))
#define Py_XNewRef(op) Py_XNewRef(_PyObject_CAST(op))

static inline Py_ssize_t Py_REFCNT(PyObject *op) { return op->ob_refcnt; }
#define Py_REFCNT(op) Py_REFCNT(_PyObject_CAST(op))
static inline PyTypeObject *Py_TYPE(PyObject *op) { return op->ob_type; }
#define Py_TYPE(op) Py_TYPE(_PyObject_CAST(op))
static inline void Py_SET_REFCNT(PyObject *op, Py_ssize_t refcnt) { op->ob_refcnt = refcnt; }
#define Py_SET_REFCNT(op, refcnt) Py_SET_REFCNT(_PyObject_CAST(op), (refcnt))

/* Identity. */
PyAPI_FUNC(int) Py_Is(PyObject *x, PyObject *y);
#define Py_Is(x, y) ((x) == (y))

/* Constants of the current interpreter (CPython 3.13 API). */
#define Py_CONSTANT_NONE 0
#define Py_CONSTANT_FALSE 1
#define Py_CONSTANT_TRUE 2
#define Py_CONSTANT_ELLIPSIS 3
#define Py_CONSTANT_NOT_IMPLEMENTED 4
#define Py_CONSTANT_ZERO 5
#define Py_CONSTANT_ONE 6
#define Py_CONSTANT_EMPTY_STR 7
#define Py_CONSTANT_EMPTY_BYTES 8
#define Py_CONSTANT_EMPTY_TUPLE 9

/* New reference to a constant of the current interpreter. */
PyAPI_FUNC(PyObject *) Py_GetConstant(unsigned int constant_id);
/* Borrowed reference, valid for the interpreter's lifetime. */
PyAPI_FUNC(PyObject *) Py_GetConstantBorrowed(unsigned int constant_id);

/* Isolated's aliases: the current interpreter's singletons (borrowed references). */
PyAPI_FUNC(PyObject *) Py_GetNone(void);
PyAPI_FUNC(PyObject *) Py_GetTrue(void);
PyAPI_FUNC(PyObject *) Py_GetFalse(void);
PyAPI_FUNC(PyObject *) Py_GetEllipsis(void);
PyAPI_FUNC(PyObject *) Py_GetNotImplemented(void);

#define Py_None Py_GetConstantBorrowed(Py_CONSTANT_NONE)
#define Py_False Py_GetConstantBorrowed(Py_CONSTANT_FALSE)
#define Py_True Py_GetConstantBorrowed(Py_CONSTANT_TRUE)
#define Py_Ellipsis Py_GetConstantBorrowed(Py_CONSTANT_ELLIPSIS)
#define Py_NotImplemented Py_GetConstantBorrowed(Py_CONSTANT_NOT_IMPLEMENTED)

#define Py_RETURN_NONE return Py_GetConstant(Py_CONSTANT_NONE)
#define Py_RETURN_TRUE return Py_GetConstant(Py_CONSTANT_TRUE)
#define Py_RETURN_FALSE return Py_GetConstant(Py_CONSTANT_FALSE)
#define Py_RETURN_NOTIMPLEMENTED return Py_GetConstant(Py_CONSTANT_NOT_IMPLEMENTED)

PyAPI_FUNC(int) Py_IsNone(PyObject *x);
PyAPI_FUNC(int) Py_IsTrue(PyObject *x);
PyAPI_FUNC(int) Py_IsFalse(PyObject *x);
#define Py_IsNone(x) Py_Is((x), Py_None)
#define Py_IsTrue(x) Py_Is((x), Py_True)
#define Py_IsFalse(x) Py_Is((x), Py_False)

#ifdef __cplusplus
}
#endif

#endif /* !Py_OBJECT_H */
