/* Isolated's own extensions to the C API (prefix PyIsolated_). */
#ifndef Py_ISOLATED_H
#define Py_ISOLATED_H

#ifdef __cplusplus
extern "C" {
#endif

/* The runtime's version string, e.g. "0.1.0". */
PyAPI_FUNC(const char *) PyIsolated_Version(void);

#ifdef __cplusplus
}
#endif

#endif /* !Py_ISOLATED_H */
