/* PyBuffer_Release for the views that PyArg_Parse*'s 's*', 'z*' and 'y*' units fill.
 *
 * The runtime has no buffer protocol yet, so those units only hand out views of str and bytes
 * objects (whose memory the object itself keeps), and releasing a view is dropping its object
 * reference. When the C# side implements the buffer protocol it must take this function over
 * (and this file must go), so that objects with a release hook get it called. */
#include "Python.h"

void PyBuffer_Release(Py_buffer *view)
{
    if (view == NULL)
        return;
    PyObject *obj = view->obj;
    view->obj = NULL;
    Py_XDECREF(obj);
}
