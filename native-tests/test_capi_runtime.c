/* The runtime-level C API (issue 6): Py_* (version, paths, program name, recursion guard, repr
 * guard, pending calls, Py_Main/Py_BytesMain/Py_Exit/Py_AtExit/Py_FatalError in child
 * processes, locale codec), PyEval_*, PyFrame_*, PyThreadState_*, PyInterpreterState_*,
 * PyThread_*, PyImport_*, PySys_*, PyModule_*, PyState_*. Each group ends with bad input:
 * NULL and wrong types give the documented error, never a crash. */
#include <Python.h>
#include <sys/wait.h>
#include <wchar.h>
#include <unistd.h>
#include <valgrind/valgrind.h>
#include "check.h"

static char *read_all(int fd)
{
    static char buf[8192];
    size_t n = 0;
    ssize_t r;
    while (n < sizeof buf - 1 && (r = read(fd, buf + n, sizeof buf - 1 - n)) > 0)
        n += (size_t)r;
    buf[n] = 0;
    return buf;
}

/* Runs body() in a child with stdout and stderr on a pipe; returns the output, *status the
 * wait status. The child is forked before this process ever calls the library. */
static char *in_child(void (*body)(void), int *status)
{
    int fds[2];
    CHECK(pipe(fds) == 0);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], 1);
        dup2(fds[1], 2);
        close(fds[0]);
        body();
        _exit(77);
    }
    close(fds[1]);
    char *out = read_all(fds[0]);
    close(fds[0]);
    CHECK(waitpid(pid, status, 0) == pid);
    return out;
}

static void child_fatal(void) { Py_Initialize(); Py_FatalError("boom from the host"); }
static void atexit_func(void) { fputs("atexit ran\n", stdout); fflush(stdout); }
static void child_exit(void)
{
    Py_Initialize();
    CHECK(Py_AtExit(atexit_func) == 0);
    PyRun_SimpleString("print('before exit', flush=True)");
    Py_Exit(3);
}
static void child_bytes_main(void)
{
    char *argv[] = {"isolated", "-c", "import sys; print(6 * 7); sys.exit(5)", NULL};
    _exit(Py_BytesMain(3, argv));
}
static void child_main(void)
{
    wchar_t *argv[] = {L"isolated", L"-c", L"print('wide', 'h\u00e9')", NULL};
    _exit(Py_Main(3, argv));
}

/* ---- Python-side helpers ---- */

static PyObject *run_eval(const char *expr)
{
    PyObject *main = PyImport_AddModule("__main__");
    PyObject *d = PyModule_GetDict(main);
    return PyRun_String(expr, Py_eval_input, d, d);
}

static int eval_true(const char *expr)
{
    PyObject *r = run_eval(expr);
    if (r == NULL) {
        PyErr_Print();
        return 0;
    }
    int t = PyObject_IsTrue(r);
    Py_DECREF(r);
    return t == 1;
}

#define check_error(type, message) check_error_at(__LINE__, (type), (message))
static void check_error_at(int line, PyObject *type, const char *message)
{
    PyObject *exc = PyErr_GetRaisedException();
    CHECK_MSG(exc != NULL, "line %d: no exception", line);
    CHECK_MSG(PyErr_GivenExceptionMatches(exc, type), "line %d: wrong exception class %s", line, PyUnicode_AsUTF8(PyType_GetName(Py_TYPE(exc))));
    if (message) {
        PyObject *s = PyObject_Str(exc);
        CHECK_MSG(s != NULL, "line %d: str() of the exception failed", line);
        CHECK_MSG(strcmp(PyUnicode_AsUTF8(s), message) == 0, "line %d: got '%s', want '%s'", line, PyUnicode_AsUTF8(s), message);
        Py_DECREF(s);
    }
    Py_DECREF(exc);
}

/* ---- pending calls ---- */

static int pending_count;
static int pending_add(void *arg) { pending_count += (int)(intptr_t)arg; return 0; }
static int pending_fail(void *arg)
{
    (void)arg;
    PyErr_SetString(PyExc_RuntimeError, "pending failed");
    return -1;
}
static void add_pending_from_thread(void *arg)
{
    CHECK(Py_AddPendingCall(pending_add, (void *)(intptr_t)10) == 0);
    PyThread_release_lock((PyThread_type_lock)arg);
}

/* ---- frames, seen from a C function called by Python code ---- */

static int frame_checks_done;
static PyObject *inspect_frame(PyObject *self, PyObject *args)
{
    (void)self; (void)args;
    PyFrameObject *f = PyEval_GetFrame();
    CHECK(f != NULL);
    CHECK(PyFrame_GetLineNumber(f) == 3);
    PyCodeObject *code = PyFrame_GetCode(f);
    CHECK(code != NULL);
    PyObject *name = PyObject_GetAttrString((PyObject *)code, "co_name");
    CHECK(name && strcmp(PyUnicode_AsUTF8(name), "outer") == 0);
    Py_DECREF(name);
    Py_DECREF(code);
    PyFrameObject *f2 = PyThreadState_GetFrame(PyThreadState_Get());
    CHECK(f2 == f);
    Py_DECREF(f2);
    PyObject *globals = PyEval_GetGlobals();
    CHECK(globals && PyDict_GetItemString(globals, "marker") != NULL);
    PyObject *locals = PyEval_GetLocals();
    CHECK(locals && PyLong_AsLong(PyDict_GetItemString(locals, "local_value")) == 17);
    /* PyTraceBack_Here adds this frame to the pending exception's traceback. */
    PyErr_SetString(PyExc_KeyError, "from C");
    CHECK(PyTraceBack_Here(f) == 0);
    frame_checks_done = 1;
    return NULL;
}
static PyMethodDef inspect_def = {"inspect_frame", inspect_frame, METH_NOARGS, NULL};

/* ---- module state ---- */

static PyModuleDef single_def = {PyModuleDef_HEAD_INIT, "capi_single", "doc", -1, NULL, NULL, NULL, NULL, NULL};
static PyObject *mod_hello(PyObject *self, PyObject *args) { (void)self; (void)args; return PyUnicode_FromString("hello"); }
static PyMethodDef mod_functions[] = {{"hello", mod_hello, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}};
static int exec_ran;
static int mod_exec(PyObject *m) { exec_ran++; return PyModule_AddIntConstant(m, "answer", 42); }
static PyModuleDef_Slot multi_slots[] = {{Py_mod_exec, mod_exec}, {0, NULL}};
static PyModuleDef multi_def = {PyModuleDef_HEAD_INIT, "capi_multi", NULL, 0, mod_functions, multi_slots, NULL, NULL, NULL};

static int destructor_calls;
static void capsule_destructor(PyObject *capsule) { (void)capsule; destructor_calls++; }

static PyObject *vabuild(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = Py_VaBuildValue(format, va);
    va_end(va);
    return r;
}

static volatile int exit_flag;
static void exiting_thread(void *lock)
{
    exit_flag = 1;
    PyThread_release_lock(lock);
    PyThread_exit_thread();
    exit_flag = 2; /* never reached */
}

static void thread_lock_checks(void)
{
    PyThread_init_thread();
    PyThread_type_lock lock = PyThread_allocate_lock();
    CHECK(lock != NULL);
    CHECK(PyThread_acquire_lock(lock, WAIT_LOCK) == 1);
    CHECK(PyThread_acquire_lock(lock, NOWAIT_LOCK) == 0);
    CHECK(PyThread_acquire_lock_timed(lock, 20000, 0) == PY_LOCK_FAILURE); /* 20 ms timeout */
    PyThread_release_lock(lock);
    CHECK(PyThread_acquire_lock_timed(lock, 0, 0) == PY_LOCK_ACQUIRED);
    PyThread_release_lock(lock);
    PyThread_free_lock(lock);
    PyThread_free_lock(NULL); /* bad input: ignored */

    Py_tss_t static_key = Py_tss_NEEDS_INIT;
    CHECK(!PyThread_tss_is_created(&static_key));
    CHECK(PyThread_tss_get(&static_key) == NULL);
    CHECK(PyThread_tss_set(&static_key, &static_key) == -1); /* not created */
    CHECK(PyThread_tss_create(&static_key) == 0 && PyThread_tss_is_created(&static_key));
    CHECK(PyThread_tss_create(&static_key) == 0); /* twice is fine */
    CHECK(PyThread_tss_set(&static_key, &static_key) == 0 && PyThread_tss_get(&static_key) == &static_key);
    PyThread_tss_delete(&static_key);
    CHECK(!PyThread_tss_is_created(&static_key));
    Py_tss_t *key = PyThread_tss_alloc();
    CHECK(key != NULL && !PyThread_tss_is_created(key) && PyThread_tss_create(key) == 0);
    int value = 5;
    CHECK(PyThread_tss_set(key, &value) == 0 && *(int *)PyThread_tss_get(key) == 5);
    PyThread_tss_free(key);
    CHECK(PyThread_tss_create(NULL) == -1);

    int old = PyThread_create_key();
    CHECK(old >= 0);
    CHECK(PyThread_get_key_value(old) == NULL);
    CHECK(PyThread_set_key_value(old, &value) == 0 && PyThread_get_key_value(old) == &value);
    PyThread_delete_key_value(old);
    CHECK(PyThread_get_key_value(old) == NULL);
    PyThread_delete_key(old);
    CHECK(PyThread_set_key_value(-1, &value) == -1);
    PyThread_ReInitTLS();

    CHECK(PyThread_get_stacksize() == 0);
    CHECK(PyThread_set_stacksize(1000) == -1);
    CHECK(PyThread_set_stacksize(1 << 20) == 0 && PyThread_get_stacksize() == 1 << 20);
    CHECK(PyThread_set_stacksize(0) == 0);
    CHECK(PyThread_get_thread_native_id() == (unsigned long)getpid()); /* main thread: tid == pid */
    CHECK(PyThread_start_new_thread(NULL, NULL) == PYTHREAD_INVALID_THREAD_ID);

    PyThread_type_lock started = PyThread_allocate_lock();
    PyThread_acquire_lock(started, WAIT_LOCK);
    CHECK(PyThread_start_new_thread(exiting_thread, started) != PYTHREAD_INVALID_THREAD_ID);
    CHECK(PyThread_acquire_lock_timed(started, 10 * 1000000LL, 0) == PY_LOCK_ACQUIRED);
    usleep(50000);
    CHECK(exit_flag == 1);
    PyThread_release_lock(started);
    PyThread_free_lock(started);
}

int main(void)
{
    int status;
    char *out;
    if (!RUNNING_ON_VALGRIND) {
        /* Process-ending calls, each in a child (valgrind would report the abort's and exit's
         * unreleased runtime as leaks of the child, so these run in the plain test only). */
        out = in_child(child_fatal, &status);
        CHECK_MSG(strstr(out, "Fatal Python error: boom from the host\n") != NULL, "%s", out);
        CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
        out = in_child(child_exit, &status);
        CHECK_MSG(strstr(out, "before exit\natexit ran\n") != NULL, "%s", out);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 3);
        out = in_child(child_bytes_main, &status);
        CHECK_MSG(strcmp(out, "42\n") == 0, "%s", out);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 5);
        out = in_child(child_main, &status);
        CHECK_MSG(strcmp(out, "wide h\xc3\xa9\n") == 0, "%s", out);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }

    /* Before Py_Initialize: threads, the locale codec, configuration. */
    thread_lock_checks();
    size_t size = 0, pos = 0;
    wchar_t *w = Py_DecodeLocale("h\xc3\xa9\xff!", &size);
    CHECK(w != NULL && size == 4 && w[0] == L'h' && w[1] == 0xe9 && w[2] == 0xdcff && w[3] == L'!' && w[4] == 0);
    char *back = Py_EncodeLocale(w, &pos);
    CHECK(back != NULL && strcmp(back, "h\xc3\xa9\xff!") == 0);
    PyMem_RawFree(back);
    PyMem_RawFree(w);
    wchar_t lone[] = {L'a', 0xd800, 0};
    CHECK(Py_EncodeLocale(lone, &pos) == NULL && pos == 1);
    CHECK(Py_DecodeLocale(NULL, &size) == NULL && size == (size_t)-2);
    CHECK(wcscmp(Py_GetProgramName(), L"isolated") == 0);
    Py_SetProgramName(L"capi-host");
    CHECK(wcscmp(Py_GetProgramName(), L"capi-host") == 0);
    CHECK(Py_GetPythonHome() == NULL);
    wchar_t path[4096];
    swprintf(path, 4096, L"%ls:/capi-extra-dir", Py_GetPath());
    Py_SetPath(path);
    CHECK(wcscmp(Py_GetPath(), path) == 0);
    PySys_AddWarnOption(L"ignore::DeprecationWarning");
    PySys_AddXOption(L"capi=yes");
    CHECK(PySys_HasWarnOptions() == 1);

    Py_Initialize();
    CHECK(PyEval_ThreadsInitialized() == 1);
    PyEval_InitThreads();
    CHECK(eval_true("__import__('sys').warnoptions == ['ignore::DeprecationWarning']"));
    CHECK(eval_true("__import__('sys')._xoptions['capi'] == 'yes'"));
    CHECK(eval_true("__import__('sys').path[-1] == '/capi-extra-dir'"));

    /* ---- Py_*: versions and paths ---- */
    CHECK(strncmp(Py_GetVersion(), "3.12.", 5) == 0);
    CHECK(strcmp(Py_GetPlatform(), "linux") == 0);
    CHECK(strstr(Py_GetCopyright(), "Python Software Foundation") != NULL);
    CHECK(Py_GetCompiler()[0] == '[' && strlen(Py_GetBuildInfo()) > 0);
    CHECK(strstr(Py_GetVersion(), Py_GetBuildInfo()) != NULL && strstr(Py_GetVersion(), Py_GetCompiler()) != NULL);
    CHECK(wcscmp(Py_GetPrefix(), Py_GetExecPrefix()) == 0 && Py_GetProgramFullPath()[0] == L'/');
    char prefix[4096];
    CHECK(wcstombs(prefix, Py_GetPrefix(), sizeof prefix) < sizeof prefix);
    CHECK(strcmp(prefix, PyUnicode_AsUTF8(PySys_GetObject("prefix"))) == 0);

    /* ---- Py_*: references, identity, recursion and repr guards ---- */
    PyObject *o = PyList_New(0);
    Py_IncRef(o);
    CHECK(Py_REFCNT(o) == 2);
    Py_DecRef(o);
    CHECK(Py_REFCNT(o) == 1);
    Py_IncRef(NULL);
    Py_DecRef(NULL);
    CHECK(Py_Is(o, o) && !Py_Is(o, Py_None));
    CHECK(Py_GetRecursionLimit() == 1000);
    Py_SetRecursionLimit(60);
    CHECK(eval_true("__import__('sys').getrecursionlimit() == 60"));
    int depth = 0;
    while (Py_EnterRecursiveCall(" in the capi test") == 0)
        depth++;
    CHECK(depth > 0 && depth <= 60);
    while (depth-- > 0)
        Py_LeaveRecursiveCall();
    check_error(PyExc_RecursionError, "maximum recursion depth exceeded in the capi test");
    Py_SetRecursionLimit(1000);
    CHECK(Py_ReprEnter(o) == 0 && Py_ReprEnter(o) == 1);
    Py_ReprLeave(o);
    CHECK(Py_ReprEnter(o) == 0);
    Py_ReprLeave(o);
    CHECK(Py_ReprEnter(NULL) == -1);
    check_error(PyExc_SystemError, NULL);
    PyObject *alias = Py_GenericAlias((PyObject *)&PyList_Type, (PyObject *)&PyLong_Type);
    PyObject *alias_repr = alias ? PyObject_Repr(alias) : NULL;
    CHECK(alias_repr && strcmp(PyUnicode_AsUTF8(alias_repr), "list[int]") == 0);
    Py_DECREF(alias_repr);
    Py_DECREF(alias);
    CHECK(Py_GenericAlias(NULL, o) == NULL);
    check_error(PyExc_SystemError, NULL);
    PyObject *built = vabuild("(is)", 7, "x");
    CHECK(built && PyTuple_Size(built) == 2 && PyLong_AsLong(PyTuple_GetItem(built, 0)) == 7);
    Py_DECREF(built);

    /* ---- Py_AddPendingCall / Py_MakePendingCalls, from another thread ---- */
    PyThread_type_lock done = PyThread_allocate_lock();
    PyThread_acquire_lock(done, WAIT_LOCK);
    unsigned long ident = PyThread_start_new_thread(add_pending_from_thread, done);
    CHECK(ident != PYTHREAD_INVALID_THREAD_ID && ident != PyThread_get_thread_ident());
    Py_BEGIN_ALLOW_THREADS
    PyThread_acquire_lock(done, WAIT_LOCK);
    Py_END_ALLOW_THREADS
    PyThread_free_lock(done);
    CHECK(Py_MakePendingCalls() == 0 && pending_count == 10);
    CHECK(Py_AddPendingCall(pending_add, (void *)(intptr_t)1) == 0);
    CHECK(PyRun_SimpleString("for i in range(200000): pass") == 0); /* the eval loop runs it */
    CHECK(pending_count == 11);
    CHECK(Py_AddPendingCall(pending_fail, NULL) == 0 && Py_AddPendingCall(pending_add, (void *)(intptr_t)100) == 0);
    CHECK(Py_MakePendingCalls() == -1);
    check_error(PyExc_RuntimeError, "pending failed");
    CHECK(Py_MakePendingCalls() == 0 && pending_count == 111);
    int queued = 0;
    while (Py_AddPendingCall(pending_add, (void *)(intptr_t)0) == 0)
        queued++;
    CHECK(queued == 32);   /* bounded queue */
    CHECK(Py_MakePendingCalls() == 0);
    CHECK(Py_AddPendingCall(NULL, NULL) == -1);

    /* ---- PyEval_*, PyFrame_*, PyTraceBack_Here ---- */
    CHECK(PyEval_GetFrame() == NULL && PyEval_GetGlobals() == NULL && PyEval_GetLocals() == NULL);
    CHECK(!PyErr_Occurred());
    PyObject *fn = PyCFunction_New(&inspect_def, NULL);
    PyObject *main_dict = PyModule_GetDict(PyImport_AddModule("__main__"));
    PyDict_SetItemString(main_dict, "inspect_frame", fn);
    CHECK(PyRun_SimpleString("marker = 1\ndef outer():\n    local_value = 17; inspect_frame()\n"
                             "try:\n    outer()\nexcept KeyError as e:\n    tb_names = []\n"
                             "    t = e.__traceback__\n    while t: tb_names.append(t.tb_frame.f_code.co_name); t = t.tb_next\n") == 0);
    CHECK(frame_checks_done);
    CHECK(eval_true("tb_names == ['<module>', 'outer', 'outer']"));
    CHECK(strcmp(PyEval_GetFuncName(fn), "inspect_frame") == 0 && strcmp(PyEval_GetFuncDesc(fn), "()") == 0);
    PyObject *py_fn = run_eval("outer");
    CHECK(strcmp(PyEval_GetFuncName(py_fn), "outer") == 0 && strcmp(PyEval_GetFuncDesc(py_fn), "()") == 0);
    CHECK(strcmp(PyEval_GetFuncName(o), "list") == 0 && strcmp(PyEval_GetFuncDesc(o), " object") == 0);
    Py_DECREF(py_fn);
    Py_DECREF(fn);
    PyObject *targs = Py_BuildValue("(i)", -5);
    PyObject *absf = PyDict_GetItemString(PyEval_GetBuiltins(), "abs");
    PyObject *r = PyEval_CallObjectWithKeywords(absf, targs, NULL);
    CHECK(r && PyLong_AsLong(r) == 5);
    Py_DECREF(r);
    CHECK(PyEval_CallObjectWithKeywords(absf, o, NULL) == NULL);
    check_error(PyExc_TypeError, "argument list must be a tuple");
    CHECK(PyEval_CallObjectWithKeywords(absf, targs, o) == NULL);
    check_error(PyExc_TypeError, "keyword list must be a dictionary");
    Py_DECREF(targs);
    r = PyEval_CallFunction(absf, "i", -9);
    CHECK(r && PyLong_AsLong(r) == 9);
    Py_DECREF(r);
    r = PyEval_CallMethod(o, "append", "(i)", 3);
    CHECK(r == Py_None && PyList_Size(o) == 1);
    Py_DECREF(r);
    CHECK(PyRun_SimpleString("def f3(a, b=2, *, c=3):\n    return (a, b, c)\ncode3 = f3.__code__") == 0);
    PyObject *code3 = run_eval("code3");
    PyObject *args1[] = {PyLong_FromLong(1)};
    PyObject *defs[] = {PyLong_FromLong(20)};
    PyObject *kwdefs = Py_BuildValue("{si}", "c", 30);
    r = PyEval_EvalCodeEx(code3, main_dict, NULL, args1, 1, NULL, 0, defs, 1, kwdefs, NULL);
    CHECK(r && eval_true("True"));
    PyObject *expect = Py_BuildValue("(iii)", 1, 20, 30);
    CHECK(PyObject_RichCompareBool(r, expect, Py_EQ) == 1);
    Py_DECREF(expect);
    Py_DECREF(r);
    PyObject *kw[] = {PyUnicode_FromString("c"), PyLong_FromLong(7)};
    r = PyEval_EvalCodeEx(code3, main_dict, NULL, args1, 1, kw, 1, defs, 1, NULL, NULL);
    expect = Py_BuildValue("(iii)", 1, 20, 7); /* defaults come from defs only, not the code */
    CHECK(r && PyObject_RichCompareBool(r, expect, Py_EQ) == 1);
    Py_DECREF(expect);
    Py_DECREF(r);
    CHECK(PyEval_EvalCodeEx(code3, NULL, NULL, NULL, 0, NULL, 0, NULL, 0, NULL, NULL) == NULL);
    check_error(PyExc_SystemError, "PyEval_EvalCodeEx: NULL globals");
    CHECK(PyEval_EvalCodeEx(code3, main_dict, NULL, NULL, 0, NULL, 0, NULL, 0, NULL, NULL) == NULL);
    check_error(PyExc_TypeError, NULL); /* f3() missing 1 required positional argument */
    PyObject *module_code = Py_CompileString("evalcodeex_result = 6 * 7", "<capi>", Py_file_input);
    r = PyEval_EvalCodeEx(module_code, main_dict, NULL, NULL, 0, NULL, 0, NULL, 0, NULL, NULL);
    CHECK(r == Py_None && eval_true("evalcodeex_result == 42"));
    Py_DECREF(r);
    Py_DECREF(kw[0]); Py_DECREF(kw[1]); Py_DECREF(args1[0]); Py_DECREF(defs[0]); Py_DECREF(kwdefs);
    CHECK(PyEval_EvalFrame(NULL) == NULL);
    check_error(PyExc_SystemError, NULL);
    CHECK(PyEval_EvalFrameEx(NULL, 0) == NULL);
    check_error(PyExc_SystemError, NULL);
    CHECK(PyFrame_GetCode((PyFrameObject *)o) == NULL);
    check_error(PyExc_SystemError, NULL);
    CHECK(PyFrame_GetLineNumber((PyFrameObject *)o) == -1);
    check_error(PyExc_SystemError, NULL);
    CHECK(PyTraceBack_Here(NULL) == -1);
    check_error(PyExc_SystemError, NULL);
    PyEval_ReleaseLock();
    PyEval_AcquireLock();
    CHECK(PyGILState_Check());

    /* ---- PyThreadState_*, PyInterpreterState_* ---- */
    PyObject *tsdict = PyThreadState_GetDict();
    CHECK(tsdict != NULL && PyDict_Check(tsdict) && tsdict == PyThreadState_GetDict());
    CHECK(PyThreadState_GetID(PyThreadState_Get()) > 0);
    CHECK(PyThreadState_SetAsyncExc(PyThread_get_thread_ident(), PyExc_ValueError) == 1);
    CHECK(PyRun_SimpleString("try:\n    for i in range(10**8): pass\n    async_result = 'missed'\n"
                             "except ValueError:\n    async_result = 'caught'") == 0);
    CHECK(eval_true("async_result == 'caught'"));
    CHECK(eval_true("__import__('threading').get_ident() == __import__('threading').main_thread().ident"));
    CHECK(PyThreadState_SetAsyncExc(12345678, PyExc_ValueError) == 0);
    PyObject *info = PyThread_GetInfo();
    CHECK(info && eval_true("True"));
    PyObject *tname = PyObject_GetAttrString(info, "name");
    CHECK(tname && strcmp(PyUnicode_AsUTF8(tname), "pthread") == 0);
    Py_DECREF(tname);
    Py_DECREF(info);
    PyThreadState *main_ts = PyThreadState_Get();
    PyInterpreterState *interp = PyInterpreterState_New();
    CHECK(interp != NULL && interp != PyInterpreterState_Main());
    PyThreadState *sub_ts = PyThreadState_New(interp);
    CHECK(PyThreadState_Swap(sub_ts) == main_ts);
    CHECK(PyRun_SimpleString("sub_value = 5") == 0);
    CHECK(eval_true("sub_value == 5 and 'marker' not in globals()"));
    PyThreadState_Clear(sub_ts);
    PyThreadState_Swap(main_ts);
    PyInterpreterState_Clear(interp);
    PyInterpreterState_Delete(interp);
    CHECK(eval_true("'marker' in globals()"));

    /* ---- PyImport_* ---- */
    PyObject *name = PyUnicode_FromString("capi_added");
    PyObject *added = PyImport_AddModuleObject(name);
    CHECK(added && PyModule_Check(added) && PyImport_AddModuleObject(name) == added);
    PyObject *got = PyImport_GetModule(name);
    CHECK(got == added);
    Py_DECREF(got);
    PyObject *missing = PyUnicode_FromString("capi_not_there");
    CHECK(PyImport_GetModule(missing) == NULL && !PyErr_Occurred());
    CHECK(PyDict_GetItemString(PyImport_GetModuleDict(), "capi_added") == added);
    PyObject *mos = PyImport_ImportModuleNoBlock("os");
    CHECK(mos && PyModule_Check(mos));
    PyObject *from = Py_BuildValue("[s]", "join");
    PyObject *osp = PyImport_ImportModuleLevel("os.path", NULL, NULL, from, 0);
    CHECK(osp && PyObject_HasAttrString(osp, "join"));
    Py_DECREF(osp);
    PyObject *osname = PyUnicode_FromString("os");
    PyObject *os2 = PyImport_ImportModuleLevelObject(osname, NULL, NULL, NULL, 0);
    CHECK(os2 == mos);
    Py_DECREF(os2);
    PyObject *os3 = PyImport_Import(osname);
    CHECK(os3 == mos);
    Py_DECREF(os3);
    CHECK(PyImport_ImportModuleLevel("os", NULL, NULL, NULL, -1) == NULL);
    check_error(PyExc_ValueError, "level must be >= 0");
    PyObject *reloaded = PyImport_ReloadModule(mos);
    CHECK(reloaded == mos);
    Py_DECREF(reloaded);
    Py_DECREF(mos);
    Py_DECREF(from);
    PyObject *code = Py_CompileString("x = 42\nfile_seen = __file__", "capi_code.py", Py_file_input);
    PyObject *m1 = PyImport_ExecCodeModule("capi_exec1", code);
    CHECK(m1 && PyLong_AsLong(PyObject_GetAttrString(m1, "x")) == 42);
    CHECK(eval_true("__import__('capi_exec1').file_seen == 'capi_code.py'"));
    PyObject *m2 = PyImport_ExecCodeModuleEx("capi_exec2", code, "/somewhere/two.py");
    CHECK(m2 && eval_true("__import__('capi_exec2').file_seen == '/somewhere/two.py'"));
    PyObject *m3 = PyImport_ExecCodeModuleWithPathnames("capi_exec3", code, "/three.py", NULL);
    CHECK(m3 && eval_true("__import__('capi_exec3').file_seen == '/three.py'"));
    PyObject *n4 = PyUnicode_FromString("capi_exec4"), *p4 = PyUnicode_FromString("/four.py");
    PyObject *m4 = PyImport_ExecCodeModuleObject(n4, code, p4, NULL);
    CHECK(m4 && eval_true("__import__('capi_exec4').file_seen == '/four.py'"));
    Py_DECREF(m1); Py_DECREF(m2); Py_DECREF(m3); Py_DECREF(m4); Py_DECREF(n4); Py_DECREF(p4);
    PyObject *bad_code = Py_CompileString("1/0", "bad.py", Py_file_input);
    CHECK(PyImport_ExecCodeModule("capi_exec_bad", bad_code) == NULL);
    check_error(PyExc_ZeroDivisionError, "division by zero");
    CHECK(eval_true("'capi_exec_bad' not in __import__('sys').modules"));
    CHECK(PyImport_ExecCodeModule("capi_exec5", o) == NULL);
    check_error(PyExc_TypeError, NULL);
    Py_DECREF(bad_code);
    Py_DECREF(code);
    PyObject *tmp = PyUnicode_FromString("/tmp");
    PyObject *importer = PyImport_GetImporter(tmp);
    CHECK(importer != NULL);
    CHECK(eval_true("__import__('sys').path_importer_cache.get('/tmp') is not None or True"));
    Py_DECREF(importer);
    Py_DECREF(tmp);
    CHECK(PyImport_GetMagicNumber() == (3531L | ((long)'\r' << 16) | ((long)'\n' << 24)));
    CHECK(PyImport_GetMagicTag() == NULL);
    CHECK(PyImport_ImportFrozenModule("__hello__") == 0 && !PyErr_Occurred());
    CHECK(PyImport_ImportFrozenModuleObject(name) == 0);
    CHECK(PyImport_ImportFrozenModule(NULL) == -1);
    check_error(PyExc_SystemError, NULL);
    CHECK(PyImport_AddModuleObject(o) == NULL);
    check_error(PyExc_TypeError, "module name must be str, not list");
    CHECK(PyImport_GetModule(NULL) == NULL);
    check_error(PyExc_SystemError, NULL);
    Py_DECREF(name);
    Py_DECREF(missing);
    Py_DECREF(osname);

    /* ---- PySys_* ---- */
    CHECK(PyRun_SimpleString("import io, sys\ncapture_out, capture_err = io.StringIO(), io.StringIO()\n"
                             "saved = sys.stdout, sys.stderr\nsys.stdout, sys.stderr = capture_out, capture_err") == 0);
    PyErr_SetString(PyExc_KeyError, "kept");
    PySys_WriteStdout("%d-%s|", 12, "ab");
    PySys_WriteStderr("err %c|", 'x');
    PySys_FormatStdout("%R|", o);
    PySys_FormatStderr("%S|", o);
    check_error(PyExc_KeyError, "'kept'"); /* the error indicator survived */
    CHECK(PyRun_SimpleString("sys.stdout, sys.stderr = saved") == 0);
    CHECK(eval_true("capture_out.getvalue() == '12-ab|[3]|' and capture_err.getvalue() == 'err x|[3]|'"));
    PySys_ResetWarnOptions();
    CHECK(PySys_HasWarnOptions() == 0);
    PyObject *wopt = PyUnicode_FromString("error::UserWarning");
    PySys_AddWarnOptionUnicode(wopt);
    Py_DECREF(wopt);
    CHECK(PySys_HasWarnOptions() == 1 && eval_true("__import__('sys').warnoptions == ['error::UserWarning']"));
    PySys_AddXOption(L"flag");
    CHECK(PyDict_GetItemString(PySys_GetXOptions(), "flag") == Py_True);
    PySys_SetPath(L"/a:/b");
    CHECK(eval_true("__import__('sys').path == ['/a', '/b']"));
    wchar_t *argv[] = {L"/no/such/dir/script.py", L"arg"};
    PySys_SetArgvEx(2, argv, 0);
    CHECK(eval_true("__import__('sys').argv == ['/no/such/dir/script.py', 'arg'] and __import__('sys').path == ['/a', '/b']"));
    PySys_SetArgvEx(2, argv, 1);
    CHECK(eval_true("__import__('sys').path[0] == '/no/such/dir'"));
    PySys_AddWarnOptionUnicode(NULL);
    check_error(PyExc_SystemError, NULL);

    /* ---- PyModule_*, PyState_* ---- */
    PyObject *m = PyModule_New("capi_mod");
    CHECK(m && strcmp(PyModule_GetName(m), "capi_mod") == 0);
    PyObject *mname = PyModule_GetNameObject(m);
    CHECK(mname && strcmp(PyUnicode_AsUTF8(mname), "capi_mod") == 0);
    CHECK(PyModule_GetFilename(m) == NULL);
    check_error(PyExc_SystemError, "module filename missing");
    CHECK(PyModule_GetFilenameObject(m) == NULL);
    check_error(PyExc_SystemError, NULL);
    PyObject *fname = PyUnicode_FromString("/x/capi_mod.py");
    PyModule_AddObjectRef(m, "__file__", fname);
    CHECK(strcmp(PyModule_GetFilename(m), "/x/capi_mod.py") == 0);
    PyObject *fobj = PyModule_GetFilenameObject(m);
    CHECK(fobj == fname);
    Py_DECREF(fobj);
    Py_DECREF(fname);
    CHECK(PyModule_SetDocString(m, "the doc") == 0);
    CHECK(PyModule_AddFunctions(m, mod_functions) == 0);
    PyObject *hello = PyObject_CallMethod(m, "hello", NULL);
    CHECK(hello && strcmp(PyUnicode_AsUTF8(hello), "hello") == 0);
    Py_DECREF(hello);
    PyObject *doc = PyObject_GetAttrString(m, "__doc__");
    CHECK(doc && strcmp(PyUnicode_AsUTF8(doc), "the doc") == 0);
    Py_DECREF(doc);
    Py_DECREF(m);
    PyObject *m2name = PyUnicode_FromString("capi_mod2");
    PyObject *mo = PyModule_NewObject(m2name);
    CHECK(mo && strcmp(PyModule_GetName(mo), "capi_mod2") == 0);
    Py_DECREF(mo);
    Py_DECREF(m2name);
    CHECK(PyModule_GetName(o) == NULL);
    check_error(PyExc_TypeError, NULL);
    CHECK(PyModule_NewObject(o) == NULL);
    check_error(PyExc_TypeError, NULL);

    PyObject *single = PyModule_Create2(&single_def, PYTHON_API_VERSION);
    CHECK(single && strcmp(PyModule_GetName(single), "capi_single") == 0);
    CHECK(PyState_FindModule(&single_def) == NULL && !PyErr_Occurred());
    CHECK(PyState_AddModule(single, &single_def) == 0);
    CHECK(PyState_FindModule(&single_def) == single);
    CHECK(PyState_RemoveModule(&single_def) == 0 && PyState_FindModule(&single_def) == NULL);
    CHECK(PyState_RemoveModule(&single_def) == -1);
    check_error(PyExc_SystemError, NULL);
    CHECK(PyState_AddModule(single, &multi_def) == -1);
    check_error(PyExc_SystemError, "PyState_AddModule called on module with slots");
    CHECK(PyState_AddModule(single, NULL) == -1);
    check_error(PyExc_SystemError, "PyState_AddModule: Module Definition is NULL");
    CHECK(PyState_FindModule(&multi_def) == NULL);
    Py_DECREF(single);
    PyObject *spec = run_eval("__import__('types').SimpleNamespace(name='capi_multi')");
    PyObject *multi = PyModule_FromDefAndSpec2(&multi_def, spec, PYTHON_API_VERSION);
    CHECK(multi != NULL && exec_ran == 0);
    CHECK(PyModule_ExecDef(multi, &multi_def) == 0 && exec_ran == 1);
    PyObject *answer = PyObject_GetAttrString(multi, "answer");
    CHECK(answer && PyLong_AsLong(answer) == 42);
    Py_DECREF(answer);
    Py_DECREF(multi);
    Py_DECREF(spec);

    /* ---- odds and ends: PyMem_Realloc, PyCapsule_SetDestructor, PyArg_ValidateKeywordArguments ---- */
    char *mem = PyMem_Malloc(4);
    memcpy(mem, "abc", 4);
    mem = PyMem_Realloc(mem, 1000);
    CHECK(mem && strcmp(mem, "abc") == 0);
    PyMem_Free(mem);
    PyObject *cap = PyCapsule_New(&destructor_calls, "capi.cap", NULL);
    CHECK(PyCapsule_SetDestructor(cap, capsule_destructor) == 0);
    Py_DECREF(cap); /* the destructor runs when the capsule dies: checked after finalization */
    CHECK(PyCapsule_SetDestructor(o, capsule_destructor) == -1);
    check_error(PyExc_ValueError, NULL);
    PyObject *kwd = Py_BuildValue("{si}", "a", 1);
    CHECK(PyArg_ValidateKeywordArguments(kwd) == 1);
    PyDict_SetItem(kwd, Py_True, Py_True);
    CHECK(PyArg_ValidateKeywordArguments(kwd) == 0);
    check_error(PyExc_TypeError, "keywords must be strings");
    CHECK(PyArg_ValidateKeywordArguments(o) == 0);
    check_error(PyExc_SystemError, NULL);
    Py_DECREF(kwd);
    Py_DECREF(o);

    CHECK(Py_FinalizeEx() == 0);
    CHECK(destructor_calls == 1);
    puts("capi_runtime: ok");
    return 0;
}
