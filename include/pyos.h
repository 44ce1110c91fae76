/* PyOS_* helpers: C-level string and number utilities with Python's rules, the SIGINT check,
 * the OS signal disposition, and os.fspath. */
#ifndef Py_PYOS_H
#define Py_PYOS_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

/* vsnprintf that always NUL-terminates (size must be > 0). */
PyAPI_FUNC(int) PyOS_snprintf(char *str, size_t size, const char *format, ...);
PyAPI_FUNC(int) PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va);

/* Python's integer syntax (0x/0o/0b with base 0, no "017"); overflow: errno ERANGE. */
PyAPI_FUNC(unsigned long) PyOS_strtoul(const char *str, char **ptr, int base);
PyAPI_FUNC(long) PyOS_strtol(const char *str, char **ptr, int base);

/* ASCII case-insensitive comparisons. */
PyAPI_FUNC(int) PyOS_mystricmp(const char *a, const char *b);
PyAPI_FUNC(int) PyOS_mystrnicmp(const char *a, const char *b, Py_ssize_t size);
#define PyOS_stricmp PyOS_mystricmp
#define PyOS_strnicmp PyOS_mystrnicmp

/* Float to text (format code 'e' 'E' 'f' 'F' 'g' 'G' 'r'; free the result with PyMem_Free)
 * and text to float (Python's syntax; see Exports/OsHelpers.cs). */
#define Py_DTSF_SIGN 0x01
#define Py_DTSF_ADD_DOT_0 0x02
#define Py_DTSF_ALT 0x04
#define Py_DTSF_NO_NEG_0 0x08
#define Py_DTST_FINITE 0
#define Py_DTST_INFINITE 1
#define Py_DTST_NAN 2
PyAPI_FUNC(char *) PyOS_double_to_string(double val, char format_code, int precision, int flags, int *type);
PyAPI_FUNC(double) PyOS_string_to_double(const char *str, char **endptr, PyObject *overflow_exception);

/* 1 when SIGINT arrived since the last call (main thread of the main interpreter only). */
PyAPI_FUNC(int) PyOS_InterruptOccurred(void);

typedef void (*PyOS_sighandler_t)(int);
PyAPI_FUNC(PyOS_sighandler_t) PyOS_getsig(int sig);
PyAPI_FUNC(PyOS_sighandler_t) PyOS_setsig(int sig, PyOS_sighandler_t handler);

/* os.fspath(path). */
PyAPI_FUNC(PyObject *) PyOS_FSPath(PyObject *path);

#ifdef __cplusplus
}
#endif

#endif /* !Py_PYOS_H */
