/* The error indicator of the current thread state. A function that fails returns NULL (or -1)
 * with an exception set here, exactly as in CPython. */
#ifndef Py_ERRORS_H
#define Py_ERRORS_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(void) PyErr_SetString(PyObject *type, const char *message);
PyAPI_FUNC(void) PyErr_SetObject(PyObject *type, PyObject *value);
PyAPI_FUNC(void) PyErr_SetNone(PyObject *type);
/* Borrowed reference to the type of the pending exception, or NULL. */
PyAPI_FUNC(PyObject *) PyErr_Occurred(void);
PyAPI_FUNC(void) PyErr_Clear(void);
PyAPI_FUNC(void) PyErr_Fetch(PyObject **ptype, PyObject **pvalue, PyObject **ptraceback);
PyAPI_FUNC(void) PyErr_Restore(PyObject *type, PyObject *value, PyObject *traceback);
PyAPI_FUNC(void) PyErr_NormalizeException(PyObject **ptype, PyObject **pvalue, PyObject **ptraceback);
PyAPI_FUNC(PyObject *) PyErr_GetRaisedException(void);
PyAPI_FUNC(void) PyErr_SetRaisedException(PyObject *exc);
PyAPI_FUNC(int) PyErr_ExceptionMatches(PyObject *exc);
PyAPI_FUNC(int) PyErr_GivenExceptionMatches(PyObject *given, PyObject *exc);
PyAPI_FUNC(PyObject *) PyErr_NoMemory(void);
PyAPI_FUNC(int) PyErr_BadArgument(void);
PyAPI_FUNC(void) PyErr_BadInternalCall(void);
PyAPI_FUNC(PyObject *) PyException_GetTraceback(PyObject *exc);
PyAPI_FUNC(PyObject *) PyException_GetCause(PyObject *exc);
PyAPI_FUNC(PyObject *) PyException_GetContext(PyObject *exc);
PyAPI_FUNC(PyObject *) PyException_GetArgs(PyObject *exc);

/* A new exception class named "module.Class" deriving from base (a class or a tuple of classes;
 * NULL: Exception), with dict (or a fresh one) as its namespace. */
PyAPI_FUNC(PyObject *) PyErr_NewException(const char *name, PyObject *base, PyObject *dict);
PyAPI_FUNC(PyObject *) PyErr_NewExceptionWithDoc(const char *name, const char *doc, PyObject *base,
                                                 PyObject *dict);

#ifdef __cplusplus
}
#endif

#endif /* !Py_ERRORS_H */
