/* Init/finalize cycles with re-initialisation (CPython semantics):
 *   - Py_IsInitialized() is 0 before Py_Initialize and after Py_FinalizeEx, 1 in between;
 *   - Py_Initialize gives the calling thread the main interpreter's thread state, with its GIL;
 *   - the main interpreter has id 0 and PyInterpreterState_Main() == PyInterpreterState_Get();
 *   - Py_Initialize while initialised is a no-op; Py_FinalizeEx while finalised is a no-op
 *     returning 0;
 *   - the runtime can be initialised again after Py_FinalizeEx, any number of times.
 * Usage: test_init_finalize [cycles]   (default 20) */
#include <Python.h>
#include "check.h"

static void one_cycle(long i)
{
    CHECK(!Py_IsInitialized());
    if (i % 2)
        Py_Initialize();
    else
        Py_InitializeEx(0); /* no signal handlers: the embedding host owns signals */
    CHECK(Py_IsInitialized());

    PyThreadState *ts = PyThreadState_Get();
    CHECK(ts != NULL);
    PyInterpreterState *interp = PyInterpreterState_Get();
    CHECK(interp != NULL);
    CHECK(PyInterpreterState_Main() == interp);
    CHECK(PyThreadState_GetInterpreter(ts) == interp);
    CHECK_MSG(PyInterpreterState_GetID(interp) == 0, "main interpreter id %lld",
              (long long)PyInterpreterState_GetID(interp));
    CHECK(PyGILState_Check());
    CHECK(PyGILState_GetThisThreadState() == ts);

    /* Initialising again is a no-op and keeps the same state. */
    Py_Initialize();
    CHECK(PyThreadState_Get() == ts);

    /* The per-interpreter dict exists (a borrowed reference). */
    PyObject *d = PyInterpreterState_GetDict(interp);
    CHECK(d != NULL);

    /* Singletons are objects of this interpreter. */
    PyObject *none = Py_GetConstant(Py_CONSTANT_NONE); /* new reference */
    CHECK(none != NULL);
    CHECK(none == Py_None);
    CHECK(Py_IsNone(none));
    Py_DECREF(none);
    CHECK(Py_IsTrue(Py_True) && Py_IsFalse(Py_False));

    RUN_PY("x = 1 + 1");

    CHECK(Py_FinalizeEx() == 0);
    CHECK(!Py_IsInitialized());
    CHECK(Py_FinalizeEx() == 0); /* a second finalize is a no-op */
}

int main(int argc, char **argv)
{
    long cycles = arg_count(argc, argv, 1, 20);
    for (long i = 0; i < cycles; i++)
        one_cycle(i);
    /* Py_Finalize (void) works as well. */
    Py_Initialize();
    Py_Finalize();
    CHECK(!Py_IsInitialized());
    printf("test_init_finalize: %ld init/finalize cycles OK\n", cycles + 1);
    return 0;
}
