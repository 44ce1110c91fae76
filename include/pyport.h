/* Basic types and export macros. */
#ifndef Py_PYPORT_H
#define Py_PYPORT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef ssize_t Py_ssize_t;
typedef Py_ssize_t Py_hash_t;
typedef size_t Py_uhash_t;

#define PY_SSIZE_T_MAX ((Py_ssize_t)(((size_t)-1) >> 1))
#define PY_SSIZE_T_MIN (-PY_SSIZE_T_MAX - 1)

#ifdef __cplusplus
#  define PyAPI_FUNC(RTYPE) extern "C" RTYPE
#  define PyAPI_DATA(RTYPE) extern "C" RTYPE
#  define PyMODINIT_FUNC extern "C" __attribute__((visibility("default"))) PyObject*
#else
#  define PyAPI_FUNC(RTYPE) extern RTYPE
#  define PyAPI_DATA(RTYPE) extern RTYPE
#  define PyMODINIT_FUNC __attribute__((visibility("default"))) PyObject*
#endif

#define Py_LOCAL_INLINE(type) static inline type
#define Py_UNUSED(name) _unused_ ## name __attribute__((unused))

#endif /* !Py_PYPORT_H */
