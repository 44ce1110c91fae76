/* PyThread_*: threads, locks and thread-specific storage at the C level (include/pythread.h).
 * They are written in C because they are thin layers over pthreads that must work without the
 * runtime, without a GIL and on threads the .NET runtime has never seen; only the thread ident
 * (the number threading.get_ident() shows, a .NET thread id) and sys.thread_info come from C#. */
#define _GNU_SOURCE /* sem_clockwait */
#include "Python.h"
#include <errno.h>
#include <semaphore.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* PyThread_set_stacksize's value, for threads PyThread_start_new_thread starts. Process-wide on
 * purpose: it configures the C thread library, like the pthread attribute it becomes. */
static size_t thread_stacksize;

void PyThread_init_thread(void)
{
    /* pthreads need no set-up. */
}

typedef struct {
    void (*func)(void *);
    void *arg;
    unsigned long ident;
    sem_t started;
} thread_start;

static void *thread_trampoline(void *p)
{
    thread_start *start = p;
    void (*func)(void *) = start->func;
    void *arg = start->arg;
    start->ident = PyThread_get_thread_ident();
    sem_post(&start->started); /* start belongs to the starting thread from here on */
    func(arg);
    return NULL;
}

unsigned long PyThread_start_new_thread(void (*func)(void *), void *arg)
{
    if (func == NULL)
        return PYTHREAD_INVALID_THREAD_ID;
    thread_start start = { func, arg, PYTHREAD_INVALID_THREAD_ID, {{0}} };
    if (sem_init(&start.started, 0, 0) != 0)
        return PYTHREAD_INVALID_THREAD_ID;
    pthread_attr_t attr;
    pthread_t th;
    int rc = pthread_attr_init(&attr);
    size_t size = __atomic_load_n(&thread_stacksize, __ATOMIC_RELAXED);
    if (rc == 0 && size != 0)
        rc = pthread_attr_setstacksize(&attr, size);
    if (rc == 0)
        rc = pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (rc == 0)
        rc = pthread_create(&th, &attr, thread_trampoline, &start);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        sem_destroy(&start.started);
        return PYTHREAD_INVALID_THREAD_ID;
    }
    while (sem_wait(&start.started) != 0 && errno == EINTR)
        ;
    sem_destroy(&start.started);
    return start.ident;
}

void PyThread_exit_thread(void)
{
    pthread_exit(NULL);
}

unsigned long PyThread_get_thread_native_id(void)
{
    return (unsigned long)syscall(SYS_gettid);
}

size_t PyThread_get_stacksize(void)
{
    return __atomic_load_n(&thread_stacksize, __ATOMIC_RELAXED);
}

int PyThread_set_stacksize(size_t size)
{
    if (size != 0 && size < 32768)
        return -1;
    __atomic_store_n(&thread_stacksize, size, __ATOMIC_RELAXED);
    return 0;
}

/* A lock is a binary semaphore: unlike a mutex, any thread may release it. */
PyThread_type_lock PyThread_allocate_lock(void)
{
    sem_t *sem = malloc(sizeof(sem_t));
    if (sem == NULL)
        return NULL;
    if (sem_init(sem, 0, 1) != 0) {
        free(sem);
        return NULL;
    }
    return sem;
}

void PyThread_free_lock(PyThread_type_lock lock)
{
    if (lock == NULL)
        return;
    sem_destroy((sem_t *)lock);
    free(lock);
}

PyLockStatus PyThread_acquire_lock_timed(PyThread_type_lock lock, PY_TIMEOUT_T microseconds, int intr_flag)
{
    sem_t *sem = lock;
    if (sem == NULL)
        return PY_LOCK_FAILURE;
    if (microseconds == 0)
        return sem_trywait(sem) == 0 ? PY_LOCK_ACQUIRED : PY_LOCK_FAILURE;
    struct timespec deadline;
    if (microseconds > 0) {
        if (microseconds > PY_TIMEOUT_MAX)
            microseconds = PY_TIMEOUT_MAX;
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        deadline.tv_sec += (time_t)(microseconds / 1000000);
        deadline.tv_nsec += (long)(microseconds % 1000000) * 1000;
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000L;
        }
    }
    for (;;) {
        int rc = microseconds < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &deadline);
        if (rc == 0)
            return PY_LOCK_ACQUIRED;
        if (errno != EINTR)
            return PY_LOCK_FAILURE; /* ETIMEDOUT */
        if (intr_flag)
            return PY_LOCK_INTR;
    }
}

int PyThread_acquire_lock(PyThread_type_lock lock, int waitflag)
{
    return PyThread_acquire_lock_timed(lock, waitflag ? -1 : 0, 0) == PY_LOCK_ACQUIRED;
}

void PyThread_release_lock(PyThread_type_lock lock)
{
    if (lock != NULL)
        sem_post((sem_t *)lock);
}

Py_tss_t *PyThread_tss_alloc(void)
{
    return calloc(1, sizeof(Py_tss_t)); /* zeroed: Py_tss_NEEDS_INIT */
}

void PyThread_tss_free(Py_tss_t *key)
{
    if (key == NULL)
        return;
    PyThread_tss_delete(key);
    free(key);
}

int PyThread_tss_is_created(Py_tss_t *key)
{
    return key != NULL && key->_is_initialized;
}

int PyThread_tss_create(Py_tss_t *key)
{
    if (key == NULL)
        return -1;
    if (key->_is_initialized)
        return 0;
    if (pthread_key_create(&key->_key, NULL) != 0)
        return -1;
    key->_is_initialized = 1;
    return 0;
}

void PyThread_tss_delete(Py_tss_t *key)
{
    if (key == NULL || !key->_is_initialized)
        return;
    pthread_key_delete(key->_key);
    key->_is_initialized = 0;
}

int PyThread_tss_set(Py_tss_t *key, void *value)
{
    if (key == NULL || !key->_is_initialized)
        return -1;
    return pthread_setspecific(key->_key, value) == 0 ? 0 : -1;
}

void *PyThread_tss_get(Py_tss_t *key)
{
    if (key == NULL || !key->_is_initialized)
        return NULL;
    return pthread_getspecific(key->_key);
}

/* The old int keys are the pthread keys themselves (pthread_key_t is an unsigned int here). */
int PyThread_create_key(void)
{
    pthread_key_t key;
    if (pthread_key_create(&key, NULL) != 0)
        return -1;
    if (key > (pthread_key_t)0x7fffffff) {
        pthread_key_delete(key);
        return -1;
    }
    return (int)key;
}

void PyThread_delete_key(int key)
{
    if (key >= 0)
        pthread_key_delete((pthread_key_t)key);
}

int PyThread_set_key_value(int key, void *value)
{
    if (key < 0)
        return -1;
    return pthread_setspecific((pthread_key_t)key, value) == 0 ? 0 : -1;
}

void *PyThread_get_key_value(int key)
{
    return key < 0 ? NULL : pthread_getspecific((pthread_key_t)key);
}

void PyThread_delete_key_value(int key)
{
    if (key >= 0)
        pthread_setspecific((pthread_key_t)key, NULL);
}

void PyThread_ReInitTLS(void)
{
    /* pthread keys survive fork() in the child; nothing to rebuild. */
}
