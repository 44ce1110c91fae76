/* Soak test (issue 8): for a set time, T threads each create interpreters (own GIL) and run
 * random programs of the conformance corpus in them, while a chaos thread interrupts and
 * terminates running interpreters at random; interpreters get random memory caps and budgets
 * and are ended after a random number of programs. At the end it checks: no crash, every
 * interpreter created was ended, Py_FinalizeEx succeeds, and RSS after the run is near the
 * baseline taken after a warm-up (ISOLATED_SOAK_NO_RSS skips that under valgrind, whose run
 * checks memcheck errors and definitely/indirectly lost bytes instead).
 *
 *   test_soak SECONDS THREADS CASES_DIR [SEED]
 *
 * CASES_DIR is tests/Isolated.Tests/Conformance/cases; programs run with it as the working
 * directory and cases/_fixtures on sys.path, as the conformance runner runs them, with their
 * output captured in the interpreter (a StringIO) so the log stays readable. Programs under
 * process/ (subprocesses, signals) and those reading stdin are left out. ISOLATED_SOAK_SECONDS
 * overrides SECONDS (the long run: ISOLATED_SOAK_SECONDS=600 build/cmake/native-tests/test_soak
 * 0 8 CASES_DIR). */
#include <Python.h>
#include <isolated.h>
#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

#define MAX_PROGRAMS 4096
#define MAX_THREADS 64

static char *programs[MAX_PROGRAMS];     /* "area/name.py", relative to CASES_DIR */
static int program_count;
static double deadline;

/* Interpreters the chaos thread may signal; a worker removes its interpreter before ending it,
 * under the same lock the chaos thread holds while it signals, so it never signals a dead one. */
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;
static PyInterpreterState *live[MAX_THREADS];

/* How the runs that raised ended, by exception type name (printed at the end). */
#define MAX_KINDS 64
static pthread_mutex_t kinds_lock = PTHREAD_MUTEX_INITIALIZER;
static char kind_names[MAX_KINDS][64];
static long kind_counts[MAX_KINDS];
static int kind_count;

static int verbose;   /* ISOLATED_SOAK_VERBOSE=1: print each program's exception */

static void count_exception(const char *program)
{
    PyObject *type = PyErr_Occurred();
    if (verbose && !PyErr_ExceptionMatches(PyExc_KeyboardInterrupt) && !PyIsolated_ErrTerminated()) {
        PyObject *et, *ev, *tb;
        PyErr_Fetch(&et, &ev, &tb);
        PyObject *text = ev ? PyObject_Repr(ev) : NULL;
        fprintf(stderr, "soak: %s: %s\n", program, text ? PyUnicode_AsUTF8(text) : "?");
        Py_XDECREF(text);
        PyErr_Restore(et, ev, tb);
        type = PyErr_Occurred();
    }
    PyObject *name = PyObject_GetAttrString(type, "__name__");
    const char *text = name ? PyUnicode_AsUTF8(name) : NULL;
    if (text == NULL) {
        PyErr_Clear();
        text = "?";
    }
    pthread_mutex_lock(&kinds_lock);
    int i = 0;
    while (i < kind_count && strcmp(kind_names[i], text) != 0)
        i++;
    if (i == kind_count && kind_count < MAX_KINDS)
        snprintf(kind_names[kind_count++], sizeof kind_names[0], "%s", text);
    if (i < MAX_KINDS)
        kind_counts[i]++;
    pthread_mutex_unlock(&kinds_lock);
    Py_XDECREF(name);
}

static atomic_long end_retries;
static atomic_long created, ended, runs, failed_runs, interrupts, terminations, capped;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, resident = 0;
    if (f) {
        CHECK(fscanf(f, "%ld %ld", &size, &resident) == 2);
        fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static int wanted(const char *area, const char *name)
{
    size_t n = strlen(name);
    if (area[0] == '_' || name[0] == '_' || n < 4 || strcmp(name + n - 3, ".py") != 0)
        return 0;
    if (strcmp(area, "process") == 0)
        return 0;
    /* A program with stdin of its own (<name>.in) reads it: skip it. */
    char in[512];
    snprintf(in, sizeof in, "%s/%.*s.in", area, (int)(n - 3), name);
    struct stat st;
    return stat(in, &st) != 0;
}

static void collect_programs(void)
{
    DIR *top = opendir(".");
    CHECK(top != NULL);
    struct dirent *a;
    while ((a = readdir(top)) != NULL) {
        if (a->d_name[0] == '.' || a->d_name[0] == '_')
            continue;
        DIR *sub = opendir(a->d_name);
        if (!sub)
            continue;
        struct dirent *e;
        while ((e = readdir(sub)) != NULL && program_count < MAX_PROGRAMS) {
            if (!wanted(a->d_name, e->d_name))
                continue;
            size_t len = strlen(a->d_name) + strlen(e->d_name) + 2;
            programs[program_count] = malloc(len);
            snprintf(programs[program_count], len, "%s/%s", a->d_name, e->d_name);
            program_count++;
        }
        closedir(sub);
    }
    closedir(top);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc(n + 1);
    CHECK(fread(text, 1, n, f) == (size_t)n);
    text[n] = '\0';
    fclose(f);
    return text;
}

/* Runs one corpus program in the current interpreter's fresh namespace. Any outcome but a crash
 * is acceptable (an exception, a termination, MemoryError, SystemExit); the error is cleared. */
static void run_program(const char *rel)
{
    char *source = read_file(rel);
    PyObject *globals = PyDict_New();
    CHECK(globals != NULL);
    PyObject *name = PyUnicode_FromString("__main__");
    PyObject *file = PyUnicode_FromString(rel);
    CHECK(PyDict_SetItemString(globals, "__name__", name) == 0);
    CHECK(PyDict_SetItemString(globals, "__file__", file) == 0);
    CHECK(PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins()) == 0);
    Py_DECREF(name);
    Py_DECREF(file);
    PyObject *result = PyRun_String(source, Py_file_input, globals, globals);
    atomic_fetch_add(&runs, 1);
    if (result == NULL) {
        CHECK_MSG(PyErr_Occurred() != NULL, "%s: NULL result without an exception", rel);
        atomic_fetch_add(&failed_runs, 1);
        count_exception(rel);
        PyErr_Clear();
    } else {
        Py_DECREF(result);
    }
    Py_DECREF(globals);
    free(source);
}

static const char *setup =
    "import sys, io\n"
    "sys.path.insert(0, '_fixtures')\n"
    "sys.stdout = io.StringIO()\n"
    "sys.stderr = io.StringIO()\n";

static void *worker(void *arg)
{
    long slot = (long)arg;
    unsigned seed = (unsigned)(slot * 7919 + 17);
    while (now_s() < deadline) {
        PyInterpreterConfig config = _PyInterpreterConfig_INIT;
        PyThreadState *ts = NULL;
        PyStatus st = Py_NewInterpreterFromConfig(&ts, &config);
        CHECK_MSG(!PyStatus_Exception(st), "slot %ld: %s", slot, st.err_msg ? st.err_msg : "?");
        atomic_fetch_add(&created, 1);
        PyInterpreterState *interp = PyThreadState_GetInterpreter(ts);
        CHECK(PyRun_SimpleString(setup) == 0);

        /* Every call is bounded (a corpus program may loop for seconds); some get tighter caps. */
        CHECK(PyIsolated_SetBudget(interp, 0, 3000) == 0);
        int roll = rand_r(&seed) % 4;
        if (roll == 0) {
            CHECK(PyIsolated_SetBudget(interp, 1000 + rand_r(&seed) % 200000, 3000) == 0);
        } else if (roll == 1) {
            CHECK(PyIsolated_SetMemoryLimit(interp, (1 + rand_r(&seed) % 64) << 20) == 0);
            atomic_fetch_add(&capped, 1);
        }

        pthread_mutex_lock(&live_lock);
        live[slot] = interp;
        pthread_mutex_unlock(&live_lock);

        int count = 1 + rand_r(&seed) % 4;
        for (int i = 0; i < count && now_s() < deadline; i++)
            run_program(programs[rand_r(&seed) % program_count]);

        pthread_mutex_lock(&live_lock);
        live[slot] = NULL;
        pthread_mutex_unlock(&live_lock);
        /* A thread the program started may still run (a raw _thread one, which nothing joins):
         * Py_EndInterpreter terminates it and waits up to 2 s; one that still runs makes it
         * report "not the last thread" and leave the interpreter as it was (CPython aborts the
         * process there). Then terminate it again and end the interpreter again. */
        for (int attempt = 0;; attempt++) {
            Py_EndInterpreter(ts);
            if (!PyGILState_Check())
                break;
            CHECK_MSG(attempt < 200, "slot %ld: the interpreter's other threads never stopped", slot);
            atomic_fetch_add(&end_retries, 1);
            if (attempt >= 3)
                PyIsolated_Interrupt(interp, PyIsolated_TERMINATE);
            PyThreadState *saved = PyEval_SaveThread();
            usleep(10000);
            PyEval_RestoreThread(saved);
        }
        atomic_fetch_add(&ended, 1);
    }
    return NULL;
}

static long thread_count;

static void *chaos(void *arg)
{
    (void)arg;
    unsigned seed = 4242;
    while (now_s() < deadline) {
        usleep(2000 + rand_r(&seed) % 20000);
        long slot = rand_r(&seed) % thread_count;
        int kind = rand_r(&seed) % 3 == 0 ? PyIsolated_TERMINATE : PyIsolated_INTERRUPT;
        pthread_mutex_lock(&live_lock);
        if (live[slot] != NULL && PyIsolated_Interrupt(live[slot], kind) > 0)
            atomic_fetch_add(kind == PyIsolated_TERMINATE ? &terminations : &interrupts, 1);
        pthread_mutex_unlock(&live_lock);
    }
    return NULL;
}

static void run_phase(double seconds)
{
    deadline = now_s() + seconds;
    pthread_t th[MAX_THREADS], chaos_thread;
    for (long i = 0; i < thread_count; i++)
        CHECK(pthread_create(&th[i], NULL, worker, (void *)i) == 0);
    CHECK(pthread_create(&chaos_thread, NULL, chaos, NULL) == 0);
    for (long i = 0; i < thread_count; i++)
        pthread_join(th[i], NULL);
    pthread_join(chaos_thread, NULL);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: test_soak SECONDS THREADS CASES_DIR\n");
        return 2;
    }
    double seconds = atof(argv[1]);
    const char *env = getenv("ISOLATED_SOAK_SECONDS");
    if (env && atof(env) > 0)
        seconds = atof(env);
    thread_count = arg_count(argc, argv, 2, 4);
    verbose = getenv("ISOLATED_SOAK_VERBOSE") != NULL;
    CHECK(thread_count >= 1 && thread_count <= MAX_THREADS);
    CHECK_MSG(chdir(argv[3]) == 0, "cannot enter %s", argv[3]);
    collect_programs();
    CHECK_MSG(program_count > 10, "only %d programs found under %s", program_count, argv[3]);

    Py_Initialize();
    PyThreadState *main_ts = PyEval_SaveThread();

    /* Warm-up (a tenth of the time, at least one round per thread) sets the RSS baseline. */
    run_phase(seconds / 10 > 0.5 ? seconds / 10 : 0.5);
    long baseline = rss_kb();
    run_phase(seconds);
    long after = rss_kb();

    PyEval_RestoreThread(main_ts);
    CHECK(PyRun_SimpleString("import gc; gc.collect()") == 0);
    long created_n = atomic_load(&created), ended_n = atomic_load(&ended);
    printf("soak: %.0f s, %ld threads, %d programs: %ld interpreters created, %ld ended; %ld runs "
           "(%ld raised), %ld capped, %ld interrupts, %ld terminations; RSS %ld kB after warm-up, "
           "%ld kB at the end; %ld retries to end an interpreter\n", seconds, thread_count, program_count, created_n, ended_n,
           atomic_load(&runs), atomic_load(&failed_runs), atomic_load(&capped),
           atomic_load(&interrupts), atomic_load(&terminations), baseline, after,
           atomic_load(&end_retries));
    printf("soak: the runs that raised:");
    for (int i = 0; i < kind_count; i++)
        printf(" %s %ld%s", kind_names[i], kind_counts[i], i + 1 < kind_count ? "," : "\n");
    fflush(stdout);
    CHECK_MSG(created_n == ended_n, "%ld interpreters created but %ld ended", created_n, ended_n);
    CHECK(atomic_load(&runs) > 0);
    /* RSS may move with the GC's heap sizing; a leak of interpreters grows it without bound.
     * Allow the larger of 50% and 64 MB over the warm-up figure. */
    long allowed = baseline / 2 > 65536 ? baseline / 2 : 65536;
    if (getenv("ISOLATED_SOAK_NO_RSS") == NULL)   /* set for the valgrind run, whose RSS is valgrind's */
        CHECK_MSG(after <= baseline + allowed, "RSS grew from %ld kB to %ld kB", baseline, after);
    CHECK(Py_FinalizeEx() == 0);
    for (int i = 0; i < program_count; i++)
        free(programs[i]);
    return 0;
}
