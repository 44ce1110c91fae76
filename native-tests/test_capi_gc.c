/* Cycle collection through the C fields of native instances (issue 6): a heap type whose C struct
 * holds PyObject* fields and implements tp_traverse / tp_clear / tp_finalize / tp_dealloc, counting
 * the calls. Cycles of every shape are collected by gc.collect() / PyGC_Collect() (and
 * automatically while many are made), in CPython's order (finalize, clear, dealloc); objects
 * still reachable from Python or held by C are not. Argument: how many cycles the loop makes. */
#include "capi_test.h"
#include <stdlib.h>

typedef struct {
    PyObject_HEAD
    PyObject *a;
    PyObject *b;
    long id;
} Holder;

static long allocs, finalizes, clears, deallocs, max_live, tracked_in_dealloc;
static char events[64];
static size_t events_len;
static int log_events;

/* What tp_finalize does: 0 nothing, 1 stores a new reference in a C global, 2 appends the object
 * to a Python list (a resurrection no reference count shows). */
static int resurrect_mode;
static PyObject *resurrected;
static PyObject *resurrect_list;

static void event(char kind)
{
    if (log_events && events_len + 1 < sizeof events) {
        events[events_len++] = kind;
        events[events_len] = '\0';
    }
}

static PyObject *holder_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    (void)args; (void)kwargs;
    allocfunc alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
    Holder *h = (Holder *)alloc(type, 0);
    if (!h) return NULL;
    h->id = ++allocs;
    if (allocs - deallocs > max_live) max_live = allocs - deallocs;
    return (PyObject *)h;
}

static int holder_traverse(PyObject *self, visitproc visit, void *arg)
{
    Holder *h = (Holder *)self;
    Py_VISIT(Py_TYPE(self));   /* heap types visit their type (3.9+) */
    Py_VISIT(h->a);
    Py_VISIT(h->b);
    return 0;
}

static int holder_clear(PyObject *self)
{
    Holder *h = (Holder *)self;
    clears++;
    event('C');
    Py_CLEAR(h->a);
    Py_CLEAR(h->b);
    return 0;
}

static void holder_finalize(PyObject *self)
{
    finalizes++;
    event('F');
    PyObject *exc = PyErr_GetRaisedException();   /* as the docs' tp_finalize example */
    if (resurrect_mode == 1 && !resurrected) resurrected = Py_NewRef(self);
    else if (resurrect_mode == 2 && resurrect_list) PyList_Append(resurrect_list, self);
    PyErr_SetRaisedException(exc);
}

/* The docs' tp_dealloc of a GC type: untrack first, clear the fields, tp_free, drop the type. */
static void holder_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    Holder *h = (Holder *)self;
    if (PyObject_GC_IsTracked(self)) tracked_in_dealloc++;
    PyObject_GC_UnTrack(self);
    CHECK(PyObject_GC_IsTracked(self) == 0);
    deallocs++;
    event('D');
    Py_CLEAR(h->a);
    Py_CLEAR(h->b);
    freefunc free_slot = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    free_slot(self);
    Py_DECREF(tp);
}

static PyMemberDef holder_members[] = {
    {"a", Py_T_OBJECT_EX, offsetof(Holder, a), 0, NULL},
    {"b", Py_T_OBJECT_EX, offsetof(Holder, b), 0, NULL},
    {"id", Py_T_LONG, offsetof(Holder, id), Py_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* set_a(obj): the common extension pattern, a borrowed argument from PyArg_ParseTuple kept with
   a new reference; the argument must not stay pinned by the call. */
static PyObject *holder_set_a(PyObject *self, PyObject *args)
{
    PyObject *value;
    if (!PyArg_ParseTuple(args, "O:set_a", &value)) return NULL;
    PyObject *old = ((Holder *)self)->a;
    ((Holder *)self)->a = Py_NewRef(value);
    Py_XDECREF(old);
    Py_RETURN_NONE;
}

static PyMethodDef holder_methods[] = {
    {"set_a", holder_set_a, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot holder_slots[] = {
    {Py_tp_methods, holder_methods},
    {Py_tp_new, (void *)holder_new},
    {Py_tp_traverse, (void *)holder_traverse},
    {Py_tp_clear, (void *)holder_clear},
    {Py_tp_finalize, (void *)holder_finalize},
    {Py_tp_dealloc, (void *)holder_dealloc},
    {Py_tp_members, holder_members},
    {0, NULL},
};

static PyType_Spec holder_spec = {"capi_gc.Holder", sizeof(Holder), 0,
                                  Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE, holder_slots};

/* The same layout without tp_traverse: its references are roots, its cycles are never collected. */
static PyType_Slot untraced_slots[] = {
    {Py_tp_new, (void *)holder_new},
    {Py_tp_dealloc, (void *)holder_dealloc},
    {Py_tp_members, holder_members},
    {0, NULL},
};
static PyType_Spec untraced_spec = {"capi_gc.Untraced", sizeof(Holder), 0,
                                    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, untraced_slots};

static long eval_long(const char *expr, int line)
{
    PyObject *r = eval_py(expr, line);
    long v = r ? PyLong_AsLong(r) : -1;
    Py_XDECREF(r);
    return v;
}
#define EVAL_LONG(expr) eval_long((expr), __LINE__)

/* Runs `code` (which must leave gc.collect()'s result in n) and checks n and the calls made. */
static void expect_collect(const char *code, long collected, long finalized, long deallocated, int line)
{
    long f0 = finalizes, d0 = deallocs;
    exec_py(code, line);
    long n = eval_long("n", line);
    if (n != collected || finalizes - f0 != finalized || deallocs - d0 != deallocated) {
        fprintf(stderr, "line %d: gc.collect() returned %ld (expected %ld), %ld finalized (%ld), %ld deallocated (%ld)\n",
                line, n, collected, finalizes - f0, finalized, deallocs - d0, deallocated);
        failures++;
    }
}
#define EXPECT_COLLECT(code, n, f, d) expect_collect((code), (n), (f), (d), __LINE__)

static void test_cycles(void)
{
    EXEC("import gc\n"
         "class P: pass\n"
         "gc.collect()\n");

    /* A self-cycle, in CPython's order: finalize, clear, dealloc. */
    log_events = 1; events_len = 0; events[0] = '\0';
    EXPECT_COLLECT("h = Holder(); h.a = h; del h\nn = gc.collect()\n", 1, 1, 1);
    CHECK(strcmp(events, "FCD") == 0);
    /* A 2-cycle: both finalized, then clearing one deallocates the other, which releases the first. */
    events_len = 0; events[0] = '\0';
    EXPECT_COLLECT("x = Holder(); y = Holder(); x.a = y; y.a = x; del x, y\nn = gc.collect()\n", 2, 2, 2);
    CHECK(strcmp(events, "FFCDD") == 0);
    log_events = 0;

    /* Through managed containers and a Python instance's __dict__. */
    EXPECT_COLLECT("h = Holder(); h.a = [1, h]; del h\nn = gc.collect()\n", 1, 1, 1);
    EXPECT_COLLECT("h = Holder(); h.a = {'k': (h,)}; del h\nn = gc.collect()\n", 1, 1, 1);
    EXPECT_COLLECT("p = P(); h = Holder(); h.a = p; p.h = h; del h, p\nn = gc.collect()\n", 1, 1, 1);
    EXPECT_COLLECT("x = Holder(); y = Holder(); x.a = [y]; y.b = P(); y.b.x = x; del x, y\nn = gc.collect()\n", 2, 2, 2);

    /* Through an argument PyArg_ParseTuple borrowed from the call's tuple, and a list item C
       borrowed (PyList_GetItem) then stored: neither is kept alive by having been borrowed. */
    EXPECT_COLLECT("p = P(); h = Holder(); h.set_a(p); p.h = h; del h, p\nn = gc.collect()\n", 1, 1, 1);
    EXEC("import weakref\n"
         "t = P(); r = weakref.ref(t); h = Holder(); h.set_a(t); del h, t\n"
         "gc.collect()\n"
         "assert r() is None, 'an argument of a C method stayed alive'\n");

    /* Reachable from a live Python object: nothing is collected, the fields stay intact. */
    EXPECT_COLLECT("keep = Holder(); keep.a = keep; keep.b = [Holder(), 'x']; keep.b[0].a = keep\n"
                   "holder_of_keep = P(); holder_of_keep.k = keep; del keep\n"
                   "n = gc.collect() + gc.collect()\n", 0, 0, 0);
    EXEC("k = holder_of_keep.k\n"
         "assert k.a is k and k.b[1] == 'x' and k.b[0].a is k\n"
         "del k\n");
    EXPECT_COLLECT("del holder_of_keep\nn = gc.collect()\n", 2, 2, 2);

    /* Held by C: not collected, neither what only its C fields reach. */
    PyObject *holder_type = EVAL("Holder");
    PyObject *held = PyObject_CallNoArgs(holder_type);
    CHECK(held != NULL);
    if (held) {
        CHECK(PyObject_SetAttrString(held, "a", held) == 0);
        PyObject *inner = PyObject_CallNoArgs(holder_type), *list = PyList_New(0);
        PyList_Append(list, inner);
        CHECK(PyObject_SetAttrString(inner, "a", list) == 0);   /* inner -> list -> inner */
        CHECK(PyObject_SetAttrString(held, "b", list) == 0);
        Py_DECREF(inner);
        Py_DECREF(list);
        long d0 = deallocs;
        CHECK(PyGC_Collect() == 0);
        EXPECT_COLLECT("n = gc.collect()\n", 0, 0, 0);
        CHECK(deallocs == d0);
        Holder *h = (Holder *)held;
        CHECK(h->a == held && PyList_Check(h->b) && PyList_Size(h->b) == 1);
        PyObject *item = PyList_GetItem(h->b, 0);
        CHECK(item && Py_TYPE(item) == (PyTypeObject *)holder_type && ((Holder *)item)->a == h->b);
        Py_DECREF(held);
        CHECK(PyGC_Collect() == 2);   /* PyGC_Collect returns the count too */
        CHECK(deallocs == d0 + 2);
    }

    /* A managed object C holds from outside roots the native objects it contains. */
    PyObject *outer = PyList_New(0);
    PyDict_SetItemString(test_globals, "outer", outer);
    EXPECT_COLLECT("h = Holder(); h.a = outer; outer.append(h); del h, outer\nn = gc.collect()\n", 0, 0, 0);
    CHECK(PyList_Size(outer) == 1 && ((Holder *)PyList_GetItem(outer, 0))->a == outer);
    Py_DECREF(outer);
    EXPECT_COLLECT("n = gc.collect()\n", 1, 1, 1);

    /* Untracked instances are not traversed (so their cycles stay) until tracked again. */
    PyObject *u = PyObject_CallNoArgs(holder_type);
    if (u) {
        CHECK(PyObject_GC_IsTracked(u) == 1);
        PyObject_SetAttrString(u, "a", u);
        PyObject_GC_UnTrack(u);
        CHECK(PyObject_GC_IsTracked(u) == 0);
        Py_DECREF(u);
        CHECK(PyGC_Collect() == 0);
        PyObject_GC_Track(u);   /* still alive: its own field holds it */
        CHECK(PyGC_Collect() == 1);
    }
    Py_XDECREF(holder_type);

    /* A type without tp_traverse: its cycle stays (the interpreter's end releases it). */
    EXPECT_COLLECT("t = Untraced(); t.a = t; del t\nn = gc.collect()\n", 0, 0, 0);

    /* Resurrection in tp_finalize: through a C reference, then through a Python list. The object
       stays usable; finalize never runs twice; once let go it is collected. */
    resurrect_mode = 1;
    EXPECT_COLLECT("h = Holder(); h.a = [h]; del h\nn = gc.collect()\n", 0, 1, 0);
    CHECK(resurrected && PyList_Check(((Holder *)resurrected)->a));
    resurrect_mode = 0;
    Py_CLEAR(resurrected);
    EXPECT_COLLECT("n = gc.collect()\n", 1, 0, 1);
    resurrect_list = PyList_New(0);
    PyDict_SetItemString(test_globals, "saved", resurrect_list);
    resurrect_mode = 2;
    EXPECT_COLLECT("h = Holder(); h.a = h; del h\nn = gc.collect()\n", 0, 1, 0);
    resurrect_mode = 0;
    EXEC("assert saved[0].a is saved[0]\n");
    EXPECT_COLLECT("saved.clear()\nn = gc.collect()\n", 1, 0, 1);
    PyDict_DelItemString(test_globals, "saved");
    Py_CLEAR(resurrect_list);
}

/* PyWeakref_GetObject's borrowed reference lasts until the next collection, not for good. */
static void test_weakref_get_object(void)
{
    EXEC("import weakref\nclass W: pass\nw = W(); wr = weakref.ref(w)\n");
    PyObject *wr = EVAL("wr"), *w = EVAL("w");
    CHECK(wr && w && PyWeakref_GetObject(wr) == w);
    CHECK(PyWeakref_GetObject(wr) == w);
    Py_XDECREF(w);
    EXEC("del w\n");
    PyGC_Collect();
    if (wr) CHECK(PyWeakref_GetObject(wr) == Py_None);
    PyObject *alive = EVAL("wr() is None");
    CHECK(alive == Py_True);
    Py_XDECREF(alive);
    Py_XDECREF(wr);
}

/* Many cycles made in a loop: automatic collections keep the number alive bounded. */
static void test_many_cycles(long count)
{
    EXEC("import gc\ngc.collect()\n");
    long a0 = allocs, d0 = deallocs;
    max_live = allocs - deallocs;
    PyObject *r = PyRun_String("for i in range(count):\n"
                               "    h = Holder(); h.a = h\n"
                               "    if i % 3 == 0: h.b = [Holder(), h]; h.b[0].a = h.b\n"
                               "del h\n",
                               Py_file_input, test_globals, test_globals);
    if (!r) { PyErr_Print(); failures++; }
    Py_XDECREF(r);
    long made = allocs - a0;
    CHECK(made == count + (count + 2) / 3);
    /* The automatic threshold is 10,000 allocations (or the number alive after a collection). */
    if (max_live > 25000) { fprintf(stderr, "line %d: %ld instances alive at once\n", __LINE__, max_live); failures++; }
    EXEC("gc.collect()\n");
    CHECK(deallocs - d0 == made);
}

static void run(long count)
{
    PyObject *t = PyType_FromSpec(&holder_spec), *ut = PyType_FromSpec(&untraced_spec);
    CHECK(t && ut);
    PyDict_SetItemString(test_globals, "Holder", t);
    PyDict_SetItemString(test_globals, "Untraced", ut);
    PyObject *c = PyLong_FromLong(count);
    PyDict_SetItemString(test_globals, "count", c);
    Py_XDECREF(c);
    Py_XDECREF(t);
    Py_XDECREF(ut);
    test_cycles();
    test_weakref_get_object();
    test_many_cycles(count);
    CHECK(tracked_in_dealloc == deallocs);   /* every dealloc found its object tracked */
    CHECK(!PyErr_Occurred());
}

int main(int argc, char **argv)
{
    long count = argc > 1 ? strtol(argv[1], NULL, 10) : 100000;
    for (int cycle = 0; cycle < 2; cycle++) {
        Py_Initialize();
        begin_python();
        run(count);
        end_python();
        long untraced_alive = allocs - deallocs;
        Py_FinalizeEx();
        /* The Untraced self-cycle was still alive: the interpreter's end freed it without tp_dealloc
           (it has no tp_clear to break the cycle with). */
        CHECK(untraced_alive == 1);
        deallocs = tracked_in_dealloc = allocs;
    }
    return report("test_capi_gc");
}
