/* PyObject_Malloc / Calloc / Realloc: raw memory for objects a C extension lays out itself (then
 * PyObject_Init makes it an instance). They are the C heap, like PyMem_*; PyObject_Free (in the
 * runtime) also forgets an instance made from such memory before freeing it. */
#include "Python.h"

void *PyObject_Malloc(size_t size) { return PyMem_RawMalloc(size); }
void *PyObject_Calloc(size_t nelem, size_t elsize) { return PyMem_RawCalloc(nelem, elsize); }
void *PyObject_Realloc(void *ptr, size_t new_size) { return PyMem_RawRealloc(ptr, new_size); }
