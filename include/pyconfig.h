/* The build configuration C code may include on its own, as CPython installs one (CPython's
 * Modules/xxlimited_35.c includes it before Python.h to test Py_NOGIL). Isolated has one
 * configuration: a 64-bit Linux (LP64) build with threads and no free-threading (Py_NOGIL is
 * not defined: every interpreter has its own GIL). Python.h includes it too. */
#ifndef Py_PYCONFIG_H
#define Py_PYCONFIG_H

#define SIZEOF_SHORT 2
#define SIZEOF_INT 4
#define SIZEOF_LONG 8
#define SIZEOF_LONG_LONG 8
#define SIZEOF_VOID_P 8
#define SIZEOF_SIZE_T 8
#define SIZEOF_WCHAR_T 4
#define SIZEOF_FLOAT 4
#define SIZEOF_DOUBLE 8
#define SIZEOF_TIME_T 8
#define SIZEOF_OFF_T 8
#define SIZEOF_PID_T 4

#define HAVE_STDINT_H 1
#define HAVE_UNISTD_H 1
#define HAVE_FCNTL_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_PTHREAD_H 1
#define HAVE_DLFCN_H 1
#define HAVE_DLOPEN 1
#define WITH_THREAD 1
#define WITH_DOC_STRINGS 1

#endif /* !Py_PYCONFIG_H */
