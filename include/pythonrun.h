/* Running source code. */
#ifndef Py_PYTHONRUN_H
#define Py_PYTHONRUN_H

#ifdef __cplusplus
extern "C" {
#endif

/* Runs source in the __main__ module of the current interpreter. Returns 0, or -1 after
   printing the exception (as PyErr_Print does). */
PyAPI_FUNC(int) PyRun_SimpleString(const char *command);

#ifdef __cplusplus
}
#endif

#endif /* !Py_PYTHONRUN_H */
