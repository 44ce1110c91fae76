/* More of sys (CPython's sysmodule.h); PySys_GetObject, PySys_SetObject and PySys_SetArgv* are
 * in import.h. All act on the current interpreter's sys. The warning and -X options given before
 * Py_Initialize are kept and become the main interpreter's sys.warnoptions / sys._xoptions. */
#ifndef Py_SYSMODULE_H
#define Py_SYSMODULE_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(void) PySys_AddWarnOption(const wchar_t *s);
PyAPI_FUNC(void) PySys_AddWarnOptionUnicode(PyObject *option);
PyAPI_FUNC(void) PySys_ResetWarnOptions(void);
PyAPI_FUNC(int) PySys_HasWarnOptions(void);
/* "name" gives _xoptions[name] = True, "name=value" gives _xoptions[name] = "value". */
PyAPI_FUNC(void) PySys_AddXOption(const wchar_t *s);
/* Borrowed: sys._xoptions (created when missing). */
PyAPI_FUNC(PyObject *) PySys_GetXOptions(void);
/* sys.path = path split at ':'. */
PyAPI_FUNC(void) PySys_SetPath(const wchar_t *path);

/* printf-style (WriteStdout/WriteStderr: at most 1000 bytes of output) or PyUnicode_FromFormat-
 * style text written to sys.stdout / sys.stderr (the process's stream when that is missing).
 * The error indicator is kept. */
PyAPI_FUNC(void) PySys_WriteStdout(const char *format, ...);
PyAPI_FUNC(void) PySys_WriteStderr(const char *format, ...);
PyAPI_FUNC(void) PySys_FormatStdout(const char *format, ...);
PyAPI_FUNC(void) PySys_FormatStderr(const char *format, ...);

#ifdef __cplusplus
}
#endif

#endif /* !Py_SYSMODULE_H */
