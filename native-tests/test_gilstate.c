/* Foreign threads and the main interpreter's GIL:
 *   - PyGILState_Ensure/Release from threads Python never saw (nested too), PyGILState_Check,
 *     PyGILState_GetThisThreadState;
 *   - mutual exclusion: a counter incremented non-atomically (read, yield, write) under the GIL
 *     by several threads ends exactly at threads x rounds;
 *   - PyEval_SaveThread/RestoreThread and Py_BEGIN/END_ALLOW_THREADS on the main thread;
 *   - PyThreadState_New + PyEval_AcquireThread/ReleaseThread + PyThreadState_Clear/Delete.
 * Usage: test_gilstate [threads] [rounds]   (default 4 x 200) */
#include <Python.h>
#include <pthread.h>
#include <sched.h>
#include "check.h"

static long n_threads, n_rounds;
static PyInterpreterState *main_interp;
static volatile long counter;   /* protected by the main interpreter's GIL */

static void bump(void)
{
    long v = counter;
    sched_yield(); /* invite another thread in: only the GIL keeps the update atomic */
    counter = v + 1;
}

static void *gilstate_worker(void *arg)
{
    CHECK(!PyGILState_Check());
    for (long i = 0; i < n_rounds; i++) {
        PyGILState_STATE g = PyGILState_Ensure();
        CHECK(g == PyGILState_UNLOCKED); /* this thread held no GIL */
        CHECK(PyGILState_Check());
        PyThreadState *ts = PyGILState_GetThisThreadState();
        CHECK(ts != NULL && PyThreadState_Get() == ts);
        CHECK(PyThreadState_GetInterpreter(ts) == main_interp);

        PyGILState_STATE inner = PyGILState_Ensure(); /* nested: already held */
        CHECK(inner == PyGILState_LOCKED);
        CHECK(PyThreadState_Get() == ts);
        bump();
        PyGILState_Release(inner);
        CHECK(PyGILState_Check());

        if (i % 16 == 0)
            RUN_PY("import sys");
        PyGILState_Release(g);
    }
    return NULL;
}

static void *acquire_worker(void *arg)
{
    /* A thread state made by hand, as an embedding host with its own thread pool would. */
    PyThreadState *ts = PyThreadState_New(main_interp);
    CHECK(ts != NULL);
    for (long i = 0; i < n_rounds; i++) {
        PyEval_AcquireThread(ts);
        CHECK(PyThreadState_Get() == ts);
        bump();
        PyEval_ReleaseThread(ts);
    }
    PyEval_AcquireThread(ts);
    PyThreadState_Clear(ts);
    PyEval_ReleaseThread(ts);
    PyThreadState_Delete(ts);
    return NULL;
}

static void run_threads(void *(*fn)(void *))
{
    pthread_t th[64];
    for (long i = 0; i < n_threads; i++)
        CHECK(pthread_create(&th[i], NULL, fn, NULL) == 0);
    for (long i = 0; i < n_threads; i++)
        CHECK(pthread_join(th[i], NULL) == 0);
}

int main(int argc, char **argv)
{
    n_threads = arg_count(argc, argv, 1, 4);
    n_rounds = arg_count(argc, argv, 2, 200);
    CHECK(n_threads >= 1 && n_threads <= 64);

    Py_InitializeEx(0);
    PyThreadState *main_ts = PyThreadState_Get();
    main_interp = PyInterpreterState_Main();
    CHECK(PyGILState_Check());
    CHECK(PyGILState_GetThisThreadState() == main_ts);

    /* The main thread holds the GIL on and off while the workers run: it competes too. */
    counter = 0;
    Py_BEGIN_ALLOW_THREADS
    run_threads(gilstate_worker);
    Py_END_ALLOW_THREADS
    CHECK(PyThreadState_Get() == main_ts);
    CHECK_MSG(counter == n_threads * n_rounds, "GILState: counter %ld, expected %ld", counter,
              n_threads * n_rounds);

    /* Ensure on the main thread while it holds the GIL is a nested, LOCKED acquisition. */
    PyGILState_STATE g = PyGILState_Ensure();
    CHECK(g == PyGILState_LOCKED);
    PyGILState_Release(g);
    CHECK(PyThreadState_Get() == main_ts);

    counter = 0;
    PyThreadState *saved = PyEval_SaveThread();
    CHECK(saved == main_ts);
    CHECK(!PyGILState_Check());
    run_threads(acquire_worker);
    PyEval_RestoreThread(saved);
    CHECK(PyGILState_Check());
    CHECK_MSG(counter == n_threads * n_rounds, "AcquireThread: counter %ld, expected %ld", counter,
              n_threads * n_rounds);

    /* Ensure from a thread of the main interpreter after it released the GIL: main thread. */
    saved = PyEval_SaveThread();
    g = PyGILState_Ensure();
    CHECK(g == PyGILState_UNLOCKED);
    CHECK(PyThreadState_Get() == main_ts); /* the thread's existing state is reused */
    PyGILState_Release(g);
    PyEval_RestoreThread(saved);

    CHECK(Py_FinalizeEx() == 0);
    printf("test_gilstate: %ld threads x %ld rounds OK\n", n_threads, n_rounds);
    return 0;
}
