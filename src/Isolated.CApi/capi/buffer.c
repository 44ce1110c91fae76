/* The parts of the buffer protocol that only read or fill a Py_buffer (pybuffer.h): filling a
 * view over C memory, contiguity, element addresses, and copies between a view and contiguous
 * memory, for any number of dimensions. Getting and releasing views is C# (Exports/Buffers.cs). */
#include "Python.h"

int PyBuffer_FillInfo(Py_buffer *view, PyObject *o, void *buf, Py_ssize_t len, int readonly, int flags)
{
    if (view == NULL) {
        PyErr_SetString(PyExc_BufferError, "PyBuffer_FillInfo: view==NULL argument is obsolete");
        return -1;
    }
    if ((flags & PyBUF_WRITABLE) == PyBUF_WRITABLE && readonly == 1) {
        PyErr_SetString(PyExc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = o ? Py_NewRef(o) : NULL;
    view->buf = buf;
    view->len = len;
    view->readonly = readonly;
    view->itemsize = 1;
    view->format = (flags & PyBUF_FORMAT) == PyBUF_FORMAT ? (char *)"B" : NULL;
    view->ndim = 1;
    view->shape = (flags & PyBUF_ND) == PyBUF_ND ? &view->len : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? &view->itemsize : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    return 0;
}

/* Whether the strides are those of a contiguous array in C (last index fastest) or Fortran
 * (first index fastest) order. */
static int strides_match(const Py_buffer *view, int fortran)
{
    if (view->len == 0 || view->strides == NULL)
        return 1;
    Py_ssize_t expected = view->itemsize;
    for (int k = 0; k < view->ndim; k++) {
        int dim = fortran ? k : view->ndim - 1 - k;
        if (view->shape[dim] > 1 && view->strides[dim] != expected)
            return 0;
        expected *= view->shape[dim];
    }
    return 1;
}

int PyBuffer_IsContiguous(const Py_buffer *view, char order)
{
    if (view->suboffsets != NULL)
        return 0;
    if (order == 'C')
        return strides_match(view, 0);
    if (order == 'F')
        return strides_match(view, 1);
    if (order == 'A')
        return strides_match(view, 0) || strides_match(view, 1);
    return 0;
}

void *PyBuffer_GetPointer(const Py_buffer *view, const Py_ssize_t *indices)
{
    char *p = (char *)view->buf;
    for (int k = 0; k < view->ndim; k++) {
        Py_ssize_t stride = view->strides ? view->strides[k] : view->itemsize;
        p += stride * indices[k];
        if (view->suboffsets != NULL && view->suboffsets[k] >= 0)
            p = *((char **)p) + view->suboffsets[k];
    }
    return (void *)p;
}

void PyBuffer_FillContiguousStrides(int ndims, Py_ssize_t *shape, Py_ssize_t *strides, int itemsize, char order)
{
    Py_ssize_t stride = itemsize;
    for (int k = 0; k < ndims; k++) {
        int dim = order == 'F' ? k : ndims - 1 - k;
        strides[dim] = stride;
        stride *= shape[dim];
    }
}

/* Visits every element of view in the given order ('F': first index fastest, else last),
 * copying itemsize bytes between the element and the next slot of the contiguous buffer. */
static int copy_elements(const Py_buffer *view, char *contiguous, Py_ssize_t len, char order, int to_view)
{
    int nd = view->ndim > 0 ? view->ndim : 1;
    Py_ssize_t *index = PyMem_Calloc((size_t)nd, sizeof(Py_ssize_t));
    if (index == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t done = 0, item = view->itemsize;
    Py_ssize_t total = 1;
    for (int k = 0; k < view->ndim; k++)
        total *= view->shape[k];
    for (Py_ssize_t n = 0; n < total && done + item <= len; n++) {
        char *element = PyBuffer_GetPointer(view, index);
        if (to_view)
            memcpy(element, contiguous + done, (size_t)item);
        else
            memcpy(contiguous + done, element, (size_t)item);
        done += item;
        for (int k = 0; k < view->ndim; k++) {
            int dim = order == 'F' ? k : view->ndim - 1 - k;
            if (++index[dim] < view->shape[dim])
                break;
            index[dim] = 0;
        }
    }
    PyMem_Free(index);
    return 0;
}

int PyBuffer_ToContiguous(void *buf, const Py_buffer *view, Py_ssize_t len, char order)
{
    if (len != view->len) {
        PyErr_SetString(PyExc_ValueError, "PyBuffer_ToContiguous: len != view->len");
        return -1;
    }
    if (view->shape == NULL || PyBuffer_IsContiguous(view, order == 'A' ? 'C' : order)) {
        memcpy(buf, view->buf, (size_t)len);
        return 0;
    }
    return copy_elements(view, (char *)buf, len, order, 0);
}

int PyBuffer_FromContiguous(const Py_buffer *view, const void *buf, Py_ssize_t len, char order)
{
    if (len > view->len)
        len = view->len;
    if (view->shape == NULL || PyBuffer_IsContiguous(view, order == 'A' ? 'C' : order)) {
        memcpy(view->buf, buf, (size_t)len);
        return 0;
    }
    return copy_elements(view, (char *)buf, len, order, 1);
}

/* Copies src's bytes into dest (both buffers of the same size), element by element in C order. */
int PyObject_CopyData(PyObject *dest, PyObject *src)
{
    if (!PyObject_CheckBuffer(dest) || !PyObject_CheckBuffer(src)) {
        PyErr_SetString(PyExc_TypeError, "both destination and source must be bytes-like objects");
        return -1;
    }
    Py_buffer d, s;
    if (PyObject_GetBuffer(dest, &d, PyBUF_FULL) != 0)
        return -1;
    if (PyObject_GetBuffer(src, &s, PyBUF_FULL_RO) != 0) {
        PyBuffer_Release(&d);
        return -1;
    }
    int rc = 0;
    if (d.len < s.len) {
        PyErr_SetString(PyExc_BufferError, "destination is too small to receive data from source");
        rc = -1;
    } else {
        char *tmp = PyMem_Malloc((size_t)(s.len ? s.len : 1));
        if (tmp == NULL) {
            PyErr_NoMemory();
            rc = -1;
        } else {
            rc = PyBuffer_ToContiguous(tmp, &s, s.len, 'C');
            if (rc == 0)
                rc = PyBuffer_FromContiguous(&d, tmp, s.len, 'C');
            PyMem_Free(tmp);
        }
    }
    PyBuffer_Release(&s);
    PyBuffer_Release(&d);
    return rc;
}

/* 1 when obj exports a readable buffer (the error from trying is cleared). */
int PyObject_CheckReadBuffer(PyObject *obj)
{
    if (obj == NULL || !PyObject_CheckBuffer(obj))
        return 0;
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) != 0) {
        PyErr_Clear();
        return 0;
    }
    PyBuffer_Release(&view);
    return 1;
}
