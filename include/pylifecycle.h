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

/* Py_Main: the `isolated` command line with wide-character arguments. */
PyAPI_FUNC(int) Py_Main(int argc, wchar_t **argv);

/* Functions run by Py_FinalizeEx after the interpreters ended (last registered first); at most
 * 32 for the process, as in CPython. 0, or -1 when full. */
PyAPI_FUNC(int) Py_AtExit(void (*func)(void));
/* Py_FinalizeEx, then exit(status) (120 when finalization failed). */
PyAPI_FUNC(void) Py_Exit(int status) __attribute__((noreturn));
/* Prints "Fatal Python error: message" to stderr and aborts the process. Unlike the misuse the
 * other functions report and survive, this is the host asking for the abort. */
PyAPI_FUNC(void) Py_FatalError(const char *message) __attribute__((noreturn));

/* Locale encoding of this runtime: UTF-8 with surrogateescape (CPython's UTF-8 mode), whatever
 * the C locale says. The results are PyMem_RawMalloc'ed (free with PyMem_RawFree); NULL on
 * error: *size / *error_pos is (size_t)-1 for no memory, (size_t)-2 for an undecodable input. */
PyAPI_FUNC(wchar_t *) Py_DecodeLocale(const char *arg, size_t *size);
PyAPI_FUNC(char *) Py_EncodeLocale(const wchar_t *text, size_t *error_pos);

/* Version and build strings (static, never freed). */
PyAPI_FUNC(const char *) Py_GetVersion(void);
PyAPI_FUNC(const char *) Py_GetPlatform(void);
PyAPI_FUNC(const char *) Py_GetCopyright(void);
PyAPI_FUNC(const char *) Py_GetCompiler(void);
PyAPI_FUNC(const char *) Py_GetBuildInfo(void);

/* Program name and paths. These are process-wide in CPython and stay so here: they describe the
 * runtime's installation, not an interpreter, and every interpreter starts from them (each then
 * has its own sys.path/sys.prefix to change). Set them before Py_Initialize. Py_SetPath replaces
 * the initial module search path (':'-separated) of interpreters created afterwards (the
 * script directory of PySys_SetArgv still goes first). The returned strings belong to the library and stay
 * valid until the value changes. Py_GetPythonHome is NULL unless set. */
PyAPI_FUNC(void) Py_SetProgramName(const wchar_t *name);
PyAPI_FUNC(wchar_t *) Py_GetProgramName(void);
PyAPI_FUNC(wchar_t *) Py_GetPythonHome(void);
PyAPI_FUNC(wchar_t *) Py_GetProgramFullPath(void);
PyAPI_FUNC(wchar_t *) Py_GetPrefix(void);
PyAPI_FUNC(wchar_t *) Py_GetExecPrefix(void);
PyAPI_FUNC(wchar_t *) Py_GetPath(void);
PyAPI_FUNC(void) Py_SetPath(const wchar_t *path);

#ifdef __cplusplus
}
#endif

#endif /* !Py_PYLIFECYCLE_H */
