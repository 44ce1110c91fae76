/* PyIsolated_InterruptFromSignal from a real signal handler (issue 8): SIGALRM's handler
 * interrupts or terminates the code the main thread runs, in a busy loop, a blocked input()
 * on a pipe nobody writes to, a huge int power and a huge bytes repetition. Each must stop
 * within 2 s (the work would otherwise take minutes or forever); the latencies are printed. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static PyInterpreterState *target;
static volatile sig_atomic_t request_kind;
static struct timespec sent_at;

static void on_alarm(int sig)
{
    (void)sig;
    clock_gettime(CLOCK_MONOTONIC, &sent_at);   /* async-signal-safe */
    PyIsolated_InterruptFromSignal(target, request_kind);
}

static double ms_since(struct timespec t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - t.tv_sec) * 1e3 + (now.tv_nsec - t.tv_nsec) / 1e6;
}

/* Runs code with an alarm after 200 ms; returns the latency from the signal to the return. */
static double run_stopped(const char *what, const char *code, int kind, PyObject *globals)
{
    request_kind = kind;
    struct itimerval it = {{0, 0}, {0, 200 * 1000}};
    CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0);
    PyObject *r = PyRun_String(code, Py_file_input, globals, globals);
    double latency = ms_since(sent_at);
    CHECK_MSG(r == NULL, "%s: ran to the end", what);
    if (kind == PyIsolated_TERMINATE) {
        CHECK_MSG(PyIsolated_ErrTerminated(), "%s: not terminated", what);
    } else {
        CHECK_MSG(PyErr_ExceptionMatches(PyExc_KeyboardInterrupt), "%s: not KeyboardInterrupt", what);
    }
    PyErr_Clear();
    printf("%-28s %-9s %8.3f ms\n", what, kind == PyIsolated_TERMINATE ? "terminate" : "interrupt", latency);
    CHECK_MSG(latency < 2000, "%s: stopped after %.1f ms", what, latency);
    return latency;
}

int main(int argc, char **argv)
{
    (void)argv;
    int light = argc > 1;   /* under valgrind: no 2 GB repetition, no huge power */
    /* Standard input: a pipe whose write end stays open and silent, so input() blocks. */
    int fds[2];
    CHECK(pipe(fds) == 0);
    CHECK(dup2(fds[0], 0) == 0);

    CHECK(PyIsolated_InterruptFromSignal(NULL, PyIsolated_INTERRUPT) == -1);
    Py_InitializeEx(0);
    target = PyInterpreterState_Get();
    CHECK(PyIsolated_InterruptFromSignal(target, 7) == -1);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    CHECK(sigaction(SIGALRM, &sa, NULL) == 0);

    PyObject *g = PyDict_New();
    CHECK(PyDict_SetItemString(g, "__builtins__", PyEval_GetBuiltins()) == 0);
    for (int kind = PyIsolated_INTERRUPT; kind <= PyIsolated_TERMINATE; kind++) {
        run_stopped("while True: pass", "while True: pass\n", kind, g);
        run_stopped("input() on a silent pipe", "input()\n", kind, g);
        run_stopped("sys.stdin.read()", "import sys\nsys.stdin.read()\n", kind, g);
        if (!light)
            run_stopped("b'ab' * 10**9", "b'ab' * 10**9\n", kind, g);
        run_stopped("time.sleep(100)", "import time\ntime.sleep(100)\n", kind, g);
    }
    /* Last: an interrupted huge power goes on in the background (abandoned, see
     * OffloadedComputation.cs), and the next one waits for it, interruptibly. */
    if (!light) {
        run_stopped("10**10**8", "10**10**8\n", PyIsolated_INTERRUPT, g);
        run_stopped("10**10**8 (after another)", "10**10**8\n", PyIsolated_TERMINATE, g);
    }
    /* The interpreter stays usable. */
    PyObject *r = PyRun_String("x = sum(range(10))\n", Py_file_input, g, g);
    CHECK(r != NULL);
    Py_DECREF(r);
    CHECK(PyLong_AsLong(PyDict_GetItemString(g, "x")) == 45);
    Py_DECREF(g);
    CHECK(Py_FinalizeEx() == 0);
    printf("signal_interrupt: ok\n");
    return 0;
}
