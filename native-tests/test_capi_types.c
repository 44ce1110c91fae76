/* The object protocol, calls (vectorcall included), types made from specs, weak references and
 * the collector through the C API: results by value, the reference rules, and bad input giving
 * CPython's exception and message (NULL: SystemError; wrong types: TypeError). */
#include "capi_test.h"

static void test_object_protocol(void)
{
    EXEC("class Point:\n"
         "    def __init__(self, x): self.x = x\n"
         "    def __format__(self, spec): return 'P<' + spec + '>'\n"
         "    def __bytes__(self): return b'pt'\n"
         "    def __dir__(self): return ['b', 'a']\n"
         "    def move(self, dx, dy=0, *, scale=1): return (self.x + dx) * scale + dy\n"
         "class Sub(Point): pass\n"
         "p = Sub(3)\n");
    PyObject *p = EVAL("p"), *point = EVAL("Point"), *sub = EVAL("Sub"), *i = PyLong_FromLong(255);
    PyObject *name = PyUnicode_FromString("x"), *nope = PyUnicode_FromString("nope"), *s = PyUnicode_FromString("\xc3\xa9\xe2\x82\xac");

    CHECK_REPR(PyObject_ASCII(s), "\"'\\\\xe9\\\\u20ac'\"");
    CHECK_REPR(PyObject_Bytes(p), "b'pt'");
    CHECK(PyObject_Bytes(s) == NULL);
    EXPECT_ERROR_MSG(PyExc_TypeError, "cannot convert 'str' object to bytes");
    PyObject *b = PyBytes_FromString("raw");
    PyObject *same = PyObject_Bytes(b);
    CHECK(same == b);
    Py_XDECREF(same);
    CHECK(PyObject_Bytes(i) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "cannot convert 'int' object to bytes");
    CHECK_REPR(PyObject_Dir(p), "['a', 'b']");
    CHECK(PyObject_Dir(NULL) == NULL && !PyErr_Occurred());   /* no Python frame runs */
    PyObject *spec = PyUnicode_FromString(">8");
    CHECK_REPR(PyObject_Format(p, spec), "'P<>8>'");
    CHECK_REPR(PyObject_Format(i, NULL), "'255'");
    PyObject *hex = PyUnicode_FromString("x"), *q = PyUnicode_FromString("q");
    CHECK_REPR(PyObject_Format(i, hex), "'ff'");
    CHECK(PyObject_Format(i, q) == NULL); EXPECT_ERROR_MSG(PyExc_ValueError, "Unknown format code 'q' for object of type 'int'");
    CHECK(PyObject_Format(i, i) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "format() argument 2 must be str, not int");

    /* Attributes. */
    CHECK_REPR(PyObject_GetAttr(p, name), "3");
    CHECK(PyObject_SetAttr(p, name, i) == 0);
    CHECK_REPR(PyObject_GetAttrString(p, "x"), "255");
    CHECK(PyObject_HasAttr(p, name) == 1 && PyObject_HasAttr(p, nope) == 0 && PyObject_HasAttr(NULL, name) == 0);
    CHECK(PyObject_SetAttr(p, name, NULL) == 0 && PyObject_HasAttr(p, name) == 0);   /* NULL value deletes */
    CHECK(PyObject_GetAttr(i, nope) == NULL); EXPECT_ERROR_MSG(PyExc_AttributeError, "'int' object has no attribute 'nope'");
    CHECK(PyObject_SetAttr(i, name, i) == -1); EXPECT_ERROR_MSG(PyExc_AttributeError, "'int' object has no attribute 'x'");
    CHECK(PyObject_GetAttr(p, i) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "attribute name must be string, not 'int'");
    CHECK(PyObject_GetAttr(NULL, name) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(!PyErr_Occurred());

    /* isinstance / issubclass, with __instancecheck__ honoured. */
    EXEC("class Meta(type):\n"
         "    def __instancecheck__(cls, obj): return obj == 42\n"
         "class Answer(metaclass=Meta): pass\n");
    PyObject *answer = EVAL("Answer"), *n42 = PyLong_FromLong(42), *tuple = EVAL("(int, Point)");
    CHECK(PyObject_IsInstance(p, point) == 1 && PyObject_IsInstance(i, point) == 0);
    CHECK(PyObject_IsInstance(i, tuple) == 1);
    CHECK(PyObject_IsInstance(n42, answer) == 1 && PyObject_IsInstance(i, answer) == 0);
    CHECK(PyObject_IsSubclass(sub, point) == 1 && PyObject_IsSubclass(point, sub) == 0);
    CHECK(PyObject_IsInstance(i, i) == -1);
    EXPECT_ERROR_MSG(PyExc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    CHECK(PyObject_IsSubclass(i, point) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "issubclass() arg 1 must be a class");
    CHECK(PyObject_IsInstance(NULL, point) == -1); EXPECT_ERROR(PyExc_SystemError);

    CHECK(PyObject_HashNotImplemented(p) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "unhashable type: 'Sub'");

    Py_DECREF(answer); Py_DECREF(n42); Py_DECREF(tuple);
    Py_DECREF(spec); Py_DECREF(hex); Py_DECREF(q); Py_DECREF(b);
    Py_DECREF(p); Py_DECREF(point); Py_DECREF(sub); Py_DECREF(i); Py_DECREF(name); Py_DECREF(nope); Py_DECREF(s);
}

static PyObject *c_sum(PyObject *self, PyObject *args)
{
    (void)self;
    Py_ssize_t n = PyTuple_Size(args);
    long total = 0;
    for (Py_ssize_t k = 0; k < n; k++) total += PyLong_AsLong(PyTuple_GetItem(args, k));
    return PyLong_FromLong(total);
}

static PyObject *c_defining(PyObject *self, PyTypeObject *cls, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self; (void)args; (void)kwnames;
    return Py_BuildValue("(On)", (PyObject *)cls, nargs);
}

static PyMethodDef sum_def = {"c_sum", (PyCFunction)c_sum, METH_VARARGS, NULL};
static PyMethodDef defining_def = {"c_defining", (PyCFunction)(void (*)(void))c_defining, METH_METHOD | METH_FASTCALL | METH_KEYWORDS, NULL};

static void test_calls(void)
{
    EXEC("def f(a, b=2, *rest, key=None, **kw):\n"
         "    return (a, b, rest, key, sorted(kw.items()))\n"
         "class Greeter:\n"
         "    def hello(self, who, punct='!'): return 'hello ' + who + punct\n"
         "class Shadow(Greeter):\n"
         "    def __getattribute__(self, name):\n"
         "        if name == 'hello': return lambda who, punct='?': 'shadow ' + who + punct\n"
         "        return object.__getattribute__(self, name)\n");
    PyObject *f = EVAL("f"), *g = EVAL("Greeter()"), *sh = EVAL("Shadow()");
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2), *three = PyLong_FromLong(3), *four = PyLong_FromLong(4);
    PyObject *key = PyUnicode_FromString("key"), *extra = PyUnicode_FromString("extra");

    /* Positional only; with PY_VECTORCALL_ARGUMENTS_OFFSET the count is still taken from the low bits. */
    PyObject *args[5] = {NULL, one, two, three, four};
    CHECK(PyVectorcall_NARGS(3) == 3 && PyVectorcall_NARGS(3 | PY_VECTORCALL_ARGUMENTS_OFFSET) == 3);
    CHECK_REPR(PyObject_Vectorcall(f, args + 1, 3 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL), "(1, 2, (3,), None, [])");
    CHECK(args[0] == NULL && args[1] == one);   /* the caller's array is left as it was */
    CHECK_REPR(PyObject_Vectorcall(f, args + 1, 1, NULL), "(1, 2, (), None, [])");
    /* Keyword arguments: values after the positional ones, names in a tuple. */
    PyObject *kwnames = PyTuple_New(2);
    PyTuple_SetItem(kwnames, 0, Py_NewRef(key));
    PyTuple_SetItem(kwnames, 1, Py_NewRef(extra));
    CHECK_REPR(PyObject_Vectorcall(f, args + 1, 2, kwnames), "(1, 2, (), 3, [('extra', 4)])");
    PyObject *empty = PyTuple_New(0);
    CHECK_REPR(PyObject_Vectorcall(f, args + 1, 2, empty), "(1, 2, (), None, [])");
    /* Many arguments (more than the on-stack buffer holds). */
    PyObject *many[12];
    for (int k = 0; k < 12; k++) many[k] = one;
    CHECK_REPR(PyObject_Vectorcall(f, many, 12, NULL), "(1, 1, (1, 1, 1, 1, 1, 1, 1, 1, 1, 1), None, [])");
    /* Errors. */
    CHECK(PyObject_Vectorcall(f, args + 1, 0, NULL) == NULL);
    EXPECT_ERROR_MSG(PyExc_TypeError, "f() missing 1 required positional argument: 'a'");
    CHECK(PyObject_Vectorcall(one, args + 1, 1, NULL) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object is not callable");
    CHECK(PyObject_Vectorcall(f, args + 1, 1, one) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyObject_Vectorcall(f, NULL, 2, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyObject_Vectorcall(NULL, args + 1, 1, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);
    PyObject *holes[2] = {one, NULL};
    CHECK(PyObject_Vectorcall(f, holes, 2, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);

    /* Methods: args[0] is self. */
    PyObject *hello = PyUnicode_FromString("hello"), *who = PyUnicode_FromString("you"), *punct = PyUnicode_FromString(".");
    PyObject *margs[3] = {g, who, punct};
    CHECK_REPR(PyObject_VectorcallMethod(hello, margs, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL), "'hello you!'");
    CHECK_REPR(PyObject_VectorcallMethod(hello, margs, 3, NULL), "'hello you.'");
    PyObject *pn = PyTuple_New(1);
    PyTuple_SetItem(pn, 0, PyUnicode_FromString("punct"));
    CHECK_REPR(PyObject_VectorcallMethod(hello, margs, 2, pn), "'hello you.'");
    margs[0] = sh;   /* __getattribute__ overridden in Python: it wins */
    CHECK_REPR(PyObject_VectorcallMethod(hello, margs, 2, NULL), "'shadow you?'");
    PyObject *upper = PyUnicode_FromString("upper");
    PyObject *sargs[1] = {who};   /* a method of a builtin type */
    CHECK_REPR(PyObject_VectorcallMethod(upper, sargs, 1, NULL), "'YOU'");
    CHECK(PyObject_VectorcallMethod(key, margs, 1, NULL) == NULL);
    EXPECT_ERROR_MSG(PyExc_AttributeError, "'Shadow' object has no attribute 'key'");
    CHECK(PyObject_VectorcallMethod(hello, margs, 0, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyObject_VectorcallMethod(one, margs, 1, NULL) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "attribute name must be string, not 'int'");

    /* PyVectorcall_Call and PyCFunction_Call: a tuple and a dict. */
    PyObject *targs = PyTuple_Pack(2, one, two), *kw = PyDict_New();
    PyDict_SetItem(kw, key, three);
    CHECK_REPR(PyVectorcall_Call(f, targs, kw), "(1, 2, (), 3, [])");
    CHECK_REPR(PyVectorcall_Call(f, targs, NULL), "(1, 2, (), None, [])");
    CHECK(PyVectorcall_Call(f, one, NULL) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "argument list must be a tuple, not int");
    PyObject *csum = PyCFunction_New(&sum_def, NULL);
    CHECK_REPR(PyCFunction_Call(csum, targs, NULL), "3");
    CHECK(PyCFunction_Call(csum, targs, kw) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "c_sum() takes no keyword arguments");
    CHECK(PyCFunction_Call(NULL, targs, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);

    /* PyCMethod_New: the defining class reaches the C function. */
    PyObject *cls = EVAL("Greeter");
    PyObject *cm = PyCMethod_New(&defining_def, NULL, NULL, (PyTypeObject *)cls);
    CHECK(cm != NULL);
    PyObject *r = cm ? PyObject_Vectorcall(cm, args + 1, 2, NULL) : NULL;
    CHECK(r && PyTuple_GetItem(r, 0) == cls && PyLong_AsLong(PyTuple_GetItem(r, 1)) == 2);
    Py_XDECREF(r); Py_XDECREF(cm);
    CHECK(PyCMethod_New(&sum_def, NULL, NULL, (PyTypeObject *)cls) == NULL);
    EXPECT_ERROR_MSG(PyExc_SystemError, "attempting to create PyCFunction with class but no METH_METHOD flag");

    Py_DECREF(cls); Py_DECREF(csum); Py_DECREF(targs); Py_DECREF(kw);
    Py_DECREF(upper); Py_DECREF(pn); Py_DECREF(hello); Py_DECREF(who); Py_DECREF(punct);
    Py_DECREF(empty); Py_DECREF(kwnames);
    Py_DECREF(key); Py_DECREF(extra); Py_DECREF(one); Py_DECREF(two); Py_DECREF(three); Py_DECREF(four);
    Py_DECREF(f); Py_DECREF(g); Py_DECREF(sh);
}

/* A GC heap type whose instances C allocates and frees. */
typedef struct { PyObject_HEAD PyObject *payload; } Node;
static int node_deallocs;

static int node_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((Node *)self)->payload);
    return 0;
}

static void node_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    Py_CLEAR(((Node *)self)->payload);
    PyObject_GC_Del(self);
    Py_DECREF(tp);
    node_deallocs++;
}

static void test_types(void)
{
    PyType_Slot slots[] = {{Py_tp_dealloc, (void *)node_dealloc}, {Py_tp_traverse, (void *)node_traverse},
                           {Py_tp_new, (void *)PyType_GenericNew}, {0, NULL}};
    PyType_Spec spec = {"capi_types.Node", sizeof(Node), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE, slots};
    PyObject *type = PyType_FromMetaclass(NULL, NULL, &spec, NULL);
    CHECK(type != NULL);
    if (!type) return;
    PyTypeObject *tp = (PyTypeObject *)type;
    unsigned long flags = PyType_GetFlags(tp);
    CHECK((flags & Py_TPFLAGS_HEAPTYPE) && (flags & Py_TPFLAGS_HAVE_GC) && (flags & Py_TPFLAGS_BASETYPE) && (flags & Py_TPFLAGS_READY));
    CHECK((PyType_GetFlags(&PyLong_Type) & Py_TPFLAGS_LONG_SUBCLASS) && !(PyType_GetFlags(&PyLong_Type) & Py_TPFLAGS_HEAPTYPE));
    CHECK(PyType_GetFlags(NULL) == 0);
    CHECK_REPR(PyType_GetQualName(tp), "'Node'");
    CHECK_REPR(PyType_GetName(tp), "'Node'");
    CHECK(PyType_Ready(tp) == 0);
    CHECK(PyType_Ready(NULL) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyType_GetQualName(NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);

    int before = node_deallocs;
    Node *n = (Node *)PyType_GenericAlloc(tp, 0);
    CHECK(n != NULL && Py_TYPE(n) == tp && Py_REFCNT(n) == 1 && n->payload == NULL);   /* zeroed memory */
    if (n) {
        n->payload = PyLong_FromLong(99);
        PyObject_GC_Track(n);
        CHECK(PyObject_GC_IsTracked((PyObject *)n) == 1);
        CHECK(PyObject_GC_IsFinalized((PyObject *)n) == 0);
        Py_DECREF(n);
    }
    PyObject *noargs = PyTuple_New(0);
    PyObject *n2 = PyType_GenericNew(tp, noargs, NULL);
    CHECK(n2 && Py_TYPE(n2) == tp);
    Py_XDECREF(n2);
    PyObject *n3 = PyObject_CallNoArgs(type);   /* through tp_new */
    CHECK(n3 && Py_TYPE(n3) == tp);
    Py_XDECREF(n3);
    /* tp_dealloc runs once neither C nor Python holds an instance; an instance that passed
       through Python code may wait for a collection. */
    for (int k = 0; k < 3 && node_deallocs < before + 3; k++) PyGC_Collect();
    CHECK(node_deallocs == before + 3);
    CHECK(PyObject_GC_IsTracked(noargs) == 0);   /* not a GC instance made from a spec */
    CHECK(PyType_GenericAlloc(NULL, 0) == NULL); EXPECT_ERROR(PyExc_SystemError);

    /* A Python subclass of the C type, and PyType_Modified after changing the type's dict. */
    PyDict_SetItemString(test_globals, "Node", type);
    EXEC("class PyNode(Node):\n"
         "    def kind(self): return 'py'\n"
         "pn = PyNode()\n");
    PyObject *kind = EVAL("pn.kind()");
    CHECK(repr_is(kind, "'py'"));
    Py_XDECREF(kind);
    PyObject *pytype = EVAL("PyNode"), *val = PyLong_FromLong(7);
    CHECK(PyObject_SetAttrString(pytype, "answer", val) == 0);
    PyType_Modified((PyTypeObject *)pytype);
    PyObject *a = EVAL("pn.answer");
    CHECK(repr_is(a, "7"));
    Py_XDECREF(a);
    EXEC("del pn\n");
    Py_DECREF(val); Py_DECREF(pytype); Py_DECREF(noargs);
    Py_DECREF(type);
}

static void test_weakrefs_and_gc(void)
{
    EXEC("class Target: pass\n"
         "target = Target()\n"
         "def cb(ref): pass\n");
    PyObject *target = EVAL("target"), *cb = EVAL("cb"), *i = PyLong_FromLong(1000);
    PyObject *ref = PyWeakref_NewRef(target, NULL);
    CHECK(ref && PyWeakref_GetObject(ref) == target);
    PyObject *called = PyObject_CallNoArgs(ref);
    CHECK(called == target);
    Py_XDECREF(called);
    PyObject *ref2 = PyWeakref_NewRef(target, Py_None);
    CHECK(ref2 == ref);   /* a plain ref without callback is shared, as CPython */
    Py_XDECREF(ref2);
    PyObject *ref3 = PyWeakref_NewRef(target, cb);
    CHECK(ref3 && ref3 != ref && PyWeakref_GetObject(ref3) == target);
    Py_XDECREF(ref3);
    PyObject *proxy = PyWeakref_NewProxy(target, NULL);
    CHECK(proxy != NULL);
    PyObject *seven = PyLong_FromLong(7);
    CHECK(PyObject_SetAttrString(proxy, "v", seven) == 0);   /* through the proxy, onto the target */
    CHECK_REPR(PyObject_GetAttrString(target, "v"), "7");
    Py_XDECREF(proxy); Py_DECREF(seven);
    CHECK(PyWeakref_NewRef(i, NULL) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "cannot create weak reference to 'int' object");
    CHECK(PyWeakref_NewProxy(i, NULL) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "cannot create weak reference to 'int' object");
    CHECK(PyWeakref_NewRef(NULL, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyWeakref_GetObject(i) == NULL); EXPECT_ERROR(PyExc_SystemError);

    Py_DECREF(target);
    Py_XDECREF(ref);

    /* A referent dies once nothing holds it (C's reference released, then a collection). It is
       never borrowed here: a borrowed reference keeps its object for the interpreter's life. */
    PyObject *target_class = EVAL("Target");
    PyObject *mortal = PyObject_CallNoArgs(target_class);   /* made from C: no Python frame saw it */
    Py_XDECREF(target_class);
    PyObject *mref = PyWeakref_NewRef(mortal, NULL);
    PyObject *alive = PyObject_CallNoArgs(mref);
    CHECK(alive == mortal);
    Py_XDECREF(alive);
    Py_DECREF(mortal);
    for (int k = 0; k < 3; k++) PyGC_Collect();
    CHECK(PyWeakref_GetObject(mref) == Py_None);
    Py_XDECREF(mref);

    CHECK(PyGC_IsEnabled() == 1);
    CHECK(PyGC_Disable() == 1 && PyGC_IsEnabled() == 0);
    PyObject *enabled = EVAL("__import__('gc').isenabled()");
    CHECK(enabled == Py_False);   /* the gc module sees the same state */
    Py_XDECREF(enabled);
    CHECK(PyGC_Disable() == 0);
    CHECK(PyGC_Enable() == 0 && PyGC_IsEnabled() == 1 && PyGC_Enable() == 1);
    PyErr_SetString(PyExc_ValueError, "kept");
    CHECK(PyGC_Collect() == 0);
    EXPECT_ERROR_MSG(PyExc_ValueError, "kept");   /* an error already set survives a collection */
    Py_DECREF(cb); Py_DECREF(i);
}

/* Descriptors made from C tables, PyMember_GetOne/SetOne, slot wrappers, struct sequences, the
 * generic __dict__ functions, variable-size and "extend the base" (negative basicsize) layouts. */
typedef struct { PyObject_HEAD int count; double ratio; PyObject *tag; } Box;

static PyObject *box_double(PyObject *self, PyObject *noargs)
{
    (void)noargs;
    return PyLong_FromLong(((Box *)self)->count * 2);
}

static PyObject *box_kind(PyObject *cls, PyObject *noargs)
{
    (void)noargs;
    return PyType_GetQualName((PyTypeObject *)cls);
}

static PyObject *box_get_half(PyObject *self, void *closure)
{
    (void)closure;
    return PyFloat_FromDouble(((Box *)self)->count / 2.0);
}

static void box_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_ClearWeakRefs(self);
    Py_CLEAR(((Box *)self)->tag);
    freefunc free_ = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    free_(self);
    Py_DECREF(tp);
}

typedef struct { PyObject_VAR_HEAD long items[1]; } Vec;

static void vec_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_Free(self);
    Py_DECREF(tp);
}

typedef struct { int a; double b; } Extra;   /* the data a negative-basicsize type adds */

static void test_descriptors_and_layouts(void)
{
    static PyMethodDef double_def = {"double", box_double, METH_NOARGS, "count * 2"};
    static PyMethodDef kind_def = {"kind", box_kind, METH_NOARGS | METH_CLASS, NULL};
    static PyMemberDef count_def = {"count", Py_T_INT, offsetof(Box, count), 0, NULL};
    static PyMemberDef ratio_def = {"ratio", Py_T_DOUBLE, offsetof(Box, ratio), Py_READONLY, NULL};
    static PyMemberDef tag_def = {"tag", Py_T_OBJECT_EX, offsetof(Box, tag), 0, NULL};
    static PyGetSetDef half_def = {"half", box_get_half, NULL, NULL, NULL};
    PyType_Slot slots[] = {{Py_tp_dealloc, (void *)box_dealloc}, {Py_tp_new, (void *)PyType_GenericNew}, {0, NULL}};
    PyType_Spec spec = {"capi_types.Box", sizeof(Box), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, slots};
    PyObject *type = PyType_FromSpec(&spec);
    CHECK(type != NULL);
    if (!type) return;
    PyTypeObject *tp = (PyTypeObject *)type;
    PyObject *d1 = PyDescr_NewMethod(tp, &double_def), *d2 = PyDescr_NewClassMethod(tp, &kind_def);
    PyObject *d3 = PyDescr_NewMember(tp, &count_def), *d4 = PyDescr_NewGetSet(tp, &half_def);
    CHECK(d1 && d2 && d3 && d4);
    CHECK(repr_is(d1, "<method 'double' of 'Box' objects>"));
    CHECK(PyObject_SetAttrString(type, "double", d1) == 0 && PyObject_SetAttrString(type, "kind", d2) == 0);
    CHECK(PyObject_SetAttrString(type, "count", d3) == 0 && PyObject_SetAttrString(type, "half", d4) == 0);
    Py_XDECREF(d1); Py_XDECREF(d2); Py_XDECREF(d3); Py_XDECREF(d4);
    CHECK(PyDescr_NewMethod(tp, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);
    PyObject *i = PyLong_FromLong(5);
    CHECK(PyDescr_NewMember((PyTypeObject *)i, &count_def) == NULL); EXPECT_ERROR(PyExc_SystemError);

    PyDict_SetItemString(test_globals, "Box", type);
    EXEC("b = Box()\n"
         "b.count = 21\n");
    PyObject *r = EVAL("(b.count, b.double(), b.half, Box.kind())");
    CHECK(repr_is(r, "(21, 42, 10.5, 'Box')"));
    Py_XDECREF(r);
    PyObject *b = EVAL("b");
    Box *box = (Box *)b;
    CHECK(box && box->count == 21);

    /* PyMember_GetOne / SetOne on the instance's memory. */
    CHECK_REPR(PyMember_GetOne((const char *)b, &count_def), "21");
    CHECK(PyMember_SetOne((char *)b, &count_def, i) == 0 && box->count == 5);
    PyObject *s = PyUnicode_FromString("x");
    CHECK(PyMember_SetOne((char *)b, &count_def, s) == -1); EXPECT_ERROR(PyExc_TypeError);
    CHECK(PyMember_SetOne((char *)b, &count_def, NULL) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "can't delete numeric/char attribute");
    box->ratio = 0.25;
    CHECK_REPR(PyMember_GetOne((const char *)b, &ratio_def), "0.25");
    CHECK(PyMember_SetOne((char *)b, &ratio_def, i) == -1); EXPECT_ERROR_MSG(PyExc_AttributeError, "readonly attribute");
    CHECK(PyMember_GetOne((const char *)b, &tag_def) == NULL); EXPECT_ERROR_MSG(PyExc_AttributeError, "'capi_types.Box' object has no attribute 'tag'");
    CHECK(PyMember_SetOne((char *)b, &tag_def, s) == 0 && box->tag != NULL);
    CHECK_REPR(PyMember_GetOne((const char *)b, &tag_def), "'x'");
    CHECK(PyMember_SetOne((char *)b, &tag_def, NULL) == 0 && box->tag == NULL);
    CHECK(PyMember_GetOne(NULL, &count_def) == NULL); EXPECT_ERROR(PyExc_SystemError);
    /* Plain C memory works too (no object behind it). */
    Box plain = {0};
    plain.count = -7;
    CHECK_REPR(PyMember_GetOne((const char *)&plain, &count_def), "-7");
    CHECK(PyMember_SetOne((char *)&plain, &count_def, i) == 0 && plain.count == 5);
    EXEC("del b\n");
    Py_DECREF(b);

    /* A slot wrapper bound to an instance. */
    PyObject *add = PyObject_GetAttrString((PyObject *)&PyLong_Type, "__add__");
    PyObject *bound = PyWrapper_New(add, i);
    CHECK(bound != NULL);
    PyObject *three = PyLong_FromLong(3);
    CHECK_REPR(bound ? PyObject_CallOneArg(bound, three) : NULL, "8");
    Py_XDECREF(bound);
    CHECK(PyWrapper_New(add, s) == NULL);
    EXPECT_ERROR_MSG(PyExc_TypeError, "descriptor '__add__' for 'int' objects doesn't apply to a 'str' object");
    CHECK(PyWrapper_New(i, i) == NULL); EXPECT_ERROR(PyExc_SystemError);
    Py_DECREF(add); Py_DECREF(three);

    /* Struct sequences. */
    static PyStructSequence_Field fields[] = {{"x", "first"}, {"y", NULL}, {"label", "by name only"}, {NULL, NULL}};
    static PyStructSequence_Desc desc = {"capi_types.Point", "a point", fields, 2};
    PyTypeObject *pt = PyStructSequence_NewType(&desc);
    CHECK(pt != NULL);
    if (pt) {
        PyObject *p = PyStructSequence_New(pt);
        CHECK(p && PyTuple_Check(p) && PyTuple_Size(p) == 2);
        PyStructSequence_SetItem(p, 0, PyLong_FromLong(1));
        PyStructSequence_SetItem(p, 1, PyLong_FromLong(2));
        PyStructSequence_SetItem(p, 2, PyUnicode_FromString("origin+1"));
        CHECK(repr_is(p, "capi_types.Point(x=1, y=2)"));
        CHECK(repr_is(PyStructSequence_GetItem(p, 1), "2"));   /* borrowed */
        CHECK(repr_is(PyStructSequence_GetItem(p, 2), "'origin+1'"));
        CHECK_REPR(PyObject_GetAttrString(p, "label"), "'origin+1'");
        CHECK_REPR(PyObject_GetAttrString((PyObject *)pt, "n_fields"), "3");
        CHECK_REPR(PyObject_GetAttrString((PyObject *)pt, "__doc__"), "'a point'");
        CHECK(PyStructSequence_GetItem(p, 3) == NULL); EXPECT_ERROR_MSG(PyExc_IndexError, "tuple index out of range");
        CHECK(PyStructSequence_GetItem(i, 0) == NULL); EXPECT_ERROR(PyExc_SystemError);
        CHECK(PyStructSequence_New((PyTypeObject *)type) == NULL); EXPECT_ERROR(PyExc_SystemError);
        Py_XDECREF(p);
        Py_DECREF(pt);
    }
    static PyStructSequence_Desc bad_desc = {"capi_types.Bad", NULL, fields, 4};
    CHECK(PyStructSequence_NewType(&bad_desc) == NULL); EXPECT_ERROR(PyExc_SystemError);

    /* The generic __dict__ getter and setter. */
    EXEC("class Plain: pass\n"
         "class Slotted:\n"
         "    __slots__ = ()\n"
         "plain = Plain()\n"
         "plain.a = 1\n");
    PyObject *pl = EVAL("plain"), *sl = EVAL("Slotted()");
    PyObject *dict = PyObject_GenericGetDict(pl, NULL);
    CHECK(repr_is(dict, "{'a': 1}"));
    PyObject *nd = EVAL("{'z': 26}");
    CHECK(PyObject_GenericSetDict(pl, nd, NULL) == 0);
    CHECK_REPR(PyObject_GetAttrString(pl, "z"), "26");
    CHECK(PyObject_GenericSetDict(pl, i, NULL) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "__dict__ must be set to a dictionary, not a 'int'");
    CHECK(PyObject_GenericSetDict(pl, NULL, NULL) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "cannot delete __dict__");
    CHECK(PyObject_GenericGetDict(sl, NULL) == NULL); EXPECT_ERROR_MSG(PyExc_AttributeError, "This object has no __dict__");
    CHECK(PyObject_GenericGetDict(i, NULL) == NULL); EXPECT_ERROR_MSG(PyExc_AttributeError, "This object has no __dict__");
    Py_XDECREF(dict); Py_DECREF(nd); Py_DECREF(pl); Py_DECREF(sl);

    /* File descriptors. */
    EXEC("class F:\n"
         "    def __init__(self, n): self.n = n\n"
         "    def fileno(self): return self.n\n");
    PyObject *f7 = EVAL("F(7)"), *fbad = EVAL("F('x')"), *neg = PyLong_FromLong(-2);
    CHECK(PyObject_AsFileDescriptor(i) == 5 && PyObject_AsFileDescriptor(f7) == 7);
    CHECK(PyObject_AsFileDescriptor(neg) == -1); EXPECT_ERROR_MSG(PyExc_ValueError, "file descriptor cannot be a negative integer (-2)");
    CHECK(PyObject_AsFileDescriptor(fbad) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "fileno() returned a non-integer");
    CHECK(PyObject_AsFileDescriptor(s) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "argument must be an int, or have a fileno() method.");
    CHECK(PyObject_AsFileDescriptor(NULL) == -1); EXPECT_ERROR(PyExc_SystemError);
    Py_DECREF(f7); Py_DECREF(fbad); Py_DECREF(neg);

    /* A variable-size instance made by PyObject_InitVar. */
    PyType_Slot vslots[] = {{Py_tp_dealloc, (void *)vec_dealloc}, {0, NULL}};
    PyType_Spec vspec = {"capi_types.Vec", offsetof(Vec, items), sizeof(long), Py_TPFLAGS_DEFAULT, vslots};
    PyObject *vtype = PyType_FromSpec(&vspec);
    CHECK(vtype != NULL);
    if (vtype) {
        Vec *v = (Vec *)PyObject_Malloc(offsetof(Vec, items) + 4 * sizeof(long));
        CHECK((PyObject *)PyObject_InitVar((PyVarObject *)v, (PyTypeObject *)vtype, 4) == (PyObject *)v);
        Py_INCREF(vtype);   /* an instance of a heap type holds its type */
        CHECK(Py_TYPE(v) == (PyTypeObject *)vtype && Py_REFCNT(v) == 1 && ((PyVarObject *)v)->ob_size == 4);
        Py_DECREF(v);
        CHECK(PyObject_InitVar(NULL, (PyTypeObject *)vtype, 1) == NULL); EXPECT_ERROR(PyExc_MemoryError);
        Py_DECREF(vtype);
    }

    /* A type that extends its base by a negative basicsize: its own data after the base's. */
    static PyMemberDef extra_members[] = {{"a", Py_T_INT, offsetof(Extra, a), Py_RELATIVE_OFFSET, NULL}, {NULL, 0, 0, 0, NULL}};
    PyType_Slot eslots[] = {{Py_tp_members, extra_members}, {0, NULL}};
    PyType_Spec espec = {"capi_types.Extended", -(int)sizeof(Extra), 0, Py_TPFLAGS_DEFAULT, eslots};
    PyObject *etype = PyType_FromSpecWithBases(&espec, type);   /* extends Box */
    CHECK(etype != NULL);
    if (etype) {
        Py_ssize_t box_aligned = (sizeof(Box) + 15) & ~(Py_ssize_t)15;
        CHECK(PyType_GetTypeDataSize((PyTypeObject *)etype) == (Py_ssize_t)sizeof(Extra));
        CHECK(PyType_GetTypeDataSize((PyTypeObject *)type) == (Py_ssize_t)sizeof(Box) - 16);
        PyObject *e = PyObject_CallNoArgs(etype);
        CHECK(e != NULL);
        if (e) {
            Extra *data = (Extra *)PyObject_GetTypeData(e, (PyTypeObject *)etype);
            CHECK((char *)data == (char *)e + box_aligned);
            data->a = 1234;
            CHECK_REPR(PyObject_GetAttrString(e, "a"), "1234");
            ((Box *)e)->count = 9;   /* the base's fields are where they were */
            CHECK_REPR(PyObject_GetAttrString(e, "count"), "9");
            CHECK(PyObject_GetTypeData(i, (PyTypeObject *)etype) == NULL); EXPECT_ERROR(PyExc_SystemError);
            Py_DECREF(e);
        }
        Py_DECREF(etype);
    }
    CHECK(PyType_GetTypeDataSize(NULL) == 0); EXPECT_ERROR(PyExc_SystemError);
    (void)PyType_ClearCache();   /* nothing to clear; must not fail */
    CHECK(!PyErr_Occurred());
    Py_DECREF(s); Py_DECREF(i);
    Py_DECREF(type);
}

/* Capsule destructors set after creation, and PyMem_Realloc keeping the contents. */
static int capsule_destroyed;

static void capsule_destructor(PyObject *capsule)
{
    int *payload = (int *)PyCapsule_GetPointer(capsule, "capi_types.payload");
    if (payload && *payload == 4321) capsule_destroyed++;
}

static void test_capsules_and_memory(void)
{
    static int payload = 4321;
    PyObject *cap = PyCapsule_New(&payload, "capi_types.payload", NULL);
    CHECK(cap && PyCapsule_GetDestructor(cap) == NULL);
    CHECK(PyCapsule_SetDestructor(cap, capsule_destructor) == 0 && PyCapsule_GetDestructor(cap) == capsule_destructor);
    PyObject *i = PyLong_FromLong(1);
    CHECK(PyCapsule_SetDestructor(i, capsule_destructor) == -1); EXPECT_ERROR(PyExc_ValueError);
    Py_DECREF(i);
    int before = capsule_destroyed;
    Py_DECREF(cap);
    for (int k = 0; k < 3 && capsule_destroyed == before; k++) PyGC_Collect();
    CHECK(capsule_destroyed == before + 1);

    char *m = (char *)PyMem_Malloc(8);
    CHECK(m != NULL);
    if (m) {
        memcpy(m, "isolated", 8);
        m = (char *)PyMem_Realloc(m, 100000);   /* grows, contents kept */
        CHECK(m && memcmp(m, "isolated", 8) == 0);
        m = (char *)PyMem_Realloc(m, 3);        /* shrinks, prefix kept */
        CHECK(m && memcmp(m, "iso", 3) == 0);
        PyMem_Free(m);
    }
    void *z = PyMem_Realloc(NULL, 0);   /* like PyMem_Malloc(0): a valid, freeable pointer */
    CHECK(z != NULL);
    PyMem_Free(z);
}

/* The rest of the Limited API's type objects (the current interpreter's) and the check and
   helper macros CPython's headers give C code: each names the type Python sees. */
static int type_is(PyTypeObject *t, const char *expr)
{
    PyObject *expected = EVAL(expr);
    int ok = expected && (PyObject *)t == expected;
    if (!ok) fprintf(stderr, "  type of %s differs\n", expr);
    Py_XDECREF(expected);
    return ok;
}

static PyObject *compare_longs(long a, long b, int op) { Py_RETURN_RICHCOMPARE(a, b, op); }

static PyObject *return_nan(void) { Py_RETURN_NAN; }

static void test_limited_types_and_macros(void)
{
    EXEC("import weakref, types\nclass W: pass\nw_obj = W()\n"
         "class W_seq:\n    def __getitem__(self, i):\n        raise IndexError\n"
         "class W_slots:\n    __slots__ = ('a',)\n"
         "def w_gen():\n    yield 1\n"
         "try:\n    raise ValueError\nexcept ValueError as e:\n    w_tb = e.__traceback__\n");
    CHECK(type_is(&PyCFunction_Type, "type(len)"));
    CHECK(type_is(&PyCallIter_Type, "type(iter(int, 1))"));
    CHECK(type_is(&PyClassMethodDescr_Type, "type(dict.__dict__['fromkeys'])"));
    CHECK(type_is(&PyDictItems_Type, "type({}.items())"));
    CHECK(type_is(&PyDictKeys_Type, "type({}.keys())"));
    CHECK(type_is(&PyDictValues_Type, "type({}.values())"));
    CHECK(type_is(&PyDictIterItem_Type, "type(iter({}.items()))"));
    CHECK(type_is(&PyDictIterKey_Type, "type(iter({}))"));
    CHECK(type_is(&PyDictIterValue_Type, "type(iter({}.values()))"));
    CHECK(type_is(&PyDictRevIterItem_Type, "type(reversed({}.items()))"));
    CHECK(type_is(&PyDictRevIterKey_Type, "type(reversed({}))"));
    CHECK(type_is(&PyDictRevIterValue_Type, "type(reversed({}.values()))"));
    CHECK(type_is(&PyDictProxy_Type, "types.MappingProxyType"));
    CHECK(type_is(&PyEllipsis_Type, "type(...)"));
    CHECK(type_is(&PyEnum_Type, "enumerate"));
    CHECK(type_is(&PyFilter_Type, "filter"));
    CHECK(type_is(&PyGetSetDescr_Type, "types.GetSetDescriptorType"));
    CHECK(type_is(&PyListIter_Type, "type(iter([]))"));
    CHECK(type_is(&PyListRevIter_Type, "type(reversed([]))"));
    CHECK(type_is(&PyLongRangeIter_Type, "type(iter(range(2**70)))"));
    CHECK(type_is(&PyMap_Type, "map"));
    CHECK(type_is(&PyMemberDescr_Type, "type(W_slots.__dict__['a'])"));
    CHECK(type_is(&PyMethodDescr_Type, "type(str.join)"));
    CHECK(type_is(&PyProperty_Type, "property"));
    CHECK(type_is(&PyRangeIter_Type, "type(iter(range(2)))"));
    CHECK(type_is(&PyRange_Type, "range"));
    CHECK(type_is(&PyReversed_Type, "reversed"));
    CHECK(type_is(&PySeqIter_Type, "type(iter(W_seq()))"));
    CHECK(type_is(&PySetIter_Type, "type(iter(set()))"));
    CHECK(type_is(&PySuper_Type, "super"));
    CHECK(type_is(&PyTraceBack_Type, "types.TracebackType"));
    CHECK(type_is(&PyTupleIter_Type, "type(iter(()))"));
    CHECK(type_is(&PyUnicodeIter_Type, "type(iter(''))"));
    CHECK(type_is(&PyWrapperDescr_Type, "types.WrapperDescriptorType"));
    CHECK(type_is(&PyZip_Type, "zip"));
    CHECK(type_is(&Py_GenericAliasType, "types.GenericAlias"));
    CHECK(type_is(&PyBytesIter_Type, "type(iter(b''))"));
    CHECK(type_is(&PyByteArrayIter_Type, "type(iter(bytearray()))"));

    PyObject *len = EVAL("len"), *it = EVAL("iter(int, 1)"), *keys = EVAL("{1: 2}.keys()");
    PyObject *items = EVAL("{1: 2}.items()"), *values = EVAL("{1: 2}.values()");
    PyObject *ref = EVAL("weakref.ref(w_obj)"), *proxy = EVAL("weakref.proxy(w_obj)");
    PyObject *cproxy = EVAL("weakref.proxy(W)");
    PyObject *tb = EVAL("w_tb"), *rng = EVAL("range(3)"), *seqit = EVAL("iter(W_seq())");
    CHECK(len && PyCFunction_Check(len) && PyCFunction_CheckExact(len) && !PyCFunction_Check(rng));
    CHECK(it && PyCallIter_Check(it) && !PyCallIter_Check(len));
    CHECK(keys && PyDictKeys_Check(keys) && PyDictViewSet_Check(keys) && !PyDictValues_Check(keys));
    CHECK(items && PyDictItems_Check(items) && PyDictViewSet_Check(items));
    CHECK(values && PyDictValues_Check(values) && !PyDictViewSet_Check(values));
    CHECK(ref && PyWeakref_Check(ref) && PyWeakref_CheckRef(ref) && PyWeakref_CheckRefExact(ref) && !PyWeakref_CheckProxy(ref));
    CHECK(proxy && PyWeakref_Check(proxy) && PyWeakref_CheckProxy(proxy) && !PyWeakref_CheckRef(proxy));
    CHECK(cproxy && PyWeakref_CheckProxy(cproxy));
    CHECK(tb && PyTraceBack_Check(tb) && rng && PyRange_Check(rng) && !PyRange_Check(tb));
    CHECK(seqit && PySeqIter_Check(seqit) && !PySeqIter_Check(rng));
    Py_XDECREF(len); Py_XDECREF(it); Py_XDECREF(keys); Py_XDECREF(items); Py_XDECREF(values);
    Py_XDECREF(ref); Py_XDECREF(proxy); Py_XDECREF(cproxy); Py_XDECREF(tb); Py_XDECREF(rng); Py_XDECREF(seqit);

    /* Exceptions: classes and instances. */
    PyObject *exc = EVAL("KeyError('k')");
    CHECK(PyExceptionClass_Check(PyExc_KeyError) && !PyExceptionClass_Check(exc) && !PyExceptionClass_Check((PyObject *)&PyLong_Type));
    CHECK(exc && PyExceptionInstance_Class(exc) == PyExc_KeyError);
    Py_XDECREF(exc);

    /* Attribute and item deletion, PyLong_AS_LONG, PyThreadState_GET. */
    PyObject *ns = EVAL("types.SimpleNamespace(a=1, b=2)"), *d = EVAL("{'k': 1, 2: 3}");
    PyObject *name = PyUnicode_FromString("b"), *two = PyLong_FromLong(2);
    CHECK(ns && PyObject_DelAttrString(ns, "a") == 0 && PyObject_DelAttr(ns, name) == 0);
    CHECK(PyObject_DelAttrString(ns, "a") == -1 && PyErr_ExceptionMatches(PyExc_AttributeError));
    PyErr_Clear();
    CHECK(d && PyMapping_DelItemString(d, "k") == 0 && PyMapping_DelItem(d, two) == 0 && PyDict_Size(d) == 0);
    CHECK(PyLong_AS_LONG(two) == 2 && PyLong_AsPid(two) == 2);
    PyObject *pid = PyLong_FromPid((pid_t)1234);
    CHECK(repr_is(pid, "1234"));
    CHECK(PyThreadState_GET() == PyThreadState_Get());
    Py_XDECREF(pid); Py_XDECREF(ns); Py_XDECREF(d); Py_XDECREF(name); Py_XDECREF(two);

    /* Rich comparison and float helpers. */
    PyObject *r = compare_longs(1, 2, Py_LT);
    CHECK(r == Py_True);
    Py_XDECREF(r);
    r = compare_longs(1, 2, Py_GE);
    CHECK(r == Py_False);
    Py_XDECREF(r);
    r = return_nan();
    CHECK(r && Py_IS_NAN(PyFloat_AsDouble(r)) && !Py_IS_FINITE(PyFloat_AsDouble(r)));
    Py_XDECREF(r);
    CHECK(Py_IS_INFINITY(Py_HUGE_VAL) && Py_IS_INFINITY(-Py_INFINITY) && Py_MATH_PI > 3.14 && Py_MATH_PI < 3.15);
    CHECK(Py_CHARMASK(-1) == 255 && Py_SAFE_DOWNCAST(300L, long, int) == 300);
    Py_BUILD_ASSERT(sizeof(PY_LONG_LONG) == 8);
    CHECK(PY_LITTLE_ENDIAN + PY_BIG_ENDIAN == 1 && LONG_BIT == 64);
    CHECK(Py_Version == PY_VERSION_HEX && Py_Version >= 0x030c0000);

    /* The allocation aliases: an object's memory with the PyObject_* names. */
    void *p = PyObject_MALLOC(16);
    CHECK(p != NULL);
    p = PyObject_REALLOC(p, 32);
    CHECK(p != NULL);
    PyObject_FREE(p);
    PyObject_Del(PyObject_Malloc(8));
    PyObject_DEL(PyObject_Malloc(8));
}

/* Py_tp_getattr / Py_tp_setattr: the char*-named forms (CPython's xxlimited uses them). */
typedef struct { PyObject_HEAD PyObject *attrs; } Named;

static const char *named_last_name;   /* the char* the last named_getattr call got */
static PyObject *named_getattr(PyObject *self, char *name)
{
    Named *n = (Named *)self;
    named_last_name = name;
    PyObject *v = n->attrs ? PyDict_GetItemString(n->attrs, name) : NULL;
    if (v) return Py_NewRef(v);
    if (strcmp(name, "answer") == 0) return PyLong_FromLong(42);
    PyErr_Format(PyExc_AttributeError, "no attribute %s", name);
    return NULL;
}

static int named_setattr(PyObject *self, char *name, PyObject *v)
{
    Named *n = (Named *)self;
    if (!n->attrs && !(n->attrs = PyDict_New())) return -1;
    if (v == NULL) {
        int rc = PyDict_DelItemString(n->attrs, name);
        if (rc < 0) { PyErr_Clear(); PyErr_SetString(PyExc_AttributeError, "nothing to delete"); }
        return rc;
    }
    return PyDict_SetItemString(n->attrs, name, v);
}

static void named_dealloc(PyObject *self)
{
    Py_CLEAR(((Named *)self)->attrs);
    PyObject_Free(self);
}

static void test_named_attribute_slots(void)
{
    PyType_Slot slots[] = {
        {Py_tp_getattr, (void *)named_getattr}, {Py_tp_setattr, (void *)named_setattr},
        {Py_tp_dealloc, (void *)named_dealloc}, {0, NULL},
    };
    PyType_Spec spec = {"capi_types.Named", sizeof(Named), 0, Py_TPFLAGS_DEFAULT, slots};
    PyObject *type = PyType_FromSpec(&spec);
    CHECK(type != NULL);
    if (!type) { PyErr_Print(); return; }
    PyObject *o = PyObject_CallNoArgs(type);
    CHECK(o != NULL);
    CHECK_REPR(PyObject_GetAttrString(o, "answer"), "42");
    /* The name's UTF-8 copy is made once per name, not per lookup (CPython passes the str's own
       cached UTF-8 buffer). */
    const char *answer_name = named_last_name;
    CHECK(PyObject_GetAttrString(o, "other") == NULL);
    PyErr_Clear();
    const char *other_name = named_last_name;
    CHECK_REPR(PyObject_GetAttrString(o, "answer"), "42");
    CHECK(answer_name != NULL && other_name != answer_name && named_last_name == answer_name);
    CHECK(PyObject_SetAttrString(o, "héllo", Py_True) == 0);     /* the name reaches C as UTF-8 */
    CHECK(PyDict_SetItemString(test_globals, "named", o) == 0);
    CHECK_REPR(EVAL("(named.héllo, getattr(named, 'answer'))"), "(True, 42)");
    EXEC("del named.héllo\ntry:\n    del named.héllo\nexcept AttributeError as e:\n    named_err = str(e)\n");
    CHECK_REPR(EVAL("named_err"), "'nothing to delete'");
    PyObject *missing = PyObject_GetAttrString(o, "missing");
    CHECK(missing == NULL);
    EXPECT_ERROR_MSG(PyExc_AttributeError, "no attribute missing");
    EXEC("try:\n    setattr(named, 1, 2)\nexcept TypeError as e:\n    named_err = str(e)\n");
    CHECK_REPR(EVAL("named_err"), "\"attribute name must be string, not 'int'\"");
    EXEC("del named, named_err\n");
    Py_XDECREF(o);
    Py_DECREF(type);

    /* PySequence_GetItem & co. index sequences: a dict is not one (no key lookup), as in CPython. */
    PyObject *d = EVAL("{0: 'zero'}"), *one = PyLong_FromLong(1);
    CHECK(PySequence_GetItem(d, 0) == NULL);
    EXPECT_ERROR_MSG(PyExc_TypeError, "dict is not a sequence");
    CHECK(PySequence_SetItem(d, 0, one) == -1);
    EXPECT_ERROR_MSG(PyExc_TypeError, "dict is not a sequence");
    CHECK(PySequence_DelItem(d, 0) == -1);
    EXPECT_ERROR_MSG(PyExc_TypeError, "dict is not a sequence");
    CHECK(PyDict_Size(d) == 1);
    Py_XDECREF(d);
    Py_XDECREF(one);
}

/* PySequence_Check / PyMapping_Check and PySequence_Get/Set/DelItem follow CPython's two item
   slots (sq_item, mp_subscript): the figures are CPython 3.12's for the same objects. */
static void test_sequence_and_mapping_slots(void)
{
    EXEC("import collections, types, re\n"
         "class D(dict): pass\n"
         "class DG(dict):\n"
         "    def __getitem__(self, k): return ('got', k)\n"
         "    def __setitem__(self, k, v): self.log = ('set', k, v)\n"
         "    def __delitem__(self, k): self.log = ('del', k)\n"
         "    def __len__(self): return 5\n"
         "class G:\n"
         "    def __getitem__(self, k): return ('G', k)\n"
         "    def __len__(self): return 3\n"
         "class Gn:\n"
         "    def __getitem__(self, k): return ('Gn', k)\n"
         "class GA(types.GenericAlias): pass\n"
         "class GAG(types.GenericAlias):\n"
         "    def __getitem__(self, k): return 1\n"
         "class Dq(collections.deque): pass\n");
    static const struct { const char *expr; int sequence, mapping; } kinds[] = {
        {"{}", 0, 1}, {"D()", 0, 1}, {"DG()", 0, 1}, {"G()", 1, 1}, {"Gn()", 1, 1},
        {"list[int]", 0, 1}, {"GA(list, int)", 0, 1}, {"GAG(list, int)", 1, 1},
        {"types.MappingProxyType({})", 0, 1}, {"re.match('a', 'a')", 0, 1},
        {"collections.OrderedDict()", 0, 1}, {"collections.Counter()", 0, 1},
        {"collections.deque()", 1, 0}, {"Dq()", 1, 0}, {"collections.UserDict()", 1, 1},
        {"range(3)", 1, 1}, {"memoryview(b'a')", 1, 1}, {"[]", 1, 1}, {"'s'", 1, 1}, {"b''", 1, 1},
        {"()", 1, 1}, {"bytearray()", 1, 1}, {"set()", 0, 0}, {"1", 0, 0}, {"list", 0, 0},
    };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        PyObject *o = EVAL(kinds[k].expr);
        if (!o) continue;
        if (PySequence_Check(o) != kinds[k].sequence || PyMapping_Check(o) != kinds[k].mapping) {
            fprintf(stderr, "  %s: PySequence_Check %d, PyMapping_Check %d\n", kinds[k].expr, PySequence_Check(o), PyMapping_Check(o));
            CHECK(!"sequence/mapping check as CPython");
        }
        Py_DECREF(o);
    }

    PyObject *v = PyLong_FromLong(7);
    /* A dict subclass without __getitem__ gets a sequence slot calling dict.__getitem__ (CPython's
       quirk: dict's __getitem__ is a method there), but its __setitem__ is the mapping slot. */
    PyObject *o = EVAL("D({0: 'zero'})");
    CHECK_REPR(PySequence_GetItem(o, 0), "'zero'");
    CHECK_REPR(PySequence_GetItem(o, -1), "'zero'");         /* -1 + len 1 */
    CHECK(PySequence_SetItem(o, 0, v) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "D is not a sequence");
    CHECK(PySequence_DelItem(o, 0) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "D is not a sequence");
    Py_XDECREF(o);
    o = EVAL("DG()");
    CHECK_REPR(PySequence_GetItem(o, 0), "('got', 0)");
    CHECK_REPR(PySequence_GetItem(o, -1), "('got', 4)");     /* -1 + __len__ 5 */
    CHECK(PySequence_SetItem(o, 1, v) == 0);
    CHECK_REPR(PyObject_GetAttrString(o, "log"), "('set', 1, 7)");
    CHECK(PySequence_DelItem(o, -2) == 0);
    CHECK_REPR(PyObject_GetAttrString(o, "log"), "('del', 3)");
    Py_XDECREF(o);
    o = EVAL("G()");
    CHECK_REPR(PySequence_GetItem(o, -1), "('G', 2)");
    CHECK(PySequence_SetItem(o, 0, v) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'G' object does not support item assignment");
    CHECK(PySequence_DelItem(o, 0) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'G' object doesn't support item deletion");
    Py_XDECREF(o);
    o = EVAL("Gn()");
    CHECK_REPR(PySequence_GetItem(o, -1), "('Gn', -1)");    /* no length: the index as given */
    Py_XDECREF(o);
    o = EVAL("types.MappingProxyType({0: 1})");
    CHECK(PySequence_GetItem(o, 0) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "mappingproxy is not a sequence");
    CHECK(PySequence_SetItem(o, 0, v) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'mappingproxy' object does not support item assignment");
    CHECK(PySequence_DelItem(o, 0) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'mappingproxy' object doesn't support item deletion");
    Py_XDECREF(o);
    o = EVAL("collections.deque([1, 2, 3])");
    CHECK_REPR(PySequence_GetItem(o, -1), "3");
    CHECK(PySequence_SetItem(o, 0, v) == 0);
    CHECK(PySequence_SetItem(o, -1, NULL) == 0);              /* NULL: deletes (CPython's deprecated form) */
    CHECK(PySequence_DelItem(o, 1) == 0);
    CHECK(repr_is(o, "deque([7])"));
    Py_XDECREF(o);
    o = PyLong_FromLong(5);
    CHECK(PySequence_GetItem(o, 0) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object does not support indexing");
    CHECK(PySequence_SetItem(o, 0, v) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object does not support item assignment");
    CHECK(PySequence_DelItem(o, 0) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object doesn't support item deletion");
    Py_XDECREF(o);
    Py_DECREF(v);
    EXEC("del D, DG, G, Gn, GA, GAG, Dq\n");
}

int main(void)
{
    for (int cycle = 0; cycle < 2; cycle++) {
        Py_Initialize();
        begin_python();
        test_object_protocol();
        test_calls();
        test_types();
        test_descriptors_and_layouts();
        test_capsules_and_memory();
        test_weakrefs_and_gc();
        test_limited_types_and_macros();
        test_named_attribute_slots();
        test_sequence_and_mapping_slots();
        CHECK(!PyErr_Occurred());
        end_python();
        Py_FinalizeEx();
    }
    return report("test_capi_types");
}
