/* A plugin, as an IRC client or editor would load one: a shared object that links libisolated,
 * is dlopen'ed by a host that knows nothing about Python, creates its own interpreter when
 * started and ends it when stopped. Built twice (plugin_a.so, plugin_b.so) from this file.
 *
 * The first plugin started initialises the runtime and releases the main GIL; it finalises the
 * runtime when stopped (the host stops plugins in reverse order, as hosts do). Plugin state is
 * static: it vanishes with dlclose and starts afresh on the next dlopen — the runtime itself is
 * NODELETE and stays mapped. */
#include <Python.h>
#include <stdio.h>

#ifndef PLUGIN_NAME
#error "define PLUGIN_NAME"
#endif

static PyThreadState *plugin_ts;   /* this plugin's interpreter, detached while idle */
static PyThreadState *main_ts;     /* set when this plugin initialised the runtime */

#define FAIL(msg) do { fprintf(stderr, "%s: %s\n", PLUGIN_NAME, msg); return -1; } while (0)

__attribute__((visibility("default"))) int plugin_start(void)
{
    if (plugin_ts) FAIL("started twice");
    if (!Py_IsInitialized()) {
        Py_InitializeEx(0);
        main_ts = PyEval_SaveThread(); /* the host's thread keeps no GIL between calls */
        if (!main_ts) FAIL("no main thread state");
    }
    PyInterpreterConfig config = {
        .use_main_obmalloc = 0, .allow_fork = 0, .allow_exec = 0, .allow_threads = 1,
        .allow_daemon_threads = 0, .check_multi_interp_extensions = 1,
        .gil = PyInterpreterConfig_OWN_GIL,
    };
    PyStatus st = Py_NewInterpreterFromConfig(&plugin_ts, &config);
    if (PyStatus_Exception(st) || !plugin_ts) FAIL("Py_NewInterpreterFromConfig failed");
    plugin_ts = PyEval_SaveThread();
    return 0;
}

/* Returns this plugin's interpreter id, or -1. */
__attribute__((visibility("default"))) long long plugin_run(void)
{
    if (!plugin_ts) return -1;
    PyEval_RestoreThread(plugin_ts);
    long long id = (long long)PyInterpreterState_GetID(PyThreadState_GetInterpreter(plugin_ts));
    if (!Py_IsNone(Py_None)) id = -1;
#ifdef ISOLATED_WITH_PYRUN
    if (PyRun_SimpleString("plugin_value = 6 * 7") != 0) id = -1;
#endif
    PyEval_SaveThread();
    return id;
}

__attribute__((visibility("default"))) int plugin_stop(void)
{
    if (!plugin_ts) FAIL("not started");
    PyEval_RestoreThread(plugin_ts);
    Py_EndInterpreter(plugin_ts);
    plugin_ts = NULL;
    if (main_ts) {
        PyEval_RestoreThread(main_ts);
        main_ts = NULL;
        if (Py_FinalizeEx() != 0) FAIL("Py_FinalizeEx failed");
    }
    return 0;
}
