/* Isolated's own extensions to the C API (prefix PyIsolated_). */
#ifndef Py_ISOLATED_H
#define Py_ISOLATED_H

#ifdef __cplusplus
extern "C" {
#endif

/* The runtime's version string, e.g. "0.1.0". */
PyAPI_FUNC(const char *) PyIsolated_Version(void);

/* ---- Host controls over an interpreter ------------------------------------------------------
 *
 * These take the PyInterpreterState* of the interpreter to control (PyInterpreterState_Get(),
 * PyThreadState_GetInterpreter(tstate)), may be called from any thread without holding any GIL,
 * and never run Python code.
 *
 * A "tick" is one eval-breaker check: a backward jump or a call in Python code, or one step of a
 * builtin's long loop (iterating a range, a list, itertools, sorting, regular-expression
 * matching, waiting in time.sleep/lock/queue). A "call into the interpreter" is the outermost run
 * of Python code on a thread state: PyRun_*, a call from C into Python code, a Python thread's
 * function, Interpreter.exec/call from another interpreter.
 *
 * Termination raises InterpreterTerminated, a BaseException subclass that no except clause
 * (not even a bare "except:" or "except* BaseException") matches and no __exit__ can suppress:
 * only finally blocks and with-statement cleanup run while it unwinds, and the call into the
 * interpreter returns NULL (-1 for PyRun_SimpleString, which prints it) with it set.
 * PyIsolated_ErrTerminated() tells it apart from other errors. The interpreter stays usable.
 * Cleanup that never ends (a finally block looping forever) is stopped by the next termination
 * request: another PyIsolated_TERMINATE, or the time budget, which fires again every max_ms for
 * as long as the call runs; a tick budget stops it at its next tick. */

#define PyIsolated_CONTINUE  0
#define PyIsolated_INTERRUPT 1   /* KeyboardInterrupt: the script may catch it */
#define PyIsolated_TERMINATE 2   /* InterpreterTerminated: only finally blocks run */

/* Asks the code running in interp to stop at its next tick (within a few ms, also when it is
 * blocked in time.sleep, a lock or a queue). Only calls in progress are affected: a request
 * while interp runs nothing is dropped. Returns the number of thread states signalled, or -1 for
 * a bad kind. Safe from any thread; NOT async-signal-safe (it enters managed code): from a signal
 * handler, call PyIsolated_InterruptFromSignal. */
PyAPI_FUNC(int) PyIsolated_Interrupt(PyInterpreterState *interp, int kind);

/* The same request, async-signal-safe: callable from a signal handler (it only writes a 16-byte
 * message to a pipe, with errno preserved; no lock, no allocation, no managed code). A runtime
 * thread passes it on as PyIsolated_Interrupt within microseconds; a pointer that is not a live
 * interpreter by then is ignored. Returns 0 when the message was sent, -1 for a bad kind, before
 * the first Py_Initialize, or when the pipe is full. */
PyAPI_FUNC(int) PyIsolated_InterruptFromSignal(PyInterpreterState *interp, int kind);
/* The read end of that pipe, for the runtime (not for hosts). */
PyAPI_FUNC(int) _PyIsolated_InterruptPipe(void);

/* A budget per call into interp: at most max_ticks ticks and max_ms milliseconds of wall time
 * (0 = no limit for either). Past it, the call is terminated as by PyIsolated_TERMINATE with
 * "execution budget of N ticks exceeded" / "execution time budget of N ms exceeded". Applies
 * from the next call. Returns 0, or -1 for negative values. */
PyAPI_FUNC(int) PyIsolated_SetBudget(PyInterpreterState *interp, long long max_ticks, long long max_ms);

/* Like lua_sethook: hook(interp, ticks_so_far_in_this_call, userdata) runs every every_n ticks
 * on the thread running the code (with its GIL held; it must not call into Python). It returns
 * PyIsolated_CONTINUE, PyIsolated_INTERRUPT or PyIsolated_TERMINATE. A NULL hook removes it.
 * Returns 0, or -1 when every_n <= 0. */
typedef int (*PyIsolated_HookFunc)(PyInterpreterState *interp, long long ticks, void *userdata);
PyAPI_FUNC(int) PyIsolated_SetHook(PyInterpreterState *interp, PyIsolated_HookFunc hook, long long every_n, void *userdata);

/* Caps the memory interp may hold (bytes; 0 = no cap). Past it, the allocating code gets
 * MemoryError; the interpreter stays usable once it frees objects, and other interpreters are
 * not affected. Counted: str, bytes, bytearray contents and list storage of 4 KiB or more
 * (see README, "Host controls", for how precise this is). Counting starts when a cap is set. */
PyAPI_FUNC(int) PyIsolated_SetMemoryLimit(PyInterpreterState *interp, long long bytes);

/* The bytes currently counted against interp's cap (-1 on a bad interp). */
PyAPI_FUNC(long long) PyIsolated_GetMemoryUsage(PyInterpreterState *interp);

/* How many native object headers (what a PyObject* points to) interp's C API bridge holds:
 * *live all of them, *parked (at most) those among them C counts no reference on any more, kept
 * so that pointers C still has stay valid while the object lives (freed once it has died). For hosts and tests that
 * check C code keeps memory flat. The caller holds interp's GIL. Returns 0, or -1 on a bad interp. */
PyAPI_FUNC(int) PyIsolated_GetNativeHeaders(PyInterpreterState *interp, long long *live, long long *parked);

/* 1 when the current thread's pending error is a termination (InterpreterTerminated), else 0. */
PyAPI_FUNC(int) PyIsolated_ErrTerminated(void);

#ifdef __cplusplus
}
#endif

#endif /* !Py_ISOLATED_H */
