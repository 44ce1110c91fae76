/* File objects: io.open on a descriptor, and readline/write on objects that have them. */
#ifndef Py_FILEOBJECT_H
#define Py_FILEOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

#define Py_PRINT_RAW 1  /* PyFile_WriteObject: str() instead of repr() */

/* io.open(fd, mode, buffering, encoding, errors, newline, closefd); name is ignored, NULL
 * strings mean None. */
PyAPI_FUNC(PyObject *) PyFile_FromFd(int fd, const char *name, const char *mode, int buffering,
                                     const char *encoding, const char *errors, const char *newline,
                                     int closefd);
/* f.readline() (n <= 0) or f.readline(n); n < 0 strips the newline, EOFError at the end. */
PyAPI_FUNC(PyObject *) PyFile_GetLine(PyObject *f, int n);
PyAPI_FUNC(int) PyFile_WriteObject(PyObject *obj, PyObject *f, int flags);
PyAPI_FUNC(int) PyFile_WriteString(const char *s, PyObject *f);

#ifdef __cplusplus
}
#endif

#endif /* !Py_FILEOBJECT_H */
