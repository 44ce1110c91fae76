/* Hostile scripts against a C host (issue 8): T pthreads with 256 KiB stacks each create an
 * interpreter and run a list of snippets that recurse deeply in Python code, in builtins and in
 * the compiler; each must end in an exception (RecursionError, MemoryError, SyntaxError,
 * IndentationError), never in a crash. Then the host controls: a watchdog thread terminates
 * `while True` loops that catch everything, a tick budget and a hook stop runaway code, and a
 * memory cap turns a huge allocation into MemoryError — and the interpreter stays usable.
 *   test_hostile [threads] */
#include <Python.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

#define NESTED "l = []\nfor i in range(100000): l = [l]\n"

static const char *snippets[] = {
    NESTED "repr(l)",
    "d = {}\nfor i in range(100000): d = {1: d}\nrepr(d)",
    "a = []\nb = []\nfor i in range(100000):\n    a = [a]; b = [b]\na == b",
    "e = Exception()\nfor i in range(100000): e = Exception(e)\nstr(e)",
    "def k(x): return sorted([x], key=k)\nsorted([1], key=k)",
    "compile('(' * 100000, 's', 'exec')",
    "eval('-' * 100000 + '1')",
    "eval('lambda: ' * 10000 + '1')",
    "eval('[' * 100000 + ']' * 100000)",
    "eval('1' + '+1' * 100000)",
    "import json\n" NESTED "json.dumps(l)",
    "import copy\n" NESTED "copy.deepcopy(l)",
    "class B:\n    def __getattr__(self, n): return getattr(self, n)\nB().x",
    "class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
    "class H:\n    def __hash__(self): return hash(self)\nhash(H())",
    "class C:\n    def __eq__(self, o): return self == o\nC() == C()",
    "def f(): f()\nf()",
    "t = int\nfor i in range(100000): t = (t,)\nisinstance(1, t)",
    "exec(''.join(' ' * i + 'if 1:\\n' for i in range(200)) + ' ' * 200 + 'pass\\n')",
    NESTED "print(l)",
    "t = ()\nfor i in range(100000): t = (t,)\nstr(t)",
    "eval('f(' * 100000 + ')' * 100000)",
    "g = iter([1])\nfor _ in range(100000): g = map(abs, g)\nnext(g)",
    "class R:\n    def __repr__(self): return '%r' % [self]\nrepr(R())",
    "def g(n):\n    yield from g(n + 1)\nnext(g(0))",
    "import ast\nast.parse('(' * 100000)",
    "import ast\nast.parse('-' * 100000 + '1')",
    "import ast\ne = ast.Constant(1, lineno=1, col_offset=0)\n"
    "for i in range(100000): e = ast.UnaryOp(ast.USub(), e, lineno=1, col_offset=0)\n"
    "compile(ast.Expression(e), 's', 'eval')",
};
#define NSNIPPETS (sizeof snippets / sizeof snippets[0])

static int expected_error(void)
{
    return PyErr_ExceptionMatches(PyExc_RecursionError) || PyErr_ExceptionMatches(PyExc_MemoryError) ||
           PyErr_ExceptionMatches(PyExc_SyntaxError);   /* IndentationError is a SyntaxError */
}

static PyObject *run(const char *source)
{
    PyObject *globals = PyDict_New();
    CHECK(globals != NULL);
    PyObject *r = PyRun_String(source, Py_file_input, globals, globals);
    Py_DECREF(globals);
    return r;
}

struct watchdog { PyInterpreterState *interp; int kind; int delay_ms; };

static void *watchdog_main(void *arg)
{
    struct watchdog *w = arg;
    usleep((useconds_t)w->delay_ms * 1000);
    /* Retry until the request lands on running code (the call may not have started yet). */
    for (int i = 0; i < 500 && PyIsolated_Interrupt(w->interp, w->kind) == 0; i++) usleep(2000);
    return NULL;
}

static int hook_calls;
static int stop_after_10(PyInterpreterState *interp, long long ticks, void *userdata)
{
    (void)interp; (void)ticks;
    return ++*(int *)userdata >= 10 ? PyIsolated_TERMINATE : PyIsolated_CONTINUE;
}

static void host_controls(long tid)
{
    PyInterpreterState *interp = PyInterpreterState_Get();
    /* Termination from another thread: no except clause catches it, finally blocks run. */
    static const char *swallowers[] = {
        "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n",
        "while True:\n    try:\n        sum(range(10**15))\n    except:\n        pass\n",
        "import time\nwhile True:\n    try:\n        time.sleep(100)\n    except BaseException:\n        pass\n",
        "import re\nwhile True:\n    try:\n        re.match(r'(a+)+$', 'a' * 40 + 'b')\n    except BaseException:\n        pass\n",
    };
    for (size_t i = 0; i < sizeof swallowers / sizeof swallowers[0]; i++) {
        struct watchdog w = { interp, PyIsolated_TERMINATE, 50 };
        pthread_t t;
        CHECK(pthread_create(&t, NULL, watchdog_main, &w) == 0);
        PyObject *r = run(swallowers[i]);
        CHECK_MSG(r == NULL && PyIsolated_ErrTerminated(), "thread %ld: swallower %zu not terminated", tid, i);
        PyErr_Clear();
        pthread_join(t, NULL);
    }
    /* Interrupt: an ordinary KeyboardInterrupt the script may catch. */
    {
        struct watchdog w = { interp, PyIsolated_INTERRUPT, 30 };
        pthread_t t;
        CHECK(pthread_create(&t, NULL, watchdog_main, &w) == 0);
        PyObject *r = run("try:\n    while True: pass\nexcept KeyboardInterrupt:\n    pass\n");
        CHECK_MSG(r != NULL, "thread %ld: KeyboardInterrupt not catchable", tid);
        Py_DECREF(r);
        pthread_join(t, NULL);
    }
    /* A tick budget per call. */
    CHECK(PyIsolated_SetBudget(interp, 200000, 0) == 0);
    CHECK(run("while True: pass") == NULL && PyIsolated_ErrTerminated());
    PyErr_Clear();
    PyObject *ok = run("x = sum(range(1000))");
    CHECK(ok != NULL);
    Py_DECREF(ok);
    CHECK(PyIsolated_SetBudget(interp, 0, 0) == 0);
    /* The hook. */
    int calls = 0;
    CHECK(PyIsolated_SetHook(interp, stop_after_10, 1000, &calls) == 0);
    CHECK(run("while True: pass") == NULL && PyIsolated_ErrTerminated());
    PyErr_Clear();
    CHECK(calls == 10);
    CHECK(PyIsolated_SetHook(interp, NULL, 0, NULL) == 0);
    /* The memory cap. */
    CHECK(PyIsolated_SetMemoryLimit(interp, 32 << 20) == 0);
    CHECK(run("'x' * 10**8") == NULL && PyErr_ExceptionMatches(PyExc_MemoryError));
    PyErr_Clear();
    ok = run("s = 'x' * 10**6");
    CHECK(ok != NULL);
    Py_DECREF(ok);
    CHECK(PyIsolated_SetMemoryLimit(interp, 0) == 0);
}

static void *worker(void *arg)
{
    long tid = (long)arg;
    PyInterpreterConfig config = _PyInterpreterConfig_INIT;
    PyThreadState *ts = NULL;
    PyStatus st = Py_NewInterpreterFromConfig(&ts, &config);
    CHECK_MSG(!PyStatus_Exception(st), "thread %ld: %s", tid, st.err_msg ? st.err_msg : "?");
    for (size_t i = 0; i < NSNIPPETS; i++) {
        PyObject *r = run(snippets[i]);
        CHECK_MSG(r == NULL && expected_error(), "thread %ld: snippet %zu gave no expected exception", tid, i);
        PyErr_Clear();
    }
    host_controls(tid);
    /* Still usable after all that. */
    PyObject *r = run("assert sum(range(10)) == 45");
    CHECK(r != NULL);
    Py_DECREF(r);
    Py_EndInterpreter(ts);
    return NULL;
}

int main(int argc, char **argv)
{
    long threads = arg_count(argc, argv, 1, 2);
    Py_Initialize();
    PyThreadState *main_ts = PyEval_SaveThread();
    pthread_t *ids = calloc((size_t)threads, sizeof *ids);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    CHECK(pthread_attr_setstacksize(&attr, 256 * 1024) == 0);
    for (long t = 0; t < threads; t++) CHECK(pthread_create(&ids[t], &attr, worker, (void *)t) == 0);
    for (long t = 0; t < threads; t++) pthread_join(ids[t], NULL);
    pthread_attr_destroy(&attr);
    free(ids);
    PyEval_RestoreThread(main_ts);
    Py_Finalize();
    printf("hostile: %ld threads x %zu snippets + host controls: ok\n", threads, (size_t)NSNIPPETS);
    return 0;
}
