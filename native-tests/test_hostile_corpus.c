/* The hostile-script corpus (issue 8): every native-tests/hostile/NAME.py runs in a fresh isolated
 * subinterpreter on its own pthread with a 256 KiB stack, under the host controls its header asks
 * for, and must end the way its header says. After each script the same interpreter must still
 * run code, Py_EndInterpreter must succeed, and a second ("witness") interpreter, alive for the
 * whole run on the main thread, must still work (so must its sys.stdout and builtins) — the
 * attacker wants to crash, hang or exhaust the host, and must not.
 *
 *   test_hostile_corpus DIR [quick] [NAME-SUBSTRING]
 *
 * "quick" (the valgrind run) runs only the scripts marked "# valgrind: run": a cross-section that
 * takes minutes under memcheck rather than an hour. Header lines, at the top of each script:
 *   # expect: ok | <Outcome>[,<Outcome>...]   an outcome: "terminated" or a builtin exception
 *                                 name (subclasses match)
 *   # message: <text>            the exception's str() must contain it
 *   # budget-ms: N               time budget per call (default 20000: a hang guard)
 *   # budget-ticks: N            tick budget per call
 *   # memory-limit: N            memory cap in bytes
 *   # interrupt-after-ms: N      a watchdog thread sends PyIsolated_INTERRUPT after N ms
 *   # terminate-after-ms: N      ... PyIsolated_TERMINATE (repeated every N ms, up to 5 times,
 *                                 with "# terminate-repeat: K")
 *   # config: legacy | no-threads  a legacy-config subinterpreter, or an isolated one with
 *                                 allow_threads = 0, instead of the isolated configuration
 *   # terminate-before-end: yes  the host sends PyIsolated_TERMINATE before Py_EndInterpreter
 *                                 (stops the script's own threads)
 *   # valgrind: run              part of the quick (valgrind) run
 * A script that hangs past 120 s (600 s in quick mode) fails the test instead of hanging CI. */
#define _GNU_SOURCE
#include <Python.h>
#include <isolated.h>
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

#define MAX_SCRIPTS 512
#define MAX_SOURCE (4 << 20)

struct script {
    char name[240];
    char *source;
    char expect[256];
    char message[256];
    long long budget_ms, budget_ticks, memory_limit;
    int interrupt_after_ms, terminate_after_ms, terminate_repeat;
    int legacy_config, no_threads, terminate_before_end, valgrind_run;
    /* results */
    char failure[1024];
    double seconds;
    volatile int done;
};

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    CHECK_MSG(f != NULL, "cannot open %s", path);
    char *buf = malloc(MAX_SOURCE + 1);
    CHECK(buf != NULL);
    size_t n = fread(buf, 1, MAX_SOURCE, f);
    CHECK_MSG(n < MAX_SOURCE, "%s is too big", path);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Reads the "# key: value" lines at the top of the script. */
static void parse_header(struct script *s)
{
    s->budget_ms = 20000;
    s->terminate_repeat = 1;
    snprintf(s->expect, sizeof s->expect, "ok");
    const char *p = s->source;
    while (*p == '#') {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        char line[512];
        snprintf(line, sizeof line, "%.*s", (int)(len < sizeof line - 1 ? len : sizeof line - 1), p);
        char *colon = strchr(line, ':');
        if (colon != NULL) {
            *colon = '\0';
            const char *key = line + 1;
            while (*key == ' ') key++;
            const char *value = colon + 1;
            while (*value == ' ') value++;
            if (strcmp(key, "expect") == 0) snprintf(s->expect, sizeof s->expect, "%s", value);
            else if (strcmp(key, "message") == 0) snprintf(s->message, sizeof s->message, "%s", value);
            else if (strcmp(key, "budget-ms") == 0) s->budget_ms = atoll(value);
            else if (strcmp(key, "budget-ticks") == 0) s->budget_ticks = atoll(value);
            else if (strcmp(key, "memory-limit") == 0) s->memory_limit = atoll(value);
            else if (strcmp(key, "interrupt-after-ms") == 0) s->interrupt_after_ms = atoi(value);
            else if (strcmp(key, "terminate-after-ms") == 0) s->terminate_after_ms = atoi(value);
            else if (strcmp(key, "terminate-repeat") == 0) s->terminate_repeat = atoi(value);
            else if (strcmp(key, "config") == 0) {
                s->legacy_config = strcmp(value, "legacy") == 0;
                s->no_threads = strcmp(value, "no-threads") == 0;
                CHECK_MSG(s->legacy_config || s->no_threads, "%s: unknown config '%s'", s->name, value);
            }
            else if (strcmp(key, "terminate-before-end") == 0) s->terminate_before_end = strcmp(value, "yes") == 0;
            else if (strcmp(key, "valgrind") == 0) s->valgrind_run = strcmp(value, "run") == 0;
            else CHECK_MSG(strchr(key, ' ') != NULL, "%s: unknown header '%s'", s->name, key);  /* else a comment */
        }
        if (eol == NULL) break;
        p = eol + 1;
    }
}

static void fail(struct script *s, const char *fmt, const char *detail)
{
    if (s->failure[0] == '\0') snprintf(s->failure, sizeof s->failure, fmt, detail);
}

/* The pending exception's "Type: message", for reports; leaves the error set. */
static void describe_error(char *out, size_t size)
{
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *name = exc ? PyObject_GetAttrString((PyObject *)Py_TYPE(exc), "__name__") : NULL;
    PyObject *text = exc ? PyObject_Str(exc) : NULL;
    const char *n = name ? PyUnicode_AsUTF8(name) : NULL;
    const char *t = text ? PyUnicode_AsUTF8(text) : NULL;
    if (n == NULL || t == NULL) PyErr_Clear();
    snprintf(out, size, "%s: %.300s", n ? n : "?", t ? t : "?");
    Py_XDECREF(name);
    Py_XDECREF(text);
    PyErr_SetRaisedException(exc);
}

/* Whether the pending error is one the header expects. */
static int matches_expected(struct script *s)
{
    if (PyIsolated_ErrTerminated()) return strstr(s->expect, "terminated") != NULL;
    PyObject *builtins = PyImport_ImportModule("builtins");
    if (builtins == NULL) {
        PyErr_Clear();
        return 0;
    }
    char names[256];
    snprintf(names, sizeof names, "%s", s->expect);
    int match = 0;
    for (char *save = NULL, *name = strtok_r(names, ", ", &save); name && !match; name = strtok_r(NULL, ", ", &save)) {
        if (strcmp(name, "terminated") == 0) continue;
        PyObject *type = PyObject_GetAttrString(builtins, name);
        if (type == NULL) {
            /* An unknown name is a broken header, not a match; keep the script's error. */
            PyObject *pending = PyErr_GetRaisedException();
            PyErr_Clear();
            PyErr_SetRaisedException(pending);
            continue;
        }
        match = PyErr_ExceptionMatches(type);
        Py_DECREF(type);
    }
    Py_DECREF(builtins);
    return match;
}

static int message_matches(const char *message)
{
    if (message[0] == '\0') return 1;
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *text = PyObject_Str(exc);
    const char *t = text ? PyUnicode_AsUTF8(text) : NULL;
    int ok = t != NULL && strstr(t, message) != NULL;
    if (t == NULL) PyErr_Clear();
    Py_XDECREF(text);
    PyErr_SetRaisedException(exc);
    return ok;
}

struct watchdog {
    PyInterpreterState *interp;
    int kind, delay_ms, repeat;
    volatile int *stop;
};

static void *watchdog_main(void *arg)
{
    struct watchdog *w = arg;
    for (int r = 0; r < w->repeat && !*w->stop; r++) {
        for (int waited = 0; waited < w->delay_ms && !*w->stop; waited += 5) usleep(5000);
        /* Retry until the request lands on running code (the call may not have started yet). */
        for (int i = 0; i < 2000 && !*w->stop && PyIsolated_Interrupt(w->interp, w->kind) == 0; i++) usleep(2000);
    }
    return NULL;
}

static PyObject *run_in(PyObject *globals, const char *source)
{
    return PyRun_String(source, Py_file_input, globals, globals);
}

/* One script, on a 256 KiB-stack thread: create the interpreter, run, check, end. */
static void *run_script(void *arg)
{
    struct script *s = arg;
    double start = now_s();
    PyInterpreterConfig isolated = _PyInterpreterConfig_INIT;
    PyInterpreterConfig legacy = _PyInterpreterConfig_LEGACY_INIT;
    if (s->no_threads) isolated.allow_threads = 0;
    PyThreadState *ts = NULL;
    PyStatus st = Py_NewInterpreterFromConfig(&ts, s->legacy_config ? &legacy : &isolated);
    CHECK_MSG(!PyStatus_Exception(st), "%s: %s", s->name, st.err_msg ? st.err_msg : "?");
    PyInterpreterState *interp = PyThreadState_GetInterpreter(ts);
    CHECK(PyIsolated_SetBudget(interp, s->budget_ticks, s->budget_ms) == 0);
    if (s->memory_limit) CHECK(PyIsolated_SetMemoryLimit(interp, s->memory_limit) == 0);

    PyObject *main_module = PyImport_AddModule("__main__");
    CHECK(main_module != NULL);
    PyObject *globals = PyModule_GetDict(main_module);
    Py_INCREF(globals);

    volatile int stop = 0;
    struct watchdog w = { interp, 0, 0, 1, &stop };
    pthread_t watchdog;
    int have_watchdog = 0;
    if (s->interrupt_after_ms || s->terminate_after_ms) {
        w.kind = s->terminate_after_ms ? PyIsolated_TERMINATE : PyIsolated_INTERRUPT;
        w.delay_ms = s->terminate_after_ms ? s->terminate_after_ms : s->interrupt_after_ms;
        w.repeat = s->terminate_repeat;
        CHECK(pthread_create(&watchdog, NULL, watchdog_main, &w) == 0);
        have_watchdog = 1;
    }
    PyObject *r = run_in(globals, s->source);
    stop = 1;
    if (have_watchdog) pthread_join(watchdog, NULL);
    char got[512] = "ok";
    if (r == NULL) describe_error(got, sizeof got);
    if (strcmp(s->expect, "ok") == 0) {
        if (r == NULL) fail(s, "expected ok, got %s", got);
    } else if (r != NULL) {
        fail(s, "completed, expected %s", s->expect);
    } else if (!matches_expected(s)) {
        fail(s, "got %s", got);
    } else if (!message_matches(s->message)) {
        fail(s, "message does not contain the expected text: %s", got);
    }
    Py_XDECREF(r);
    PyErr_Clear();

    /* The interpreter stays usable: a fresh call (the budget restarts) runs code. */
    PyIsolated_SetMemoryLimit(interp, 0);
    PyObject *again = run_in(globals, "__hostile_check = 0\nwhile __hostile_check < 1000: __hostile_check += 1\n");
    if (again == NULL) {
        describe_error(got, sizeof got);
        fail(s, "interpreter unusable afterwards: %s", got);
        PyErr_Clear();
    }
    Py_XDECREF(again);
    Py_DECREF(globals);

    if (s->terminate_before_end) PyIsolated_Interrupt(interp, PyIsolated_TERMINATE);
    Py_EndInterpreter(ts);
    /* A refused end leaves the thread state current; that is a failure of the safe-end rule. */
    PyThreadState *left = PyThreadState_Swap(NULL);
    if (left != NULL) {
        fail(s, "%s", "Py_EndInterpreter refused to end the interpreter");
        PyThreadState_Swap(left);
        PyEval_SaveThread();
    }
    s->seconds = now_s() - start;
    s->done = 1;
    return NULL;
}

/* The witness interpreter must be unaffected by what the script did to its own. */
static void check_witness(PyThreadState *witness, PyObject *globals, struct script *s)
{
    PyEval_RestoreThread(witness);
    PyObject *r = run_in(globals,
        "import sys, builtins, json\n"
        "assert sum(range(100)) == 4950\n"
        "assert json.loads(json.dumps([1, {'a': 2}])) == [1, {'a': 2}]\n"
        "assert sys.stdout.write('') == 0 and not sys.stdout.closed\n"
        "assert builtins.__import__ is not None and sys.getrecursionlimit() == 1000\n"
        "assert sys.modules['sys'] is sys\n"
        "witness_runs += 1\n");
    if (r == NULL) {
        char got[512];
        describe_error(got, sizeof got);
        fail(s, "the witness interpreter broke: %s", got);
        PyErr_Print();
    }
    Py_XDECREF(r);
    PyEval_SaveThread();
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct script *)a)->name, ((const struct script *)b)->name);
}

static struct script scripts[MAX_SCRIPTS];

int main(int argc, char **argv)
{
    CHECK_MSG(argc >= 2, "usage: test_hostile_corpus DIR [quick] [NAME-SUBSTRING]");
    const char *dir = argv[1];
    int quick = argc >= 3 && strcmp(argv[2], "quick") == 0;
    const char *filter = argc >= 4 ? argv[3] : (argc >= 3 && !quick ? argv[2] : NULL);
    int count = 0;
    DIR *d = opendir(dir);
    CHECK_MSG(d != NULL, "cannot open %s", dir);
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".py") != 0) continue;
        if (filter && strstr(e->d_name, filter) == NULL) continue;
        CHECK(count < MAX_SCRIPTS);
        snprintf(scripts[count++].name, sizeof scripts[0].name, "%s", e->d_name);
    }
    closedir(d);
    CHECK_MSG(count > 0, "no scripts in %s", dir);
    qsort(scripts, (size_t)count, sizeof scripts[0], by_name);
    for (int i = 0; i < count; i++) {
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, scripts[i].name);
        scripts[i].source = read_file(path);
        parse_header(&scripts[i]);
    }

    Py_Initialize();
    /* The witness: a second subinterpreter that lives through the whole corpus. */
    PyThreadState *main_ts = PyThreadState_Get();
    PyThreadState *witness = Py_NewInterpreter();
    CHECK(witness != NULL);
    PyObject *witness_globals = PyDict_New();
    CHECK(witness_globals != NULL);
    CHECK(PyDict_SetItemString(witness_globals, "__builtins__", PyEval_GetBuiltins()) == 0);
    PyObject *zero = PyLong_FromLong(0);
    CHECK(PyDict_SetItemString(witness_globals, "witness_runs", zero) == 0);
    Py_DECREF(zero);
    PyEval_SaveThread();

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    CHECK(pthread_attr_setstacksize(&attr, 256 * 1024) == 0);
    int failures = 0, ran = 0;
    double total = now_s();
    for (int i = 0; i < count; i++) {
        struct script *s = &scripts[i];
        if (quick && !s->valgrind_run) continue;
        pthread_t t;
        CHECK(pthread_create(&t, &attr, run_script, s) == 0);
        struct timespec limit;
        clock_gettime(CLOCK_REALTIME, &limit);
        limit.tv_sec += quick ? 600 : 120;
        if (pthread_timedjoin_np(t, NULL, &limit) != 0) {
            fprintf(stderr, "hostile: %s: HUNG (no result after %d s)\n", s->name, quick ? 600 : 120);
            fflush(NULL);
            _exit(1);
        }
        check_witness(witness, witness_globals, s);
        ran++;
        printf("hostile: %-40s %6.2f s  %s%s\n", s->name, s->seconds, s->failure[0] ? "FAIL: " : "ok",
               s->failure);
        fflush(stdout);
        if (s->failure[0]) failures++;
    }
    pthread_attr_destroy(&attr);

    PyEval_RestoreThread(witness);
    PyObject *runs = PyDict_GetItemString(witness_globals, "witness_runs");
    CHECK(runs != NULL && PyLong_AsLong(runs) == ran);
    Py_DECREF(witness_globals);
    Py_EndInterpreter(witness);
    PyThreadState_Swap(main_ts);
    CHECK(PyRun_SimpleString("assert sum(range(10)) == 45") == 0);
    CHECK(Py_FinalizeEx() == 0);
    for (int i = 0; i < count; i++) free(scripts[i].source);
    printf("hostile corpus: %d scripts, %d failed, %.1f s\n", ran, failures, now_s() - total);
    return failures ? 1 : 0;
}
