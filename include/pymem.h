/* The PyMem_ allocators: plain C heap memory for extensions and hosts.
 *
 * Isolated's PyMem_* are the C library's malloc family (with CPython's guarantees: a request of
 * 0 bytes returns a unique non-NULL pointer, and requests beyond PY_SSIZE_T_MAX fail with NULL).
 * Memory from PyMem_Malloc may therefore be given to free() and vice versa — getargs' "es"/"et"
 * formats rely on this — and no GIL is needed to call them. PyMem_Raw* are the same functions. */
#ifndef Py_PYMEM_H
#define Py_PYMEM_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(void *) PyMem_Malloc(size_t size);
PyAPI_FUNC(void *) PyMem_Calloc(size_t nelem, size_t elsize);
PyAPI_FUNC(void *) PyMem_Realloc(void *ptr, size_t new_size);
PyAPI_FUNC(void) PyMem_Free(void *ptr);

PyAPI_FUNC(void *) PyMem_RawMalloc(size_t size);
PyAPI_FUNC(void *) PyMem_RawCalloc(size_t nelem, size_t elsize);
PyAPI_FUNC(void *) PyMem_RawRealloc(void *ptr, size_t new_size);
PyAPI_FUNC(void) PyMem_RawFree(void *ptr);

/* n items of a type; NULL when n * sizeof(type) would overflow. */
#define PyMem_New(type, n) \
    ((size_t)(n) > (size_t)PY_SSIZE_T_MAX / sizeof(type) ? NULL \
        : (type *)PyMem_Malloc((size_t)(n) * sizeof(type)))
/* Resizes p to n items; p becomes NULL when n * sizeof(type) would overflow (as CPython's). */
#define PyMem_Resize(p, type, n) \
    ((p) = (size_t)(n) > (size_t)PY_SSIZE_T_MAX / sizeof(type) ? NULL \
        : (type *)PyMem_Realloc((p), (size_t)(n) * sizeof(type)))
#define PyMem_MALLOC(n) PyMem_Malloc((n))
#define PyMem_NEW(type, n) PyMem_New(type, (n))
#define PyMem_REALLOC(p, n) PyMem_Realloc((p), (n))
#define PyMem_RESIZE(p, type, n) PyMem_Resize((p), type, (n))
#define PyMem_FREE(p) PyMem_Free((p))
/* Without a parameter list so that they can be used as function pointers. */
#define PyMem_Del PyMem_Free
#define PyMem_DEL PyMem_Free

#ifdef __cplusplus
}
#endif
#endif /* Py_PYMEM_H */
