/* Basic types and export macros. */
#ifndef Py_PYPORT_H
#define Py_PYPORT_H

#include "pyconfig.h"
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

/* The portability names C extensions use (CPython's pyport.h and pymath.h provide them): sizes
 * and limits of this LP64 platform, compiler attributes, and float helpers. */
#define PY_LONG_LONG long long
#define PY_LLONG_MIN LLONG_MIN
#define PY_LLONG_MAX LLONG_MAX
#define PY_ULLONG_MAX ULLONG_MAX
#define PY_SIZE_MAX SIZE_MAX
#define PY_INT32_T int32_t
#define PY_UINT32_T uint32_t
#define PY_INT64_T int64_t
#define PY_UINT64_T uint64_t
#define PY_FORMAT_SIZE_T "z"
#ifndef LONG_BIT
#  define LONG_BIT (8 * SIZEOF_LONG)
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#  define PY_BIG_ENDIAN 1
#  define PY_LITTLE_ENDIAN 0
#else
#  define PY_BIG_ENDIAN 0
#  define PY_LITTLE_ENDIAN 1
#endif
#define Py_LL(x) x##LL
#define Py_ULL(x) x##ULL
#define Py_LOCAL(type) static type
#define Py_ALWAYS_INLINE __attribute__((always_inline))
#define Py_NO_INLINE __attribute__((noinline))
#define Py_DEPRECATED(version) __attribute__((__deprecated__))
#define Py_GCC_ATTRIBUTE(x) __attribute__(x)
#define Py_ALIGNED(x) __attribute__((aligned(x)))
#define Py_SAFE_DOWNCAST(value, wide, narrow) ((narrow)(value))
#define Py_CHARMASK(c) ((unsigned char)((c) & 0xff))
#define Py_ARITHMETIC_RIGHT_SHIFT(type, i, j) ((i) >> (j))
#define Py_VA_COPY va_copy
#define Py_BUILD_ASSERT_EXPR(cond) (sizeof(char[(cond) ? 1 : -1]) - 1)
#define Py_BUILD_ASSERT(cond) do { (void)Py_BUILD_ASSERT_EXPR(cond); } while (0)
#define Py_UNREACHABLE() __builtin_unreachable()
#define Py_UNICODE_SIZE 4
#define Py_UNICODE_WIDE

#define Py_HUGE_VAL HUGE_VAL
#define Py_INFINITY ((double)INFINITY)
#define Py_NAN ((double)NAN)
#define Py_IS_NAN(x) isnan(x)
#define Py_IS_INFINITY(x) isinf(x)
#define Py_IS_FINITE(x) isfinite(x)
#define Py_MATH_PI 3.14159265358979323846
#define Py_MATH_PIl 3.1415926535897932384626433832795029L
#define Py_MATH_E 2.7182818284590452354
#define Py_MATH_El 2.7182818284590452353602874713526625L
#define Py_MATH_TAU 6.2831853071795864769252867665590057683943L

#endif /* !Py_PYPORT_H */
