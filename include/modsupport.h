/* Argument parsing and value building: PyArg_Parse* and Py_BuildValue (CPython 3.12 semantics).
 *
 * These are variadic, so they are written in C (src/Isolated.CApi/capi/getargs.c and
 * buildvalue.c) and linked into libisolated.so next to the C# exports. As in CPython 3.12,
 * every '#' format unit uses Py_ssize_t whether or not PY_SSIZE_T_CLEAN is defined; the _SizeT
 * names exist because CPython's headers map the plain names to them under PY_SSIZE_T_CLEAN, and
 * code compiled against CPython's headers may reference either spelling.
 */
#ifndef Py_MODSUPPORT_H
#define Py_MODSUPPORT_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The 'D' format unit's C type (CPython declares it in complexobject.h). */
#ifndef Py_COMPLEX_T_DEFINED
#define Py_COMPLEX_T_DEFINED
typedef struct {
    double real;
    double imag;
} Py_complex;
#endif

/* The buffer structure of the 's*', 'y*', 'z*' and 'w*' units. The runtime has no buffer
 * protocol yet, so those units fail with SystemError; the type exists so that code using them
 * compiles. The guard is CPython's pybuffer.h guard: whichever header comes first defines it. */
#include "pybuffer.h"

/* An 'O&' converter may return this (ORed with 1) to be called again with a NULL object when a
 * later argument fails, so that it can release what it allocated. */
#define Py_CLEANUP_SUPPORTED 0x20000

/* 1 when kwargs is a dict whose keys are all str; TypeError "keywords must be strings"
 * otherwise (SystemError when it is not a dict). */
PyAPI_FUNC(int) PyArg_ValidateKeywordArguments(PyObject *kwargs);
PyAPI_FUNC(int) PyArg_Parse(PyObject *args, const char *format, ...);
PyAPI_FUNC(int) PyArg_ParseTuple(PyObject *args, const char *format, ...);
PyAPI_FUNC(int) PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kwargs, const char *format,
                                            char * const *kwlist, ...);
PyAPI_FUNC(int) PyArg_VaParse(PyObject *args, const char *format, va_list va);
PyAPI_FUNC(int) PyArg_VaParseTupleAndKeywords(PyObject *args, PyObject *kwargs,
                                              const char *format, char * const *kwlist,
                                              va_list va);
/* Stores borrowed references to the items of args in the PyObject ** arguments. */
PyAPI_FUNC(int) PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min,
                                  Py_ssize_t max, ...);

PyAPI_FUNC(int) _PyArg_Parse_SizeT(PyObject *args, const char *format, ...);
PyAPI_FUNC(int) _PyArg_ParseTuple_SizeT(PyObject *args, const char *format, ...);
PyAPI_FUNC(int) _PyArg_ParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kwargs,
                                                   const char *format, char * const *kwlist,
                                                   ...);
PyAPI_FUNC(int) _PyArg_VaParse_SizeT(PyObject *args, const char *format, va_list va);
PyAPI_FUNC(int) _PyArg_VaParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kwargs,
                                                     const char *format, char * const *kwlist,
                                                     va_list va);

PyAPI_FUNC(PyObject *) Py_BuildValue(const char *format, ...);
PyAPI_FUNC(PyObject *) Py_VaBuildValue(const char *format, va_list va);
PyAPI_FUNC(PyObject *) _Py_BuildValue_SizeT(const char *format, ...);
PyAPI_FUNC(PyObject *) _Py_VaBuildValue_SizeT(const char *format, va_list va);

/* Same mapping as CPython's modsupport.h, after the declarations so that both spellings stay
 * declared: both are exported and behave the same. */
#ifdef PY_SSIZE_T_CLEAN
#  define PyArg_Parse _PyArg_Parse_SizeT
#  define PyArg_ParseTuple _PyArg_ParseTuple_SizeT
#  define PyArg_ParseTupleAndKeywords _PyArg_ParseTupleAndKeywords_SizeT
#  define PyArg_VaParse _PyArg_VaParse_SizeT
#  define PyArg_VaParseTupleAndKeywords _PyArg_VaParseTupleAndKeywords_SizeT
#  define Py_BuildValue _Py_BuildValue_SizeT
#  define Py_VaBuildValue _Py_VaBuildValue_SizeT
#endif

#ifdef __cplusplus
}
#endif

#endif /* !Py_MODSUPPORT_H */
