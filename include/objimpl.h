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

#ifdef __cplusplus
}
#endif
#endif /* Py_OBJIMPL_H */
