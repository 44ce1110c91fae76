/* PyInterpreterConfig's restrictions (issue 8) through Py_NewInterpreterFromConfig, with CPython
 * 3.12's errors: allow_fork (os.fork, os.forkpty, os.spawn*), allow_exec (os.exec*),
 * allow_threads and allow_daemon_threads (threading, _thread), check_multi_interp_extensions
 * (Py_mod_multiple_interpreters of multi-phase modules; single-phase modules), and a real
 * os.execv/os.execve from the main interpreter in a child process. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

/* ---- modules of the host, one per Py_mod_multiple_interpreters value ---- */

static PyModuleDef_Slot not_supported_slots[] = {
    {Py_mod_multiple_interpreters, Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED}, {0, NULL}};
static PyModuleDef_Slot supported_slots[] = {
    {Py_mod_multiple_interpreters, Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED}, {0, NULL}};
static PyModuleDef_Slot per_gil_slots[] = {
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED}, {0, NULL}};
static PyModuleDef_Slot no_slots[] = {{0, NULL}};

static struct PyModuleDef not_supported_def = {PyModuleDef_HEAD_INIT, "cfg_not_supported", NULL, 0, NULL, not_supported_slots, NULL, NULL, NULL};
static struct PyModuleDef supported_def = {PyModuleDef_HEAD_INIT, "cfg_supported", NULL, 0, NULL, supported_slots, NULL, NULL, NULL};
static struct PyModuleDef per_gil_def = {PyModuleDef_HEAD_INIT, "cfg_per_gil", NULL, 0, NULL, per_gil_slots, NULL, NULL, NULL};
static struct PyModuleDef no_slot_def = {PyModuleDef_HEAD_INIT, "cfg_no_slot", NULL, 0, NULL, no_slots, NULL, NULL, NULL};
static struct PyModuleDef single_def = {PyModuleDef_HEAD_INIT, "cfg_single", NULL, -1, NULL, NULL, NULL, NULL, NULL};

static PyObject *init_not_supported(void) { return PyModuleDef_Init(&not_supported_def); }
static PyObject *init_supported(void) { return PyModuleDef_Init(&supported_def); }
static PyObject *init_per_gil(void) { return PyModuleDef_Init(&per_gil_def); }
static PyObject *init_no_slot(void) { return PyModuleDef_Init(&no_slot_def); }
static PyObject *init_single(void) { return PyModule_Create(&single_def); }

/* The probe every interpreter gets: outcome(f) is 'ok' or 'Type: message'. */
static const char *probe =
    "import os, threading, _thread\n"
    "def outcome(call):\n"
    "    try:\n"
    "        call()\n"
    "        return 'ok'\n"
    "    except BaseException as e:\n"
    "        return f'{type(e).__name__}: {e}'\n"
    "def check(what, call, expected):\n"
    "    got = outcome(call)\n"
    "    assert got == expected, f'{what}: expected {expected!r}, got {got!r}'\n"
    "def run_thread(daemon):\n"
    "    t = threading.Thread(target=lambda: None, daemon=daemon)\n"
    "    t.start()\n"
    "    t.join()\n"
    "def load(name):\n"
    "    return outcome(lambda: __import__(name))\n"
    "def refused(name):\n"
    "    return f'ImportError: module {name} does not support loading in subinterpreters'\n";

#define RUN(code) CHECK_MSG(PyRun_SimpleString(code) == 0, "%s", code)

static PyThreadState *new_interp(PyInterpreterConfig config)
{
    PyThreadState *ts = NULL;
    PyStatus st = Py_NewInterpreterFromConfig(&ts, &config);
    CHECK_MSG(!PyStatus_Exception(st), "Py_NewInterpreterFromConfig: %s", st.err_msg ? st.err_msg : "?");
    CHECK(ts != NULL);
    RUN(probe);
    return ts;
}

static void end_interp(PyThreadState *ts, PyThreadState *main_ts)
{
    Py_EndInterpreter(ts);
    PyThreadState_Swap(main_ts);
}

/* A child process initializes Python and replaces itself through os.execv/execve (the main
 * interpreter allows exec); returns the child's exit status. */
static int exec_in_child(const char *code)
{
    fflush(NULL);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        Py_Initialize();
        PyRun_SimpleString(code);
        _exit(100);   /* exec did not happen */
    }
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(void)
{
    /* Forked before this process starts the runtime, so the child is an ordinary process. */
    int code = exec_in_child("import os\nos.execv('/bin/sh', ['sh', '-c', 'exit 7'])\n");
    CHECK_MSG(code == 7, "os.execv in a child: exit status %d", code);
    code = exec_in_child("import os\nos.execve('/bin/sh', ['sh', '-c', 'exit $CODE'], {'CODE': '9'})\n");
    CHECK_MSG(code == 9, "os.execve in a child: exit status %d", code);

    struct _inittab tab[] = {
        {"cfg_not_supported", init_not_supported}, {"cfg_supported", init_supported},
        {"cfg_per_gil", init_per_gil}, {"cfg_no_slot", init_no_slot}, {"cfg_single", init_single},
        {NULL, NULL}};
    CHECK(PyImport_ExtendInittab(tab) == 0);
    Py_Initialize();
    PyThreadState *main_ts = PyThreadState_Get();
    RUN(probe);
    /* The main interpreter loads everything; fork is not offered by this runtime at all. */
    RUN("for m in ('cfg_not_supported', 'cfg_supported', 'cfg_per_gil', 'cfg_no_slot', 'cfg_single'):\n"
        "    assert load(m) == 'ok', (m, load(m))\n"
        "check('fork', os.fork, 'NotImplementedError: os.fork is not supported by Isolated: a forked copy"
        " of the .NET runtime cannot run Python code; use subprocess')\n"
        "check('daemon', lambda: run_thread(True), 'ok')\n");

    /* The isolated configuration (concurrent.interpreters' too). */
    PyInterpreterConfig isolated = _PyInterpreterConfig_INIT;
    PyThreadState *ts = new_interp(isolated);
    RUN("check('fork', os.fork, 'RuntimeError: fork not supported for isolated subinterpreters')\n"
        "check('forkpty', os.forkpty, 'RuntimeError: fork not supported for subinterpreters')\n"
        "check('spawnv', lambda: os.spawnv(os.P_WAIT, '/bin/true', ['true']), 'RuntimeError: fork not supported for isolated subinterpreters')\n"
        "check('execv', lambda: os.execv('/bin/true', ['true']), 'RuntimeError: exec not supported for isolated subinterpreters')\n"
        "check('execve', lambda: os.execve('/bin/true', ['true'], {}), 'RuntimeError: exec not supported for isolated subinterpreters')\n"
        "check('execlp', lambda: os.execlp('true', 'true'), 'RuntimeError: exec not supported for isolated subinterpreters')\n"
        "check('thread', lambda: run_thread(False), 'ok')\n"
        "check('daemon', lambda: run_thread(True), 'RuntimeError: daemon threads are disabled in this (sub)interpreter')\n"
        "for m in ('cfg_not_supported', 'cfg_supported', 'cfg_no_slot', 'cfg_single'):\n"
        "    assert load(m) == refused(m), (m, load(m))\n"
        "assert load('cfg_per_gil') == 'ok', load('cfg_per_gil')\n");
    end_interp(ts, main_ts);

    /* The legacy configuration: fork and exec pass the checks (and exec really runs: a missing
     * file gives FileNotFoundError); forkpty stays refused in every subinterpreter, as in CPython;
     * any multi-phase module loads; a single-phase one still does not (documented deviation). */
    PyInterpreterConfig legacy = _PyInterpreterConfig_LEGACY_INIT;
    ts = new_interp(legacy);
    RUN("check('fork', os.fork, 'NotImplementedError: os.fork is not supported by Isolated: a forked copy"
        " of the .NET runtime cannot run Python code; use subprocess')\n"
        "check('forkpty', os.forkpty, 'RuntimeError: fork not supported for subinterpreters')\n"
        "check('execv', lambda: os.execv('/nonexistent/x', ['x']), 'FileNotFoundError: [Errno 2] No such file or directory')\n"
        "check('daemon', lambda: run_thread(True), 'ok')\n"
        "for m in ('cfg_not_supported', 'cfg_supported', 'cfg_per_gil', 'cfg_no_slot'):\n"
        "    assert load(m) == 'ok', (m, load(m))\n"
        "assert load('cfg_single') == refused('cfg_single'), load('cfg_single')\n");
    end_interp(ts, main_ts);

    /* Each flag on its own: threads off (and so daemon threads), fork and exec on. */
    PyInterpreterConfig no_threads = _PyInterpreterConfig_INIT;
    no_threads.allow_threads = 0;
    no_threads.allow_fork = 1;
    no_threads.allow_exec = 1;
    ts = new_interp(no_threads);
    RUN("check('thread', lambda: run_thread(False), 'RuntimeError: thread is not supported for isolated subinterpreters')\n"
        "check('raw thread', lambda: _thread.start_new_thread(print, ()), 'RuntimeError: thread is not supported for isolated subinterpreters')\n"
        "check('daemon', lambda: threading.Thread(target=print, daemon=True), 'RuntimeError: daemon threads are disabled in this (sub)interpreter')\n"
        "check('fork', os.fork, 'NotImplementedError: os.fork is not supported by Isolated: a forked copy"
        " of the .NET runtime cannot run Python code; use subprocess')\n"
        "check('execv', lambda: os.execv('/nonexistent/x', ['x']), 'FileNotFoundError: [Errno 2] No such file or directory')\n");
    end_interp(ts, main_ts);

    /* Daemon threads allowed, extensions checked, use_main_obmalloc off. */
    PyInterpreterConfig daemons = _PyInterpreterConfig_INIT;
    daemons.allow_daemon_threads = 1;
    ts = new_interp(daemons);
    RUN("check('daemon', lambda: run_thread(True), 'ok')\n"
        "check('execv', lambda: os.execv('/bin/true', ['true']), 'RuntimeError: exec not supported for isolated subinterpreters')\n"
        "assert load('cfg_not_supported') == refused('cfg_not_supported')\n");
    end_interp(ts, main_ts);

    /* Combinations CPython rejects. */
    PyThreadState *none = NULL;
    PyInterpreterConfig bad = _PyInterpreterConfig_INIT;
    bad.check_multi_interp_extensions = 0;
    PyStatus st = Py_NewInterpreterFromConfig(&none, &bad);
    CHECK(PyStatus_Exception(st) && none == NULL);
    CHECK(strcmp(st.err_msg, "per-interpreter obmalloc does not support single-phase init extension modules") == 0);
    bad = (PyInterpreterConfig)_PyInterpreterConfig_INIT;
    bad.allow_threads = 0;
    bad.allow_daemon_threads = 1;
    st = Py_NewInterpreterFromConfig(&none, &bad);
    CHECK(PyStatus_Exception(st) && none == NULL);
    CHECK(PyThreadState_Get() == main_ts);

    CHECK(Py_FinalizeEx() == 0);
    printf("interp_config: ok\n");
    return 0;
}
