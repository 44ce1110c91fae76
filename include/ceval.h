/* Releasing and taking the (per-interpreter) GIL around blocking work. */
#ifndef Py_CEVAL_H
#define Py_CEVAL_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyThreadState *) PyEval_SaveThread(void);
PyAPI_FUNC(void) PyEval_RestoreThread(PyThreadState *tstate);
PyAPI_FUNC(void) PyEval_AcquireThread(PyThreadState *tstate);
PyAPI_FUNC(void) PyEval_ReleaseThread(PyThreadState *tstate);

/* Deprecated in CPython: the GIL of the current thread state, without changing which thread
 * state is current. InitThreads does nothing (threads are always ready); ThreadsInitialized is
 * Py_IsInitialized(). */
PyAPI_FUNC(void) PyEval_AcquireLock(void);
PyAPI_FUNC(void) PyEval_ReleaseLock(void);
PyAPI_FUNC(void) PyEval_InitThreads(void);
PyAPI_FUNC(int) PyEval_ThreadsInitialized(void);

/* Borrowed: the running frame, its globals and its locals (a snapshot dict for a function);
 * NULL without an exception when no Python code runs. */
PyAPI_FUNC(struct _frame *) PyEval_GetFrame(void);
PyAPI_FUNC(PyObject *) PyEval_GetGlobals(void);
PyAPI_FUNC(PyObject *) PyEval_GetLocals(void);
/* The name of a function, method, class or other callable (its type's name otherwise), and
 * "()" for functions and methods, " object" for everything else, as CPython's messages use them. */
PyAPI_FUNC(const char *) PyEval_GetFuncName(PyObject *func);
PyAPI_FUNC(const char *) PyEval_GetFuncDesc(PyObject *func);

/* args must be a tuple (NULL: none), kwargs a dict or NULL. */
PyAPI_FUNC(PyObject *) PyEval_CallObjectWithKeywords(PyObject *callable, PyObject *args, PyObject *kwargs);
/* Py_BuildValue's format always gives the argument tuple (one value: a 1-tuple). */
PyAPI_FUNC(PyObject *) PyEval_CallFunction(PyObject *callable, const char *format, ...);
PyAPI_FUNC(PyObject *) PyEval_CallMethod(PyObject *obj, const char *name, const char *format, ...);
/* Runs co with positional args, keyword pairs (kwds[2i] name, kwds[2i+1] value), defaults,
 * keyword-only defaults and a closure, as a call of a function made from co would. */
PyAPI_FUNC(PyObject *) PyEval_EvalCodeEx(PyObject *co, PyObject *globals, PyObject *locals,
                                         PyObject *const *args, int argc, PyObject *const *kwds, int kwdc,
                                         PyObject *const *defs, int defc, PyObject *kwdefs, PyObject *closure);
/* Frame objects here are views of frames that run (or ran) in the VM, not resumable states:
 * evaluating one again raises SystemError saying so. */
PyAPI_FUNC(PyObject *) PyEval_EvalFrame(struct _frame *f);
PyAPI_FUNC(PyObject *) PyEval_EvalFrameEx(struct _frame *f, int exc);

/* C recursion through Python operations: RecursionError ("maximum recursion depth exceeded"
 * + where) when the interpreter's recursion limit or the machine stack runs out. */
PyAPI_FUNC(int) Py_EnterRecursiveCall(const char *where);
PyAPI_FUNC(void) Py_LeaveRecursiveCall(void);
/* The current interpreter's sys.getrecursionlimit() (each interpreter has its own). */
PyAPI_FUNC(int) Py_GetRecursionLimit(void);
PyAPI_FUNC(void) Py_SetRecursionLimit(int limit);

/* Functions queued from any thread (no GIL needed) to run on the main interpreter's main thread
 * at its next safe point, or when it calls Py_MakePendingCalls. 0, or -1 when the queue (32
 * calls) is full or the runtime is not initialised. MakePendingCalls runs them on the main
 * interpreter's main thread (elsewhere it does nothing) and returns -1 with the exception of the
 * first that failed (returned -1); the rest stay queued. */
PyAPI_FUNC(int) Py_AddPendingCall(int (*func)(void *), void *arg);
PyAPI_FUNC(int) Py_MakePendingCalls(void);

/* repr() of containers that contain themselves: 0 the first time for op on this thread, 1 when
 * its repr is already being computed (print "..."; do not call Py_ReprLeave), -1 on error. */
PyAPI_FUNC(int) Py_ReprEnter(PyObject *op);
PyAPI_FUNC(void) Py_ReprLeave(PyObject *op);

/* types.GenericAlias(origin, args). */
PyAPI_FUNC(PyObject *) Py_GenericAlias(PyObject *origin, PyObject *args);

#define Py_BEGIN_ALLOW_THREADS { \
                        PyThreadState *_save; \
                        _save = PyEval_SaveThread();
#define Py_BLOCK_THREADS        PyEval_RestoreThread(_save);
#define Py_UNBLOCK_THREADS      _save = PyEval_SaveThread();
#define Py_END_ALLOW_THREADS    PyEval_RestoreThread(_save); \
                 }

#ifdef __cplusplus
}
#endif

#endif /* !Py_CEVAL_H */
