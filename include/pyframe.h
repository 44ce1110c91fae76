/* Frame objects (the running frames, seen from C) and tracebacks. */
#ifndef Py_PYFRAME_H
#define Py_PYFRAME_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _frame PyFrameObject;
typedef struct PyCodeObject PyCodeObject;

/* New reference to the frame's code object. */
PyAPI_FUNC(PyCodeObject *) PyFrame_GetCode(PyFrameObject *frame);
PyAPI_FUNC(int) PyFrame_GetLineNumber(PyFrameObject *frame);

/* Adds frame to the traceback of the pending exception. 0, or -1 with an error. */
PyAPI_FUNC(int) PyTraceBack_Here(PyFrameObject *frame);
/* Writes "Traceback (most recent call last):" and the entries of tb to file (an object with a
 * write method), as the traceback module prints them. */
PyAPI_FUNC(int) PyTraceBack_Print(PyObject *tb, PyObject *file);

#ifdef __cplusplus
}
#endif

#endif /* !Py_PYFRAME_H */
