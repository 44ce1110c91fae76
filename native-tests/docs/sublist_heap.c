/* "Subclassing other types" (the tutorial's SubList deriving from list), as a heap type: the
 * spec's negative basicsize asks for room for the C state after what list needs (3.12's
 * PyObject_GetTypeData), tp_init calls list's own __init__, increment() counts in the state.
 * Written after the tutorial's description; output compared with CPython 3.12. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    int state;
} SubListState;

static PyTypeObject *SubListType;   /* the type PyObject_GetTypeData needs */

static PyObject *SubList_increment(PyObject *self, PyObject *Py_UNUSED(unused))
{
    SubListState *st = PyObject_GetTypeData(self, SubListType);
    st->state++;
    return PyLong_FromLong(st->state);
}

static PyMethodDef SubList_methods[] = {
    {"increment", SubList_increment, METH_NOARGS, PyDoc_STR("increment state counter")},
    {NULL, NULL, 0, NULL},
};

static int SubList_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    initproc list_init = (initproc)PyType_GetSlot(&PyList_Type, Py_tp_init);
    if (list_init(self, args, kwds) < 0)
        return -1;
    SubListState *st = PyObject_GetTypeData(self, SubListType);
    st->state = 0;
    return 0;
}

static PyType_Slot sublist_slots[] = {
    {Py_tp_doc, (void *)PyDoc_STR("SubList objects")},
    {Py_tp_init, (void *)SubList_init},
    {Py_tp_methods, SubList_methods},
    {0, NULL},
};

static PyType_Spec sublist_spec = {
    .name = "sublist.SubList",
    .basicsize = -(int)sizeof(SubListState),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .slots = sublist_slots,
};

static PyModuleDef sublistmodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "sublist",
    .m_doc = "Example module that creates an extension type.",
    .m_size = -1,
};

PyMODINIT_FUNC PyInit_sublist(void)
{
    PyObject *m = PyModule_Create(&sublistmodule);
    if (m == NULL)
        return NULL;
    PyObject *type = PyType_FromSpecWithBases(&sublist_spec, (PyObject *)&PyList_Type);
    if (type == NULL || PyModule_AddObjectRef(m, "SubList", type) < 0) {
        Py_XDECREF(type);
        Py_DECREF(m);
        return NULL;
    }
    SubListType = (PyTypeObject *)type;   /* the module keeps it alive */
    Py_DECREF(type);
    return m;
}

int main(void)
{
    PyImport_AppendInittab("sublist", PyInit_sublist);
    Py_Initialize();
    int rc = PyRun_SimpleString(
        "import sublist\n"
        "s = sublist.SubList(range(3))\n"
        "s.extend(s)\n"
        "print(len(s), s, type(s).__mro__)\n"
        "print(s.increment(), s.increment(), s.increment())\n"
        "t = sublist.SubList('ab')\n"
        "print(t, t.increment(), s.increment(), isinstance(t, list), sublist.SubList.__doc__)\n"
        "s.append(9); s.sort(reverse=True)\n"
        "print(s, s[1:3], s == [9, 2, 2, 1, 1, 0, 0])\n"
        "class Deeper(sublist.SubList):\n"
        "    pass\n"
        "d = Deeper([5])\n"
        "print(d, d.increment(), d.increment(), type(d).__name__)\n"
        "try:\n"
        "    sublist.SubList(1)\n"
        "except TypeError as e:\n"
        "    print('TypeError:', e)\n");
    if (Py_FinalizeEx() < 0)
        return 120;
    return rc == 0 ? 0 : 1;
}
