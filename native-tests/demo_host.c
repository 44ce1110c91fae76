/* The demo host that `./build.sh` runs: the smallest useful embedding of Isolated.
 * It initialises the runtime, then two threads each create their own interpreter (own GIL,
 * CPython 3.12's PyInterpreterConfig), run print(1 + 1) in it and end it, concurrently. */
#include <Python.h>
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t both_alive;

struct result {
    int64_t id;
    PyObject *none;
    int run_rc;
};

static void *thread_main(void *arg)
{
    struct result *r = arg;
    PyInterpreterConfig config = {
        .use_main_obmalloc = 0, .allow_fork = 0, .allow_exec = 0, .allow_threads = 1,
        .allow_daemon_threads = 0, .check_multi_interp_extensions = 1,
        .gil = PyInterpreterConfig_OWN_GIL,
    };
    PyThreadState *ts = NULL;
    PyStatus st = Py_NewInterpreterFromConfig(&ts, &config);
    if (PyStatus_Exception(st)) {
        fprintf(stderr, "Py_NewInterpreterFromConfig: %s\n", st.err_msg ? st.err_msg : "?");
        r->id = -1;
        pthread_barrier_wait(&both_alive);
        return NULL;
    }
    r->id = PyInterpreterState_GetID(PyThreadState_GetInterpreter(ts));
    r->none = Py_GetConstantBorrowed(Py_CONSTANT_NONE);
    fflush(stdout);
    r->run_rc = PyRun_SimpleString("print(1 + 1)");
    pthread_barrier_wait(&both_alive); /* both interpreters exist at this point */
    Py_EndInterpreter(ts);
    return NULL;
}

int main(void)
{
    Py_InitializeEx(0);
    PyObject *main_none = Py_None;
    printf("runtime initialised; main interpreter id %lld\n",
           (long long)PyInterpreterState_GetID(PyInterpreterState_Main()));
    PyThreadState *main_ts = PyEval_SaveThread();

    struct result r[2] = {{0}};
    pthread_t th[2];
    pthread_barrier_init(&both_alive, NULL, 2);
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, thread_main, &r[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&both_alive);

    PyEval_RestoreThread(main_ts);
    int ok = r[0].id > 0 && r[1].id > 0 && r[0].id != r[1].id;
    for (int i = 0; i < 2; i++)
        printf("thread %d: interpreter id %lld, None at %p%s\n", i, (long long)r[i].id,
               (void *)r[i].none,
               r[i].run_rc == 0 ? ", ran print(1 + 1)" : ", PyRun_SimpleString FAILED");
    ok = ok && r[0].run_rc == 0 && r[1].run_rc == 0;
    int distinct = r[0].none != r[1].none && r[0].none != main_none && r[1].none != main_none;
    printf("singletons differ between interpreters: %s\n", distinct ? "yes" : "NO");
    ok = ok && distinct;
    if (Py_FinalizeEx() != 0)
        ok = 0;
    printf("runtime finalised: %s\n", ok ? "OK" : "FAILED");
    return ok ? 0 : 1;
}
