/* Starting and stopping the runtime and its interpreters. */
#ifndef Py_PYLIFECYCLE_H
#define Py_PYLIFECYCLE_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(void) Py_Initialize(void);
PyAPI_FUNC(void) Py_InitializeEx(int initsigs);
PyAPI_FUNC(int) Py_IsInitialized(void);
PyAPI_FUNC(void) Py_Finalize(void);
/* Ends every interpreter and releases the runtime; Py_Initialize may be called again after. */
PyAPI_FUNC(int) Py_FinalizeEx(void);

/* A new interpreter with its own GIL, modules and singletons; its thread state becomes
   current (the previous thread state's GIL is released). NULL on failure. */
PyAPI_FUNC(PyThreadState *) Py_NewInterpreter(void);

/* CPython 3.12's PyStatus and PyInterpreterConfig. */
typedef struct {
    enum {
        _PyStatus_TYPE_OK = 0,
        _PyStatus_TYPE_ERROR = 1,
        _PyStatus_TYPE_EXIT = 2
    } _type;
    const char *func;
    const char *err_msg;
    int exitcode;
} PyStatus;

PyAPI_FUNC(int) PyStatus_Exception(PyStatus status);
PyAPI_FUNC(int) PyStatus_IsError(PyStatus status);
PyAPI_FUNC(int) PyStatus_IsExit(PyStatus status);

#define PyInterpreterConfig_DEFAULT_GIL (0)
#define PyInterpreterConfig_SHARED_GIL (1)
#define PyInterpreterConfig_OWN_GIL (2)

typedef struct {
    int use_main_obmalloc;
    int allow_fork;
    int allow_exec;
    int allow_threads;
    int allow_daemon_threads;
    int check_multi_interp_extensions;
    int gil;
} PyInterpreterConfig;

#define _PyInterpreterConfig_INIT \
    { \
        .use_main_obmalloc = 0, \
        .allow_fork = 0, \
        .allow_exec = 0, \
        .allow_threads = 1, \
        .allow_daemon_threads = 0, \
        .check_multi_interp_extensions = 1, \
        .gil = PyInterpreterConfig_OWN_GIL, \
    }

#define _PyInterpreterConfig_LEGACY_INIT \
    { \
        .use_main_obmalloc = 1, \
        .allow_fork = 1, \
        .allow_exec = 1, \
        .allow_threads = 1, \
        .allow_daemon_threads = 1, \
        .check_multi_interp_extensions = 0, \
        .gil = PyInterpreterConfig_SHARED_GIL, \
    }

/* Every interpreter gets its own GIL whatever `gil` says (isolation is the point of Isolated);
   a contradictory or unknown configuration returns an error status and *tstate_p = NULL. */
PyAPI_FUNC(PyStatus) Py_NewInterpreterFromConfig(PyThreadState **tstate_p, const PyInterpreterConfig *config);

/* Ends the interpreter of tstate, which must be the current thread state; afterwards no thread
   state is current. */
PyAPI_FUNC(void) Py_EndInterpreter(PyThreadState *tstate);

/* Before Py_Initialize: the standard library is HOME/lib/python3.12 when that directory exists
   (and $ISOLATED_STDLIB is not set); otherwise python3.12/ beside libisolated.so. */
PyAPI_FUNC(void) Py_SetPythonHome(const wchar_t *home);

/* The `isolated` command's entry point, as CPython's Py_BytesMain. */
PyAPI_FUNC(int) Py_BytesMain(int argc, char **argv);

#ifdef __cplusplus
}
#endif

#endif /* !Py_PYLIFECYCLE_H */
