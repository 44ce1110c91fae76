/* bench/interp_create: the cost of one subinterpreter, create + end.
 *
 * Prints the median microseconds of one Py_NewInterpreter + Py_EndInterpreter cycle over many
 * runs, and of a cycle with PyRun_SimpleString("pass") in between ("n/a" with the reason when the
 * runtime cannot run Python code yet). The same source builds against CPython (bench/CMakeLists.txt
 * makes interp_create_cpython when CPython 3.12's embedding files are found), so
 * bench/run_interp_create.sh can print both side by side.
 * Usage: interp_create [runs] [max seconds per figure]   (default 2000 runs, 10 s) */
#include <Python.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef int (*run_string_fn)(const char *);

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

/* One figure: median of up to `runs` cycles, stopping early after `budget_s` seconds.
 * Returns -1 (and sets *why) if a cycle could not be completed. */
static double measure(PyThreadState *main_ts, long runs, double budget_s, run_string_fn run,
                      long *done, const char **why)
{
    double *t = malloc(sizeof(double) * (size_t)runs);
    double start = now_us();
    long n = 0;
    for (; n < runs; n++) {
        double t0 = now_us();
        PyThreadState *ts = Py_NewInterpreter();
        if (!ts) { *why = "Py_NewInterpreter returned NULL"; free(t); return -1; }
        if (run && run("pass") != 0) {
            *why = "PyRun_SimpleString(\"pass\") returned -1 (language core in progress)";
            Py_EndInterpreter(ts);
            PyThreadState_Swap(main_ts);
            free(t);
            return -1;
        }
        Py_EndInterpreter(ts);
        PyThreadState_Swap(main_ts);
        t[n] = now_us() - t0;
        if (n >= 10 && now_us() - start > budget_s * 1e6) { n++; break; }
    }
    qsort(t, (size_t)n, sizeof(double), cmp_double);
    double median = n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
    free(t);
    *done = n;
    return median;
}

int main(int argc, char **argv)
{
    long runs = argc > 1 ? atol(argv[1]) : 2000;
    double budget = argc > 2 ? atof(argv[2]) : 10.0;
    if (runs < 1) runs = 1;

    Py_InitializeEx(0);
    PyThreadState *main_ts = PyThreadState_Get();
    /* Looked up at run time: Isolated may not export it before the language core lands. */
    run_string_fn run = (run_string_fn)dlsym(RTLD_DEFAULT, "PyRun_SimpleString");

    /* Warm up: the first interpreter pays one-time costs (thread attach, lazy tables). */
    for (int i = 0; i < 5; i++) {
        PyThreadState *ts = Py_NewInterpreter();
        if (!ts) { fprintf(stderr, "Py_NewInterpreter failed\n"); return 1; }
        Py_EndInterpreter(ts);
        PyThreadState_Swap(main_ts);
    }

    long n1 = 0, n2 = 0;
    const char *why = NULL;
    double bare = measure(main_ts, runs, budget, NULL, &n1, &why);
    if (bare < 0) { fprintf(stderr, "%s\n", why); return 1; }
    printf("create+end:             median %10.1f us  (%ld runs)\n", bare, n1);

    double with_pass = -1;
    if (!run)
        why = "PyRun_SimpleString is not exported (language core in progress)";
    else
        with_pass = measure(main_ts, runs, budget, run, &n2, &why);
    if (with_pass >= 0)
        printf("create+run(pass)+end:   median %10.1f us  (%ld runs)\n", with_pass, n2);
    else
        printf("create+run(pass)+end:   n/a (%s)\n", why);

    Py_FinalizeEx();
    return 0;
}
