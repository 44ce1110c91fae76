/* N threads, each creating, using and ending its own interpreter concurrently (PEP 684 style:
 * PyInterpreterConfig with its own GIL through Py_NewInterpreterFromConfig).
 *   - interpreters alive at the same time have distinct ids and distinct singletons
 *     (Py_GetConstantBorrowed(Py_CONSTANT_NONE), Py_True, ...), all different from the main
 *     interpreter's;
 *   - each thread holds its own interpreter's GIL: it runs without the main GIL (released with
 *     PyEval_SaveThread) and without waiting for the other threads;
 *   - contradictory configurations fail with an error status instead of crashing.
 * Usage: test_threads [threads] [rounds]   (default 4 threads x 25 rounds) */
#include <Python.h>
#include <pthread.h>
#include "check.h"

#define MAX_THREADS 64

static long n_threads, n_rounds;
static pthread_barrier_t barrier;
static PyObject *main_none, *main_true;
static int64_t main_id;

/* Filled by each thread in the synchronised part of a round. */
static PyObject *seen_none[MAX_THREADS], *seen_true[MAX_THREADS];
static int64_t seen_id[MAX_THREADS];

static PyThreadState *new_own_gil_interpreter(void)
{
    PyInterpreterConfig config = {
        .use_main_obmalloc = 0,
        .allow_fork = 0,
        .allow_exec = 0,
        .allow_threads = 1,
        .allow_daemon_threads = 0,
        .check_multi_interp_extensions = 1,
        .gil = PyInterpreterConfig_OWN_GIL,
    };
    PyThreadState *ts = NULL;
    PyStatus status = Py_NewInterpreterFromConfig(&ts, &config);
    CHECK_MSG(!PyStatus_Exception(status), "Py_NewInterpreterFromConfig: %s",
              status.err_msg ? status.err_msg : "(no message)");
    CHECK(ts != NULL);
    CHECK(PyThreadState_Get() == ts);
    return ts;
}

static void *worker(void *arg)
{
    long me = (long)(intptr_t)arg;
    CHECK(PyGILState_GetThisThreadState() == NULL); /* a fresh thread has no state yet */
    for (long round = 0; round < n_rounds; round++) {
        PyThreadState *ts = new_own_gil_interpreter();
        PyInterpreterState *interp = PyThreadState_GetInterpreter(ts);
        int64_t id = PyInterpreterState_GetID(interp);
        PyObject *none = Py_GetConstantBorrowed(Py_CONSTANT_NONE);
        CHECK(none == Py_None && Py_IsNone(none));
        CHECK(none != main_none && Py_True != main_true && id != main_id);
        CHECK(Py_True != Py_False && Py_IsTrue(Py_True) && Py_IsFalse(Py_False));
        PyObject *t = Py_GetConstant(Py_CONSTANT_TRUE); /* a new reference */
        CHECK(t == Py_True);
        Py_DECREF(t);
        PyObject *r = Py_NewRef(none);
        Py_XDECREF(r);
        RUN_PY("total = sum(range(1000))");

        if (round == 0 || round == n_rounds - 1) {
            /* All threads' interpreters are alive between these barriers: compare them. */
            seen_none[me] = none;
            seen_true[me] = Py_True;
            seen_id[me] = id;
            pthread_barrier_wait(&barrier);
            if (me == 0) {
                for (long a = 0; a < n_threads; a++)
                    for (long b = a + 1; b < n_threads; b++) {
                        CHECK_MSG(seen_id[a] != seen_id[b], "threads %ld and %ld share interpreter id %lld",
                                  a, b, (long long)seen_id[a]);
                        CHECK_MSG(seen_none[a] != seen_none[b], "threads %ld and %ld share None", a, b);
                        CHECK_MSG(seen_true[a] != seen_true[b], "threads %ld and %ld share True", a, b);
                    }
            }
            pthread_barrier_wait(&barrier);
        }
        Py_EndInterpreter(ts);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    n_threads = arg_count(argc, argv, 1, 4);
    n_rounds = arg_count(argc, argv, 2, 25);
    CHECK(n_threads >= 2 && n_threads <= MAX_THREADS);

    Py_InitializeEx(0);
    main_none = Py_None;
    main_true = Py_True;
    main_id = PyInterpreterState_GetID(PyInterpreterState_Get());

    /* Contradictory or unknown settings fail with an error status, as in CPython 3.12:
     * a separate allocator with single-phase extension modules allowed, and an unknown gil value.
     * On failure the caller's thread state is current again. */
    PyThreadState *main_ts = PyThreadState_Get();
    {
        PyInterpreterConfig contradictory = {
            .use_main_obmalloc = 0,
            .allow_threads = 1,
            .check_multi_interp_extensions = 0,
            .gil = PyInterpreterConfig_OWN_GIL,
        };
        PyInterpreterConfig unknown = {
            .use_main_obmalloc = 0,
            .allow_threads = 1,
            .check_multi_interp_extensions = 1,
            .gil = 99,
        };
        PyInterpreterConfig *bad[] = {&contradictory, &unknown};
        for (int i = 0; i < 2; i++) {
            PyThreadState *ts = (PyThreadState *)&ts; /* must be overwritten with NULL */
            PyStatus st = Py_NewInterpreterFromConfig(&ts, bad[i]);
            CHECK_MSG(PyStatus_Exception(st), "bad config %d was accepted", i);
            CHECK(st.err_msg != NULL && st.err_msg[0] != '\0');
            CHECK(ts == NULL);
            CHECK(PyThreadState_Get() == main_ts);
        }
    }

    /* Release the main interpreter's GIL: the workers never touch the main interpreter. */
    CHECK(PyEval_SaveThread() == main_ts);

    pthread_t th[MAX_THREADS];
    CHECK(pthread_barrier_init(&barrier, NULL, (unsigned)n_threads) == 0);
    for (long i = 0; i < n_threads; i++)
        CHECK(pthread_create(&th[i], NULL, worker, (void *)(intptr_t)i) == 0);
    for (long i = 0; i < n_threads; i++)
        CHECK(pthread_join(th[i], NULL) == 0);
    pthread_barrier_destroy(&barrier);

    PyEval_RestoreThread(main_ts);
    CHECK(Py_None == main_none);
    CHECK(Py_FinalizeEx() == 0);
    printf("test_threads: %ld threads x %ld own-GIL interpreters OK\n", n_threads, n_rounds);
    return 0;
}
