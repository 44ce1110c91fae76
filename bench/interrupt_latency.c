/* bench/interrupt_latency: how long running Python code takes to stop after the host asks.
 *
 * For each workload a watchdog thread waits until the script has run for a while, calls
 * PyIsolated_Interrupt (interrupt or terminate) and the host thread measures the time from the
 * request to PyRun_String's return. Prints the median and the maximum over N rounds, in
 * microseconds. "signal" is an interrupt sent by PyIsolated_InterruptFromSignal from a SIGUSR1
 * handler on the host thread (the watchdog only raises the signal). Standard input is a pipe
 * nobody writes to, so input() blocks. An interrupted huge power goes on in the background
 * (abandoned) and the next round first waits for it, so that workload comes last but one.
 * Usage: interrupt_latency [rounds]   (default 20) */
#include <Python.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

#define FROM_SIGNAL 3

struct request { PyInterpreterState *interp; int kind; double sent_us; pthread_t host; };

static PyInterpreterState *signal_target;

static void on_usr1(int sig)
{
    (void)sig;
    PyIsolated_InterruptFromSignal(signal_target, PyIsolated_INTERRUPT);
}

static void *watchdog(void *arg)
{
    struct request *r = arg;
    usleep(20000);
    if (r->kind == FROM_SIGNAL) {
        usleep(20000);   /* the code is running by now: a signal cannot ask whether it is */
        r->sent_us = now_us();
        pthread_kill(r->host, SIGUSR1);
        return NULL;
    }
    for (;;) {
        double t = now_us();
        if (PyIsolated_Interrupt(r->interp, r->kind) > 0) { r->sent_us = t; return NULL; }
        usleep(1000);
    }
}

static const struct { const char *name; const char *source; } workloads[] = {
    { "while True: pass",            "while True: pass" },
    { "sum(range(10**15))",          "sum(range(10**15))" },
    { "sorted(big list)",            "l = list(range(3 * 10**6, 0, -1))\nwhile True: sorted(l)" },
    { "re backtracking",             "import re\nre.match(r'(a+)+$', 'a' * 60 + 'b')" },
    { "time.sleep(100)",             "import time\ntime.sleep(100)" },
    { "lock.acquire()",              "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire()" },
    { "input() on a silent pipe",    "input()" },
    { "sys.stdin.read()",            "import sys\nsys.stdin.read()" },
    { "b'ab' * 10**8",               "b'ab' * 10**8" },
    { "list.sort(10**7 ints)",       "l = list(range(10**7, 0, -1))\nwhile True: l.sort(); l.reverse()" },
    { "10**10**8",                   "10**10**8" },
    { "except BaseException loop",   "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass" },
};

int main(int argc, char **argv)
{
    int rounds = argc > 1 ? atoi(argv[1]) : 20;
    if (rounds <= 0) rounds = 20;
    int silent[2];
    if (pipe(silent) != 0 || dup2(silent[0], 0) != 0) { perror("pipe"); return 1; }
    Py_InitializeEx(0);
    PyInterpreterState *interp = PyInterpreterState_Get();
    signal_target = interp;
    struct sigaction sa = {0};
    sa.sa_handler = on_usr1;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, NULL);
    double *lat = calloc((size_t)rounds, sizeof *lat);
    printf("%-28s %-10s %12s %12s\n", "workload", "kind", "median us", "max us");
    for (size_t w = 0; w < sizeof workloads / sizeof workloads[0]; w++) {
        for (int kind = PyIsolated_INTERRUPT; kind <= FROM_SIGNAL; kind++) {
            /* The last workload swallows interrupts: only termination stops it. */
            if (kind != PyIsolated_TERMINATE && w == sizeof workloads / sizeof workloads[0] - 1) continue;
            for (int i = 0; i < rounds; i++) {
                struct request r = { interp, kind, 0, pthread_self() };
                pthread_t t;
                pthread_create(&t, NULL, watchdog, &r);
                PyObject *g = PyDict_New();
                PyObject *res = PyRun_String(workloads[w].source, Py_file_input, g, g);
                double done = now_us();
                pthread_join(t, NULL);
                if (res != NULL) { fprintf(stderr, "%s: not stopped\n", workloads[w].name); return 1; }
                PyErr_Clear();
                Py_DECREF(g);
                lat[i] = done - r.sent_us;
            }
            qsort(lat, (size_t)rounds, sizeof *lat, cmp_double);
            printf("%-28s %-10s %12.0f %12.0f\n", workloads[w].name,
                   kind == PyIsolated_TERMINATE ? "terminate" : kind == FROM_SIGNAL ? "signal" : "interrupt",
                   lat[rounds / 2], lat[rounds - 1]);
        }
    }
    free(lat);
    Py_Finalize();
    return 0;
}
