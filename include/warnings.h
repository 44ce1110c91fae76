/* Warnings through the warnings module of the current interpreter (filters, registry, "once"
 * logic are the stdlib's). -1 when the warning became an exception (the "error" action). */
#ifndef Py_WARNINGS_H
#define Py_WARNINGS_H

#ifdef __cplusplus
extern "C" {
#endif

/* category NULL: RuntimeWarning. stack_level 1 is the caller of the C function. */
PyAPI_FUNC(int) PyErr_WarnEx(PyObject *category, const char *message, Py_ssize_t stack_level);
PyAPI_FUNC(int) PyErr_WarnFormat(PyObject *category, Py_ssize_t stack_level, const char *format, ...);
/* A ResourceWarning about source, the object that leaked. Known gap: source does not reach the
 * warnings module (3.12's pure-Python warn_explicit would take it for the output file), so
 * tracemalloc's "Object allocated at" lines are not printed. */
PyAPI_FUNC(int) PyErr_ResourceWarning(PyObject *source, Py_ssize_t stack_level, const char *format, ...);
/* warnings.warn_explicit(message, category, filename, lineno, module, registry). */
PyAPI_FUNC(int) PyErr_WarnExplicit(PyObject *category, const char *message, const char *filename, int lineno,
                                   const char *module, PyObject *registry);

#ifdef __cplusplus
}
#endif

#endif /* !Py_WARNINGS_H */
