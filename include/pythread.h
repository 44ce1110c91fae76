/* Threads, locks and thread-local storage of the C level (CPython's pythread.h). These work
 * without the runtime being initialised and without any GIL: they are thin layers over pthreads.
 * A thread's ident is the number threading.get_ident() shows for it. */
#ifndef Py_PYTHREAD_H
#define Py_PYTHREAD_H

#include <pthread.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void *PyThread_type_lock;

typedef enum PyLockStatus {
    PY_LOCK_FAILURE = 0,
    PY_LOCK_ACQUIRED = 1,
    PY_LOCK_INTR
} PyLockStatus;

#define PYTHREAD_INVALID_THREAD_ID ((unsigned long)-1)
#define WAIT_LOCK 1
#define NOWAIT_LOCK 0
/* The longest timeout PyThread_acquire_lock_timed accepts, in microseconds. */
#define PY_TIMEOUT_T long long
#define PY_TIMEOUT_MAX ((long long)9223372036854775807LL / 1000)

PyAPI_FUNC(void) PyThread_init_thread(void);
/* Starts func(arg) on a new thread (PyThread_set_stacksize's size, 0: the system default);
 * returns its ident, or PYTHREAD_INVALID_THREAD_ID. */
PyAPI_FUNC(unsigned long) PyThread_start_new_thread(void (*func)(void *), void *arg);
/* Ends the calling thread (a thread PyThread_start_new_thread started). */
PyAPI_FUNC(void) PyThread_exit_thread(void) __attribute__((noreturn));
PyAPI_FUNC(unsigned long) PyThread_get_thread_ident(void);
PyAPI_FUNC(unsigned long) PyThread_get_thread_native_id(void);

/* A non-recursive lock any thread may release (a binary semaphore). acquire_lock: waitflag 1
 * blocks, 0 tries; returns 1 when acquired. acquire_lock_timed: microseconds < 0 waits forever,
 * 0 tries; intr_flag is accepted (waits are not interrupted by signals here). */
PyAPI_FUNC(PyThread_type_lock) PyThread_allocate_lock(void);
PyAPI_FUNC(void) PyThread_free_lock(PyThread_type_lock lock);
PyAPI_FUNC(int) PyThread_acquire_lock(PyThread_type_lock lock, int waitflag);
PyAPI_FUNC(PyLockStatus) PyThread_acquire_lock_timed(PyThread_type_lock lock, PY_TIMEOUT_T microseconds,
                                                     int intr_flag);
PyAPI_FUNC(void) PyThread_release_lock(PyThread_type_lock lock);

/* The stack size of threads PyThread_start_new_thread starts: process-wide, like the C thread
 * library it configures (each interpreter's _thread.stack_size() is separate). 0 is the system
 * default; set returns 0, or -1 for a size below 32 KiB (other than 0). */
PyAPI_FUNC(size_t) PyThread_get_stacksize(void);
PyAPI_FUNC(int) PyThread_set_stacksize(size_t size);

/* sys.thread_info of the current interpreter (new reference). */
PyAPI_FUNC(PyObject *) PyThread_GetInfo(void);

/* Thread-specific storage (TSS). Py_tss_t is a struct here, as in CPython's Limited API headers;
 * allocate one statically with Py_tss_NEEDS_INIT or with PyThread_tss_alloc. */
typedef struct {
    int _is_initialized;
    pthread_key_t _key;
} Py_tss_t;
#define Py_tss_NEEDS_INIT {0}

PyAPI_FUNC(Py_tss_t *) PyThread_tss_alloc(void);
PyAPI_FUNC(void) PyThread_tss_free(Py_tss_t *key);
PyAPI_FUNC(int) PyThread_tss_is_created(Py_tss_t *key);
PyAPI_FUNC(int) PyThread_tss_create(Py_tss_t *key);
PyAPI_FUNC(void) PyThread_tss_delete(Py_tss_t *key);
PyAPI_FUNC(int) PyThread_tss_set(Py_tss_t *key, void *value);
PyAPI_FUNC(void *) PyThread_tss_get(Py_tss_t *key);

/* The older TLS API (deprecated in CPython): int keys over the same storage. */
PyAPI_FUNC(int) PyThread_create_key(void);
PyAPI_FUNC(void) PyThread_delete_key(int key);
PyAPI_FUNC(int) PyThread_set_key_value(int key, void *value);
PyAPI_FUNC(void *) PyThread_get_key_value(int key);
PyAPI_FUNC(void) PyThread_delete_key_value(int key);
/* After fork(): nothing to do with pthread keys. */
PyAPI_FUNC(void) PyThread_ReInitTLS(void);

#ifdef __cplusplus
}
#endif

#endif /* !Py_PYTHREAD_H */
