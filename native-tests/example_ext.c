/* isoexample: an example extension module written against the Limited API as it would be for
 * CPython 3.12 (issue 6 item 4), built as isoexample.isolated.so.
 *
 *  - multi-phase initialisation with per-module state: a call counter, the number of live
 *    Vector objects, the Vector type and the module's exception VectorError;
 *  - Vector, a heap type (PyType_FromModuleAndSpec) with a C struct: members (x, y, label,
 *    read-only hits), a getset (norm), methods (METH_O, METH_VARARGS, METH_CLASS,
 *    METH_METHOD|METH_FASTCALL|METH_KEYWORDS), number slots (+, -, *, unary -, abs, bool),
 *    sequence slots (len, [i]), rich comparison, hash, repr, and GC slots (traverse/clear/dealloc);
 *  - add_via_c(a, b) calls PyNumber_Add from C, so a Python subclass overriding __add__ must win.
 * Every interpreter that imports it gets its own module, state and Vector type. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stddef.h>

typedef struct {
    long calls;
    long live;               /* Vector objects allocated and not yet deallocated */
    PyObject *vector_type;
    PyObject *error;
} module_state;

typedef struct {
    PyObject_HEAD
    double x, y;
    PyObject *label;         /* any object, or NULL (deleted) */
    long hits;               /* how many times a method was called on it */
} Vector;

static struct PyModuleDef isoexample_def;

static module_state *state_of_type(PyTypeObject *type)
{
    PyObject *m = PyType_GetModuleByDef(type, &isoexample_def);
    return m ? PyModule_GetState(m) : NULL;
}

static int is_vector(module_state *st, PyObject *o)
{
    return PyObject_TypeCheck(o, (PyTypeObject *)st->vector_type);
}

static PyObject *new_vector(module_state *st, double x, double y)
{
    PyTypeObject *tp = (PyTypeObject *)st->vector_type;
    allocfunc alloc = (allocfunc)PyType_GetSlot(tp, Py_tp_alloc);
    Vector *v = (Vector *)alloc(tp, 0);
    if (v == NULL) return NULL;
    v->x = x;
    v->y = y;
    st->live++;
    return (PyObject *)v;
}

/* ---- Vector ---- */

static PyObject *Vector_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    module_state *st = state_of_type(type);
    if (st == NULL) return NULL;
    allocfunc alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
    Vector *v = (Vector *)alloc(type, 0);
    if (v == NULL) return NULL;
    st->live++;
    (void)args;
    (void)kwds;
    return (PyObject *)v;
}

static int Vector_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"x", "y", "label", NULL};
    Vector *v = (Vector *)self;
    PyObject *label = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "dd|O:Vector", kwlist, &v->x, &v->y, &label))
        return -1;
    PyObject *old = v->label;
    v->label = Py_XNewRef(label);
    Py_XDECREF(old);
    return 0;
}

static int Vector_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((Vector *)self)->label);
    Py_VISIT(Py_TYPE(self));
    return 0;
}

static int Vector_clear(PyObject *self)
{
    Py_CLEAR(((Vector *)self)->label);
    return 0;
}

static void Vector_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    module_state *st = state_of_type(tp);
    if (st != NULL) st->live--;
    else PyErr_Clear();
    PyObject_GC_UnTrack(self);
    Vector_clear(self);
    freefunc free_fn = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    free_fn(self);
    Py_DECREF(tp);
}

static PyObject *Vector_repr(PyObject *self)
{
    Vector *v = (Vector *)self;
    char buf[128];
    snprintf(buf, sizeof buf, "Vector(%g, %g)", v->x, v->y);
    return PyUnicode_FromString(buf);
}

/* The module state when o is a Vector (of this interpreter's isoexample), else NULL, no error. */
static module_state *vector_state(PyObject *o)
{
    PyObject *m = PyType_GetModuleByDef(Py_TYPE(o), &isoexample_def);
    if (m == NULL) {
        PyErr_Clear();
        return NULL;
    }
    module_state *st = PyModule_GetState(m);
    return is_vector(st, o) ? st : NULL;
}

static PyObject *Vector_add_sub(PyObject *a, PyObject *b, double sign)
{
    module_state *st = vector_state(a);
    if (st == NULL || vector_state(b) == NULL) Py_RETURN_NOTIMPLEMENTED;
    Vector *u = (Vector *)a, *w = (Vector *)b;
    return new_vector(st, u->x + sign * w->x, u->y + sign * w->y);
}

static PyObject *Vector_add(PyObject *a, PyObject *b) { return Vector_add_sub(a, b, 1.0); }
static PyObject *Vector_sub(PyObject *a, PyObject *b) { return Vector_add_sub(a, b, -1.0); }

/* vector * number and number * vector */
static PyObject *Vector_mul(PyObject *a, PyObject *b)
{
    PyObject *vec = a, *num = b;
    module_state *st = vector_state(a);
    if (st == NULL) {
        vec = b;
        num = a;
        st = vector_state(b);
    }
    if (st == NULL || !(PyFloat_Check(num) || PyLong_Check(num))) Py_RETURN_NOTIMPLEMENTED;
    double f = PyFloat_AsDouble(num);
    if (f == -1.0 && PyErr_Occurred()) return NULL;
    Vector *v = (Vector *)vec;
    return new_vector(st, v->x * f, v->y * f);
}

static PyObject *Vector_neg(PyObject *self)
{
    Vector *v = (Vector *)self;
    return new_vector(vector_state(self), -v->x, -v->y);
}

static PyObject *Vector_abs(PyObject *self)
{
    Vector *v = (Vector *)self;
    return PyFloat_FromDouble(hypot(v->x, v->y));
}

static int Vector_bool(PyObject *self)
{
    Vector *v = (Vector *)self;
    return v->x != 0.0 || v->y != 0.0;
}

static Py_ssize_t Vector_len(PyObject *self) { (void)self; return 2; }

static PyObject *Vector_item(PyObject *self, Py_ssize_t i)
{
    Vector *v = (Vector *)self;
    if (i < 0 || i > 1) {
        PyErr_SetString(PyExc_IndexError, "Vector index out of range");
        return NULL;
    }
    return PyFloat_FromDouble(i == 0 ? v->x : v->y);
}

static PyObject *Vector_richcompare(PyObject *a, PyObject *b, int op)
{
    if ((op != Py_EQ && op != Py_NE) || vector_state(a) == NULL || vector_state(b) == NULL)
        Py_RETURN_NOTIMPLEMENTED;
    Vector *u = (Vector *)a, *w = (Vector *)b;
    int eq = u->x == w->x && u->y == w->y;
    if ((op == Py_EQ) == eq) Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

static Py_hash_t Vector_hash(PyObject *self)
{
    Vector *v = (Vector *)self;
    Py_hash_t h = (Py_hash_t)(v->x * 1000003.0) ^ (Py_hash_t)(v->y * 7919.0);
    return h == -1 ? -2 : h;
}

static PyObject *Vector_get_norm(PyObject *self, void *Py_UNUSED(closure))
{
    Vector *v = (Vector *)self;
    return PyFloat_FromDouble(sqrt(v->x * v->x + v->y * v->y));
}

/* Setting norm scales the vector to that length. */
static int Vector_set_norm(PyObject *self, PyObject *value, void *Py_UNUSED(closure))
{
    Vector *v = (Vector *)self;
    if (value == NULL) {
        PyErr_SetString(PyExc_AttributeError, "cannot delete norm");
        return -1;
    }
    double target = PyFloat_AsDouble(value);
    if (target == -1.0 && PyErr_Occurred()) return -1;
    double n = sqrt(v->x * v->x + v->y * v->y);
    if (n == 0.0) {
        PyErr_SetString(PyExc_ValueError, "cannot scale a zero vector");
        return -1;
    }
    v->x *= target / n;
    v->y *= target / n;
    return 0;
}

static PyObject *Vector_dot(PyObject *self, PyObject *other)
{
    module_state *st = vector_state(self);
    Vector *v = (Vector *)self;
    v->hits++;
    if (vector_state(other) == NULL) {
        PyErr_SetString(st->error, "dot() needs a Vector");
        return NULL;
    }
    Vector *w = (Vector *)other;
    return PyFloat_FromDouble(v->x * w->x + v->y * w->y);
}

static PyObject *Vector_scaled(PyObject *self, PyObject *args)
{
    double fx, fy = -1.0;
    if (!PyArg_ParseTuple(args, "d|d:scaled", &fx, &fy)) return NULL;
    Vector *v = (Vector *)self;
    v->hits++;
    if (fy == -1.0) fy = fx;
    return new_vector(vector_state(self), v->x * fx, v->y * fy);
}

static PyObject *Vector_zero(PyObject *cls, PyObject *Py_UNUSED(args))
{
    module_state *st = state_of_type((PyTypeObject *)cls);
    return st ? new_vector(st, 0.0, 0.0) : NULL;
}

/* METH_METHOD: the defining class gives the module state without a lookup by def. */
static PyObject *Vector_calls(PyObject *self, PyTypeObject *defining_class, PyObject *const *args,
                              size_t nargs, PyObject *kwnames)
{
    (void)self;
    (void)args;
    if (nargs != 0 || (kwnames != NULL && PyTuple_Size(kwnames) != 0)) {
        PyErr_SetString(PyExc_TypeError, "module_calls() takes no arguments");
        return NULL;
    }
    module_state *st = PyType_GetModuleState(defining_class);
    return st ? PyLong_FromLong(st->calls) : NULL;
}

static PyMemberDef Vector_members[] = {
    {"x", Py_T_DOUBLE, offsetof(Vector, x), 0, "first coordinate"},
    {"y", Py_T_DOUBLE, offsetof(Vector, y), 0, "second coordinate"},
    {"label", Py_T_OBJECT_EX, offsetof(Vector, label), 0, "a label, any object"},
    {"hits", Py_T_LONG, offsetof(Vector, hits), Py_READONLY, "method calls so far"},
    {NULL, 0, 0, 0, NULL},
};

static PyGetSetDef Vector_getset[] = {
    {"norm", Vector_get_norm, Vector_set_norm, "the length; setting it scales the vector", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef Vector_methods[] = {
    {"dot", Vector_dot, METH_O, "dot(other) -> float"},
    {"scaled", Vector_scaled, METH_VARARGS, "scaled(fx[, fy]) -> Vector"},
    {"zero", Vector_zero, METH_CLASS | METH_NOARGS, "zero() -> Vector(0, 0)"},
    {"module_calls", (PyCFunction)(void (*)(void))Vector_calls, METH_METHOD | METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot Vector_slots[] = {
    {Py_tp_doc, "Vector(x, y, label=None): a 2-D vector"},
    {Py_tp_new, Vector_new},
    {Py_tp_init, Vector_init},
    {Py_tp_dealloc, Vector_dealloc},
    {Py_tp_traverse, Vector_traverse},
    {Py_tp_clear, Vector_clear},
    {Py_tp_repr, Vector_repr},
    {Py_tp_richcompare, Vector_richcompare},
    {Py_tp_hash, Vector_hash},
    {Py_tp_members, Vector_members},
    {Py_tp_getset, Vector_getset},
    {Py_tp_methods, Vector_methods},
    {Py_nb_add, Vector_add},
    {Py_nb_subtract, Vector_sub},
    {Py_nb_multiply, Vector_mul},
    {Py_nb_negative, Vector_neg},
    {Py_nb_absolute, Vector_abs},
    {Py_nb_bool, Vector_bool},
    {Py_sq_length, Vector_len},
    {Py_sq_item, Vector_item},
    {0, NULL},
};

static PyType_Spec Vector_spec = {
    .name = "isoexample.Vector",
    .basicsize = sizeof(Vector),
    .itemsize = 0,
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .slots = Vector_slots,
};

/* ---- module ---- */

static PyObject *count(PyObject *module, PyObject *Py_UNUSED(args))
{
    module_state *st = PyModule_GetState(module);
    return PyLong_FromLong(++st->calls);
}

static PyObject *live(PyObject *module, PyObject *Py_UNUSED(args))
{
    module_state *st = PyModule_GetState(module);
    return PyLong_FromLong(st->live);
}

static PyObject *add_via_c(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_UnpackTuple(args, "add_via_c", 2, 2, &a, &b)) return NULL;
    return PyNumber_Add(a, b);
}

static PyMethodDef module_methods[] = {
    {"count", count, METH_NOARGS, "count() -> calls so far in this interpreter"},
    {"live", live, METH_NOARGS, "live() -> Vector objects not yet deallocated"},
    {"add_via_c", add_via_c, METH_VARARGS, "add_via_c(a, b) -> PyNumber_Add(a, b)"},
    {NULL, NULL, 0, NULL},
};

static int isoexample_exec(PyObject *m)
{
    module_state *st = PyModule_GetState(m);
    st->vector_type = PyType_FromModuleAndSpec(m, &Vector_spec, NULL);
    if (st->vector_type == NULL) return -1;
    if (PyModule_AddType(m, (PyTypeObject *)st->vector_type) < 0) return -1;
    st->error = PyErr_NewException("isoexample.VectorError", PyExc_ValueError, NULL);
    if (st->error == NULL) return -1;
    return PyModule_AddObjectRef(m, "VectorError", st->error);
}

static int isoexample_traverse(PyObject *m, visitproc visit, void *arg)
{
    module_state *st = PyModule_GetState(m);
    Py_VISIT(st->vector_type);
    Py_VISIT(st->error);
    return 0;
}

static int isoexample_clear(PyObject *m)
{
    module_state *st = PyModule_GetState(m);
    Py_CLEAR(st->vector_type);
    Py_CLEAR(st->error);
    return 0;
}

static void isoexample_free(void *m) { isoexample_clear((PyObject *)m); }

static PyModuleDef_Slot isoexample_slots[] = {
    {Py_mod_exec, isoexample_exec},
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
    {0, NULL},
};

static struct PyModuleDef isoexample_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "isoexample",
    .m_doc = "An example extension module: per-interpreter state and a Vector heap type.",
    .m_size = sizeof(module_state),
    .m_methods = module_methods,
    .m_slots = isoexample_slots,
    .m_traverse = isoexample_traverse,
    .m_clear = isoexample_clear,
    .m_free = isoexample_free,
};

PyMODINIT_FUNC PyInit_isoexample(void) { return PyModuleDef_Init(&isoexample_def); }
