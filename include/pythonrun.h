/* Running source code and printing errors. */
#ifndef Py_PYTHONRUN_H
#define Py_PYTHONRUN_H

#ifdef __cplusplus
extern "C" {
#endif

#define Py_single_input 256
#define Py_file_input 257
#define Py_eval_input 258

/* Runs source in the __main__ module of the current interpreter. Returns 0, or -1 after
   printing the exception (as PyErr_Print does). */
PyAPI_FUNC(int) PyRun_SimpleString(const char *command);
/* Runs source with the given namespaces; the value of an expression (Py_eval_input) or None. */
PyAPI_FUNC(PyObject *) PyRun_String(const char *str, int start, PyObject *globals, PyObject *locals);
/* Compiles source to a code object (start: Py_file_input, Py_eval_input or Py_single_input). */
PyAPI_FUNC(PyObject *) Py_CompileString(const char *str, const char *filename, int start);
/* Runs a code object with a globals dict (given __builtins__ if absent) and a locals mapping. */
PyAPI_FUNC(PyObject *) PyEval_EvalCode(PyObject *co, PyObject *globals, PyObject *locals);

/* Prints the pending exception with its traceback through sys.excepthook and clears it. */
PyAPI_FUNC(void) PyErr_Print(void);
PyAPI_FUNC(void) PyErr_PrintEx(int set_sys_last_vars);

#ifdef __cplusplus
}
#endif

#endif /* !Py_PYTHONRUN_H */
