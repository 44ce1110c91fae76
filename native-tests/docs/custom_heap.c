/* "Defining Extension Types: Tutorial", its four stages written as heap types (PyType_Spec):
 *   custom  - the minimal type: a doc string and tp_new = PyType_GenericNew;
 *   custom2 - data: first/last/number members, tp_new filling defaults, tp_init with keywords,
 *             tp_dealloc releasing the fields, a name() method;
 *   custom3 - first/last through getters and setters that refuse deletion and non-str values;
 *   custom4 - cycle collection: Py_TPFLAGS_HAVE_GC, tp_traverse, tp_clear, any object in
 *             first/last (deallocs() counts tp_dealloc calls, to show a cycle was collected).
 * Written after the tutorial's description; output compared with CPython 3.12. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>

/* ---- custom ---------------------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    /* Type-specific fields go here. */
} CustomObject;

static PyType_Slot custom_slots[] = {
    {Py_tp_doc, (void *)PyDoc_STR("Custom objects")},
    {Py_tp_new, (void *)PyType_GenericNew},
    {0, NULL},
};

static PyType_Spec custom_spec = {
    .name = "custom.Custom",
    .basicsize = sizeof(CustomObject),
    .itemsize = 0,
    .flags = Py_TPFLAGS_DEFAULT,
    .slots = custom_slots,
};

static PyModuleDef custommodule = {
    PyModuleDef_HEAD_INIT,
    .m_name = "custom",
    .m_doc = "Example module that creates an extension type.",
    .m_size = -1,
};

PyMODINIT_FUNC PyInit_custom(void)
{
    PyObject *m = PyModule_Create(&custommodule);
    if (m == NULL)
        return NULL;
    PyObject *type = PyType_FromSpec(&custom_spec);
    if (type == NULL || PyModule_AddObjectRef(m, "Custom", type) < 0) {
        Py_XDECREF(type);
        Py_DECREF(m);
        return NULL;
    }
    Py_DECREF(type);
    return m;
}

/* ---- custom2 --------------------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    PyObject *first; /* first name */
    PyObject *last;  /* last name */
    int number;
} Custom2Object;

static void Custom2_dealloc(Custom2Object *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    Py_XDECREF(self->first);
    Py_XDECREF(self->last);
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    tp_free(self);
    Py_DECREF(tp);   /* instances of heap types hold a reference to their type */
}

static PyObject *Custom2_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    (void)args; (void)kwds;
    allocfunc tp_alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
    Custom2Object *self = (Custom2Object *)tp_alloc(type, 0);
    if (self != NULL) {
        self->first = PyUnicode_FromString("");
        if (self->first == NULL) {
            Py_DECREF(self);
            return NULL;
        }
        self->last = PyUnicode_FromString("");
        if (self->last == NULL) {
            Py_DECREF(self);
            return NULL;
        }
        self->number = 0;
    }
    return (PyObject *)self;
}

static int Custom2_init(Custom2Object *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"first", "last", "number", NULL};
    PyObject *first = NULL, *last = NULL;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OOi", kwlist, &first, &last, &self->number))
        return -1;
    if (first)
        Py_XSETREF(self->first, Py_NewRef(first));
    if (last)
        Py_XSETREF(self->last, Py_NewRef(last));
    return 0;
}

static PyMemberDef Custom2_members[] = {
    {"first", Py_T_OBJECT_EX, offsetof(Custom2Object, first), 0, "first name"},
    {"last", Py_T_OBJECT_EX, offsetof(Custom2Object, last), 0, "last name"},
    {"number", Py_T_INT, offsetof(Custom2Object, number), 0, "custom number"},
    {NULL, 0, 0, 0, NULL}
};

static PyObject *Custom2_name(Custom2Object *self, PyObject *Py_UNUSED(ignored))
{
    if (self->first == NULL) {
        PyErr_SetString(PyExc_AttributeError, "first");
        return NULL;
    }
    if (self->last == NULL) {
        PyErr_SetString(PyExc_AttributeError, "last");
        return NULL;
    }
    return PyUnicode_FromFormat("%S %S", self->first, self->last);
}

static PyMethodDef Custom2_methods[] = {
    {"name", (PyCFunction)Custom2_name, METH_NOARGS, "Return the name, combining the first and last name"},
    {NULL, NULL, 0, NULL}
};

static PyType_Slot custom2_slots[] = {
    {Py_tp_doc, (void *)PyDoc_STR("Custom objects")},
    {Py_tp_new, (void *)Custom2_new},
    {Py_tp_init, (void *)Custom2_init},
    {Py_tp_dealloc, (void *)Custom2_dealloc},
    {Py_tp_members, Custom2_members},
    {Py_tp_methods, Custom2_methods},
    {0, NULL},
};

static PyType_Spec custom2_spec = {
    .name = "custom2.Custom",
    .basicsize = sizeof(Custom2Object),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .slots = custom2_slots,
};

static PyModuleDef custom2module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "custom2",
    .m_doc = "Example module that creates an extension type.",
    .m_size = -1,
};

PyMODINIT_FUNC PyInit_custom2(void)
{
    PyObject *m = PyModule_Create(&custom2module);
    if (m == NULL)
        return NULL;
    PyObject *type = PyType_FromSpec(&custom2_spec);
    if (type == NULL || PyModule_AddObjectRef(m, "Custom", type) < 0) {
        Py_XDECREF(type);
        Py_DECREF(m);
        return NULL;
    }
    Py_DECREF(type);
    return m;
}

/* ---- custom3: multi-phase initialization, the type made in the module's exec slot ------- */

typedef Custom2Object Custom3Object;

static PyObject *Custom3_getfirst(Custom3Object *self, void *closure)
{
    (void)closure;
    return Py_NewRef(self->first);
}

static int Custom3_setfirst(Custom3Object *self, PyObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "Cannot delete the first attribute");
        return -1;
    }
    if (!PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "The first attribute value must be a string");
        return -1;
    }
    Py_SETREF(self->first, Py_NewRef(value));
    return 0;
}

static PyObject *Custom3_getlast(Custom3Object *self, void *closure)
{
    (void)closure;
    return Py_NewRef(self->last);
}

static int Custom3_setlast(Custom3Object *self, PyObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "Cannot delete the last attribute");
        return -1;
    }
    if (!PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "The last attribute value must be a string");
        return -1;
    }
    Py_SETREF(self->last, Py_NewRef(value));
    return 0;
}

static int Custom3_init(Custom3Object *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"first", "last", "number", NULL};
    PyObject *first = NULL, *last = NULL;

    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|UUi", kwlist, &first, &last, &self->number))
        return -1;
    if (first)
        Py_SETREF(self->first, Py_NewRef(first));
    if (last)
        Py_SETREF(self->last, Py_NewRef(last));
    return 0;
}

static PyMemberDef Custom3_members[] = {
    {"number", Py_T_INT, offsetof(Custom3Object, number), 0, "custom number"},
    {NULL, 0, 0, 0, NULL}
};

static PyGetSetDef Custom3_getsetters[] = {
    {"first", (getter)Custom3_getfirst, (setter)Custom3_setfirst, "first name", NULL},
    {"last", (getter)Custom3_getlast, (setter)Custom3_setlast, "last name", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyObject *Custom3_name(Custom3Object *self, PyObject *Py_UNUSED(ignored))
{
    return PyUnicode_FromFormat("%S %S", self->first, self->last);
}

static PyMethodDef Custom3_methods[] = {
    {"name", (PyCFunction)Custom3_name, METH_NOARGS, "Return the name, combining the first and last name"},
    {NULL, NULL, 0, NULL}
};

static PyType_Slot custom3_slots[] = {
    {Py_tp_doc, (void *)PyDoc_STR("Custom objects")},
    {Py_tp_new, (void *)Custom2_new},
    {Py_tp_init, (void *)Custom3_init},
    {Py_tp_dealloc, (void *)Custom2_dealloc},
    {Py_tp_members, Custom3_members},
    {Py_tp_getset, Custom3_getsetters},
    {Py_tp_methods, Custom3_methods},
    {0, NULL},
};

static PyType_Spec custom3_spec = {
    .name = "custom3.Custom",
    .basicsize = sizeof(Custom3Object),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .slots = custom3_slots,
};

static int custom3_exec(PyObject *m)
{
    PyObject *type = PyType_FromModuleAndSpec(m, &custom3_spec, NULL);
    if (type == NULL)
        return -1;
    int rc = PyModule_AddType(m, (PyTypeObject *)type);
    Py_DECREF(type);
    return rc;
}

static PyModuleDef_Slot custom3_module_slots[] = {
    {Py_mod_exec, (void *)custom3_exec},
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
    {0, NULL},
};

static PyModuleDef custom3module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "custom3",
    .m_doc = "Example module that creates an extension type.",
    .m_size = 0,
    .m_slots = custom3_module_slots,
};

PyMODINIT_FUNC PyInit_custom3(void)
{
    return PyModuleDef_Init(&custom3module);
}

/* ---- custom4: cycle collection ------------------------------------------------------------ */

typedef Custom2Object Custom4Object;
static long custom4_deallocs;

static int Custom4_traverse(Custom4Object *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    Py_VISIT(self->first);
    Py_VISIT(self->last);
    return 0;
}

static int Custom4_clear(Custom4Object *self)
{
    Py_CLEAR(self->first);
    Py_CLEAR(self->last);
    return 0;
}

static void Custom4_dealloc(Custom4Object *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    Custom4_clear(self);
    custom4_deallocs++;
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    tp_free(self);
    Py_DECREF(tp);
}

static PyObject *Custom4_getfirst(Custom4Object *self, void *closure)
{
    (void)closure;
    return Py_NewRef(self->first);
}

static int Custom4_setfirst(Custom4Object *self, PyObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "Cannot delete the first attribute");
        return -1;
    }
    Py_XSETREF(self->first, Py_NewRef(value));
    return 0;
}

static PyObject *Custom4_getlast(Custom4Object *self, void *closure)
{
    (void)closure;
    return Py_NewRef(self->last);
}

static int Custom4_setlast(Custom4Object *self, PyObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "Cannot delete the last attribute");
        return -1;
    }
    Py_XSETREF(self->last, Py_NewRef(value));
    return 0;
}

static PyGetSetDef Custom4_getsetters[] = {
    {"first", (getter)Custom4_getfirst, (setter)Custom4_setfirst, "first name", NULL},
    {"last", (getter)Custom4_getlast, (setter)Custom4_setlast, "last name", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PyType_Slot custom4_slots[] = {
    {Py_tp_doc, (void *)PyDoc_STR("Custom objects")},
    {Py_tp_new, (void *)Custom2_new},
    {Py_tp_init, (void *)Custom2_init},
    {Py_tp_dealloc, (void *)Custom4_dealloc},
    {Py_tp_traverse, (void *)Custom4_traverse},
    {Py_tp_clear, (void *)Custom4_clear},
    {Py_tp_members, Custom3_members},
    {Py_tp_getset, Custom4_getsetters},
    {Py_tp_methods, Custom3_methods},
    {0, NULL},
};

static PyType_Spec custom4_spec = {
    .name = "custom4.Custom",
    .basicsize = sizeof(Custom4Object),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .slots = custom4_slots,
};

static PyObject *custom4_get_deallocs(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    (void)module;
    return PyLong_FromLong(custom4_deallocs);
}

static PyMethodDef custom4_functions[] = {
    {"deallocs", custom4_get_deallocs, METH_NOARGS, "How many Custom objects tp_dealloc freed."},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef custom4module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "custom4",
    .m_doc = "Example module that creates an extension type.",
    .m_size = -1,
    .m_methods = custom4_functions,
};

PyMODINIT_FUNC PyInit_custom4(void)
{
    PyObject *m = PyModule_Create(&custom4module);
    if (m == NULL)
        return NULL;
    PyObject *type = PyType_FromModuleAndSpec(m, &custom4_spec, NULL);
    if (type == NULL || PyModule_AddObjectRef(m, "Custom", type) < 0) {
        Py_XDECREF(type);
        Py_DECREF(m);
        return NULL;
    }
    Py_DECREF(type);
    return m;
}

static const char script[] =
    "import gc\n"
    "import custom, custom2, custom3, custom4\n"
    "c = custom.Custom()\n"
    "print(type(c), type(c).__doc__, custom.__doc__)\n"
    "print(type(c).__module__, type(c).__name__, type(c).__qualname__)\n"
    "try:\n"
    "    c.x = 1\n"
    "except AttributeError as e:\n"
    "    print('AttributeError:', e)\n"
    "\n"
    "c = custom2.Custom('Ada', 'Lovelace', 1815)\n"
    "print(c.first, c.last, c.number, c.name())\n"
    "c.first = 'Augusta'; c.number = 36\n"
    "print(c.name(), c.number)\n"
    "d = custom2.Custom(last='Hopper')\n"
    "print(repr(d.first), d.last, d.number)\n"
    "del d.first\n"
    "for attempt in ['d.first', 'd.name()']:\n"
    "    try:\n"
    "        eval(attempt)\n"
    "    except AttributeError as e:\n"
    "        print('AttributeError:', e)\n"
    "for args in [('a', 'b', 'c'), ('a', 'b', 1, 2)]:\n"
    "    try:\n"
    "        custom2.Custom(*args)\n"
    "    except TypeError as e:\n"
    "        print('TypeError:', e)\n"
    "try:\n"
    "    c.number = 'x'\n"
    "except TypeError as e:\n"
    "    print('TypeError:', e)\n"
    "print(custom2.Custom.first.__doc__, custom2.Custom.name.__doc__)\n"
    "class Sub(custom2.Custom):\n"
    "    def name(self):\n"
    "        return 'Dr. ' + super().name()\n"
    "print(Sub('Grace', 'Hopper').name(), isinstance(Sub(), custom2.Custom))\n"
    "\n"
    "c = custom3.Custom('Alan', 'Turing', 1912)\n"
    "print(c.name(), c.number, type(c).__module__)\n"
    "for code in ['c.first = 1', 'del c.first', 'c.last = None', 'del c.last', \"custom3.Custom(1, 'x')\", \"custom3.Custom('x', b'y')\"]:\n"
    "    try:\n"
    "        exec(code)\n"
    "    except TypeError as e:\n"
    "        print('TypeError:', e)\n"
    "c.first = 'A. M.'\n"
    "print(c.name(), custom3.Custom.first.__doc__)\n"
    "\n"
    "before = custom4.deallocs()\n"
    "c = custom4.Custom('self', 'cycle')\n"
    "c.first = c\n"
    "d, e = custom4.Custom(), custom4.Custom()\n"
    "d.last, e.last = e, d\n"
    "lst = [custom4.Custom()]\n"
    "lst[0].first = lst\n"
    "del c, d, e, lst\n"
    "gc.collect()\n"
    "print('collected by the cycle collector:', custom4.deallocs() - before)\n"
    "kept = custom4.Custom('kept', 1)\n"
    "kept.first = kept\n"
    "gc.collect()\n"
    "print('a cycle still referenced stays:', kept.first is kept, kept.last)\n";

int main(void)
{
    PyImport_AppendInittab("custom", PyInit_custom);
    PyImport_AppendInittab("custom2", PyInit_custom2);
    PyImport_AppendInittab("custom3", PyInit_custom3);
    PyImport_AppendInittab("custom4", PyInit_custom4);
    Py_Initialize();
    int rc = PyRun_SimpleString(script);
    if (Py_FinalizeEx() < 0)
        return 120;
    return rc == 0 ? 0 : 1;
}
