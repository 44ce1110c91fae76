/* Interpreters and thread states. Every interpreter has its own GIL. */
#ifndef Py_PYSTATE_H
#define Py_PYSTATE_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _is PyInterpreterState;
typedef struct _ts PyThreadState;

/* The current thread state; NULL (and a message on stderr) when this thread has none, where
   CPython would abort the process. */
PyAPI_FUNC(PyThreadState *) PyThreadState_Get(void);
/* Makes tstate current (NULL: none). Releases the GIL of the previous thread state and takes
   the one of tstate's interpreter, since every interpreter has its own. Returns the previous. */
PyAPI_FUNC(PyThreadState *) PyThreadState_Swap(PyThreadState *tstate);
PyAPI_FUNC(PyThreadState *) PyThreadState_New(PyInterpreterState *interp);
PyAPI_FUNC(void) PyThreadState_Clear(PyThreadState *tstate);
PyAPI_FUNC(void) PyThreadState_Delete(PyThreadState *tstate);
PyAPI_FUNC(PyInterpreterState *) PyThreadState_GetInterpreter(PyThreadState *tstate);
PyAPI_FUNC(uint64_t) PyThreadState_GetID(PyThreadState *tstate);

PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Get(void);
PyAPI_FUNC(int64_t) PyInterpreterState_GetID(PyInterpreterState *interp);
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_Main(void);
/* Borrowed reference to a dict for extensions' per-interpreter data. */
PyAPI_FUNC(PyObject *) PyInterpreterState_GetDict(PyInterpreterState *interp);

/* Borrowed: a dict for extensions' per-thread data (NULL, no exception, without a thread state). */
PyAPI_FUNC(PyObject *) PyThreadState_GetDict(void);
/* New reference to the running frame of tstate (NULL when it runs no Python code). */
PyAPI_FUNC(struct _frame *) PyThreadState_GetFrame(PyThreadState *tstate);
/* Raises exc (NULL: clears a pending one) asynchronously in the thread whose threading.get_ident()
 * is id, of the current interpreter, at its next check of the eval breaker. Returns the number
 * of thread states changed (0 or 1). */
PyAPI_FUNC(int) PyThreadState_SetAsyncExc(unsigned long id, PyObject *exc);

/* A new interpreter with its own GIL, modules and world, without a thread state (make one with
 * PyThreadState_New). Clear drops the pending and handled exceptions of its thread states;
 * Delete ends it (modules, threads' states, memory) and frees the handle. Call Clear, then
 * Delete, as in CPython. */
PyAPI_FUNC(PyInterpreterState *) PyInterpreterState_New(void);
PyAPI_FUNC(void) PyInterpreterState_Clear(PyInterpreterState *interp);
PyAPI_FUNC(void) PyInterpreterState_Delete(PyInterpreterState *interp);

typedef enum { PyGILState_LOCKED, PyGILState_UNLOCKED } PyGILState_STATE;

/* The main interpreter's GIL for threads that may or may not have a thread state. */
PyAPI_FUNC(PyGILState_STATE) PyGILState_Ensure(void);
PyAPI_FUNC(void) PyGILState_Release(PyGILState_STATE state);
PyAPI_FUNC(int) PyGILState_Check(void);
PyAPI_FUNC(PyThreadState *) PyGILState_GetThisThreadState(void);

#ifdef __cplusplus
}
#endif

#endif /* !Py_PYSTATE_H */
