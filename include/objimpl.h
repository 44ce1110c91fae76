/* Memory for objects whose layout C code manages itself (PyObject_Malloc + PyObject_Init).
 * The C heap, like PyMem_* (include/pymem.h); PyObject_Free also forgets an instance that
 * PyObject_Init made from the block, so it is a valid tp_free. */
#ifndef Py_OBJIMPL_H
#define Py_OBJIMPL_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(void *) PyObject_Malloc(size_t size);
PyAPI_FUNC(void *) PyObject_Calloc(size_t nelem, size_t elsize);
PyAPI_FUNC(void *) PyObject_Realloc(void *ptr, size_t new_size);
PyAPI_FUNC(void) PyObject_Free(void *ptr);
#define PyObject_MALLOC PyObject_Malloc
#define PyObject_REALLOC PyObject_Realloc
#define PyObject_FREE PyObject_Free
#define PyObject_Del PyObject_Free
#define PyObject_DEL PyObject_Free

/* The collector: memory is .NET's, so enable/disable are recorded (gc.isenabled() sees them)
   but cannot stop its collections; PyGC_Collect runs a full collection and what it queued
   (weakref callbacks, tp_dealloc of dead native instances, capsule destructors), and returns 0 (.NET does not count what it freed). Enable/Disable return the
   previous state. */
PyAPI_FUNC(Py_ssize_t) PyGC_Collect(void);
PyAPI_FUNC(int) PyGC_Enable(void);
PyAPI_FUNC(int) PyGC_Disable(void);
PyAPI_FUNC(int) PyGC_IsEnabled(void);

#ifdef __cplusplus
}
#endif
#endif /* Py_OBJIMPL_H */
