/* Small helper macros CPython's Python.h provides (its pymacro.h): doc strings, min/max, array
 * lengths. Doc strings are always kept (CPython's WITH_DOC_STRINGS default). */
#ifndef Py_PYMACRO_H
#define Py_PYMACRO_H

#define PyDoc_STR(str) str
#define PyDoc_VAR(name) static const char name[]
#define PyDoc_STRVAR(name, str) PyDoc_VAR(name) = PyDoc_STR(str)

#define Py_MIN(x, y) (((x) > (y)) ? (y) : (x))
#define Py_MAX(x, y) (((x) > (y)) ? (x) : (y))
#define Py_ABS(x) ((x) < 0 ? -(x) : (x))

#define _Py_XSTRINGIFY(x) #x
#define Py_STRINGIFY(x) _Py_XSTRINGIFY(x)

#define Py_ARRAY_LENGTH(array) (sizeof(array) / sizeof((array)[0]))
#define Py_MEMBER_SIZE(type, member) sizeof(((type *)0)->member)

#endif /* !Py_PYMACRO_H */
