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

/* The exception being handled (sys.exception()) of the current thread state: new reference or
 * NULL. Set* takes a new exception (or NULL, or None: none) and steals the reference. */
PyAPI_FUNC(PyObject *) PyErr_GetHandledException(void);
PyAPI_FUNC(void) PyErr_SetHandledException(PyObject *exc);
/* The same as (type, value, traceback), as sys.exc_info() shows it. */
PyAPI_FUNC(void) PyErr_GetExcInfo(PyObject **ptype, PyObject **pvalue, PyObject **ptraceback);
PyAPI_FUNC(void) PyErr_SetExcInfo(PyObject *type, PyObject *value, PyObject *traceback);

/* OSError (or `type`) from the C errno of the calling thread, as CPython builds it:
 * type(errno, strerror[, filename[, None, filename2]]); OSError picks its errno subclass. */
PyAPI_FUNC(PyObject *) PyErr_SetFromErrno(PyObject *type);
PyAPI_FUNC(PyObject *) PyErr_SetFromErrnoWithFilename(PyObject *type, const char *filename);
PyAPI_FUNC(PyObject *) PyErr_SetFromErrnoWithFilenameObject(PyObject *type, PyObject *filename);
PyAPI_FUNC(PyObject *) PyErr_SetFromErrnoWithFilenameObjects(PyObject *type, PyObject *filename,
                                                             PyObject *filename2);
PyAPI_FUNC(PyObject *) PyErr_SetImportError(PyObject *msg, PyObject *name, PyObject *path);
PyAPI_FUNC(PyObject *) PyErr_SetImportErrorSubclass(PyObject *exception, PyObject *msg, PyObject *name,
                                                    PyObject *path);

/* Adds filename/lineno/offset (and the source line, when the file can be read) to the pending
 * SyntaxError; with another exception pending, makes a SyntaxError from it. */
PyAPI_FUNC(void) PyErr_SyntaxLocation(const char *filename, int lineno);
PyAPI_FUNC(void) PyErr_SyntaxLocationEx(const char *filename, int lineno, int col_offset);
/* Line `lineno` of `filename` as a str (NULL, no exception, when there is none). */
PyAPI_FUNC(PyObject *) PyErr_ProgramText(const char *filename, int lineno);

/* Signals (signal handlers are the main interpreter's, as in CPython): runs the Python handlers of
 * signals caught since the last call when called on the main interpreter's main thread; -1 with
 * the handler's exception (KeyboardInterrupt for SIGINT) set. SetInterruptEx simulates signum
 * arriving: 0, or -1 for a number that is not a signal (nothing happens when it is ignored or
 * has the default handler, as CPython does). */
PyAPI_FUNC(int) PyErr_CheckSignals(void);
PyAPI_FUNC(void) PyErr_SetInterrupt(void);
PyAPI_FUNC(int) PyErr_SetInterruptEx(int signum);

/* Printing without sys.excepthook (to sys.stderr), and exceptions nobody can catch
 * (sys.unraisablehook with obj as the object; the error indicator is cleared). */
PyAPI_FUNC(void) PyErr_Display(PyObject *unused, PyObject *value, PyObject *tb);
PyAPI_FUNC(void) PyErr_DisplayException(PyObject *exc);
PyAPI_FUNC(void) PyErr_WriteUnraisable(PyObject *obj);

/* exc.args, exc.__cause__ (stolen; NULL: none), exc.__context__ (stolen), exc.__traceback__. */
PyAPI_FUNC(void) PyException_SetArgs(PyObject *exc, PyObject *args);
PyAPI_FUNC(void) PyException_SetCause(PyObject *exc, PyObject *cause);
PyAPI_FUNC(void) PyException_SetContext(PyObject *exc, PyObject *context);
PyAPI_FUNC(int) PyException_SetTraceback(PyObject *exc, PyObject *tb);
/* The class's name as CPython's tp_name shows it ("module.Name" for non-builtins). */
PyAPI_FUNC(const char *) PyExceptionClass_Name(PyObject *exc);

/* A new exception class named "module.Class" deriving from base (a class or a tuple of classes;
 * NULL: Exception), with dict (or a fresh one) as its namespace. */
PyAPI_FUNC(PyObject *) PyErr_NewException(const char *name, PyObject *base, PyObject *dict);
PyAPI_FUNC(PyObject *) PyErr_NewExceptionWithDoc(const char *name, const char *doc, PyObject *base,
                                                 PyObject *dict);

#ifdef __cplusplus
}
#endif

#endif /* !Py_ERRORS_H */
