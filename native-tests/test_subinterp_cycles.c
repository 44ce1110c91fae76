/* Subinterpreter create/end cycles on one thread (CPython's legacy Py_NewInterpreter):
 *   - Py_NewInterpreter returns a new thread state, made current, of a new interpreter whose id
 *     differs from the main one and from every earlier one;
 *   - the new interpreter has its own singletons (Py_None differs from the main interpreter's);
 *   - Py_EndInterpreter leaves no current thread state; PyThreadState_Swap(main) gets back;
 *   - an ended interpreter keeps no file descriptor open: after the first cycle (which may open
 *     process-wide ones once), the number of open descriptors stays the same.
 * This is also the workload of the leak criterion (DESIGN §7, see leak_criterion.sh): its bytes
 * "in use at exit" under valgrind must not depend on the number of cycles.
 * Usage: test_subinterp_cycles [cycles]   (default 1000) */
#include <Python.h>
#include <dirent.h>
#include "check.h"

static int open_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return -1; /* no procfs: the check is skipped */
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        if (e->d_name[0] != '.')
            n++;
    closedir(d);
    return n;
}

int main(int argc, char **argv)
{
    long cycles = arg_count(argc, argv, 1, 1000);

    Py_InitializeEx(0);
    PyThreadState *main_ts = PyThreadState_Get();
    PyInterpreterState *main_interp = PyThreadState_GetInterpreter(main_ts);
    PyObject *main_none = Py_None;
    int64_t last_id = PyInterpreterState_GetID(main_interp);

    int fds_before = -1;
    for (long i = 0; i < cycles; i++) {
        if (i == 1)
            fds_before = open_fds();
        PyThreadState *ts = Py_NewInterpreter();
        CHECK_MSG(ts != NULL, "Py_NewInterpreter failed in cycle %ld", i);
        CHECK(ts != main_ts);
        CHECK(PyThreadState_Get() == ts);
        PyInterpreterState *interp = PyThreadState_GetInterpreter(ts);
        CHECK(interp != main_interp);
        CHECK(PyInterpreterState_Get() == interp);
        CHECK(PyInterpreterState_Main() == main_interp);
        int64_t id = PyInterpreterState_GetID(interp);
        CHECK_MSG(id > last_id, "interpreter id %lld after %lld", (long long)id, (long long)last_id);
        last_id = id;
        CHECK(Py_None != main_none); /* per-interpreter singletons */
        CHECK(Py_IsNone(Py_None));
        RUN_PY("pass");

        Py_EndInterpreter(ts);
        /* Py_EndInterpreter leaves the current thread state NULL. */
        CHECK(PyThreadState_Swap(main_ts) == NULL);
        CHECK(PyThreadState_Get() == main_ts);
        CHECK(Py_None == main_none);
    }

    int fds_after = open_fds();
    CHECK_MSG(fds_before < 0 || fds_after == fds_before,
              "%d file descriptors open after %ld interpreters ended, %d after the first", fds_after,
              cycles, fds_before);

    CHECK(Py_FinalizeEx() == 0);
    printf("test_subinterp_cycles: %ld create/end cycles OK\n", cycles);
    return 0;
}
