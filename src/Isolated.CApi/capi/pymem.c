/* PyMem_* and PyMem_Raw*: the C library's allocator (see include/pymem.h for why). CPython's
 * guarantees are kept: 0 bytes still gives a unique pointer, and sizes past PY_SSIZE_T_MAX fail. */
#include "Python.h"

void *PyMem_RawMalloc(size_t size)
{
    if (size > (size_t)PY_SSIZE_T_MAX)
        return NULL;
    return malloc(size ? size : 1);
}

void *PyMem_RawCalloc(size_t nelem, size_t elsize)
{
    if (elsize != 0 && nelem > (size_t)PY_SSIZE_T_MAX / elsize)
        return NULL;
    if (nelem == 0 || elsize == 0)
        nelem = elsize = 1;
    return calloc(nelem, elsize);
}

void *PyMem_RawRealloc(void *ptr, size_t new_size)
{
    if (new_size > (size_t)PY_SSIZE_T_MAX)
        return NULL;
    return realloc(ptr, new_size ? new_size : 1);
}

void PyMem_RawFree(void *ptr)
{
    free(ptr);
}

void *PyMem_Malloc(size_t size) { return PyMem_RawMalloc(size); }
void *PyMem_Calloc(size_t nelem, size_t elsize) { return PyMem_RawCalloc(nelem, elsize); }
void *PyMem_Realloc(void *ptr, size_t new_size) { return PyMem_RawRealloc(ptr, new_size); }
void PyMem_Free(void *ptr) { PyMem_RawFree(ptr); }
