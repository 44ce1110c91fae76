/* Borrowed references and memory (issue 6). An item C borrows from a tuple, list or dict
 * (PyTuple_GetItem, PyList_GetItem, PyDict_GetItem, PyDict_Next, PyArg_ParseTuple's "O") stays
 * valid while C holds the container, and C's own Py_INCREF keeps it after; once C's last count on
 * the container goes, the item is no longer held for C. So a C function called a million times
 * with fresh objects keeps the number of native headers, and the process's memory, flat.
 * Argument: how many calls the loop makes (the RSS check runs from 200,000 on). */
#include "capi_test.h"
#include <stdlib.h>

static long long max_live, max_parked;
static PyObject *kept;

static void sample_headers(void)
{
    long long live = 0, parked = 0;
    CHECK(PyIsolated_GetNativeHeaders(PyInterpreterState_Get(), &live, &parked) == 0);
    if (live > max_live) max_live = live;
    if (parked > max_parked) max_parked = parked;
}

/* take(obj): the common pattern, an argument PyArg_ParseTuple borrowed from the call's tuple. */
static PyObject *take(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *o;
    if (!PyArg_ParseTuple(args, "O:take", &o)) return NULL;
    sample_headers();
    Py_RETURN_NONE;
}

/* keep(obj): the argument kept with C's own reference (Py_NewRef), replacing the previous one. */
static PyObject *keep(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *o;
    if (!PyArg_ParseTuple(args, "O:keep", &o)) return NULL;
    Py_XSETREF(kept, Py_NewRef(o));
    Py_RETURN_NONE;
}

/* collect_then_repr(obj): the borrowed argument survives a collection during the call. */
static PyObject *collect_then_repr(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *o;
    if (!PyArg_ParseTuple(args, "O:collect_then_repr", &o)) return NULL;
    PyGC_Collect();
    return PyObject_Repr(o);
}

static PyMethodDef functions[] = {
    {"take", take, METH_VARARGS, NULL},
    {"keep", keep, METH_VARARGS, NULL},
    {"collect_then_repr", collect_then_repr, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static void define_functions(void)
{
    for (PyMethodDef *def = functions; def->ml_name; def++) {
        PyObject *f = PyCFunction_New(def, NULL);
        CHECK(f && PyDict_SetItemString(test_globals, def->ml_name, f) == 0);
        Py_XDECREF(f);
    }
}

static long rss_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    long kib = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0) { kib = strtol(line + 6, NULL, 10); break; }
    fclose(f);
    return kib;
}

/* What C borrowed from a container it held, then kept with Py_INCREF, outlives the container. */
static void test_kept_item_outlives_container(void)
{
    EXEC("import gc, weakref\nclass X: pass\n");
    PyObject *x = EVAL("X()");
    PyObject *t = PyTuple_Pack(1, x);
    PyObject *r = PyWeakref_NewRef(x, NULL);
    Py_XDECREF(x);                       /* the tuple is x's only owner now */
    PyObject *item = PyTuple_GetItem(t, 0);
    CHECK(item && Py_REFCNT(item) >= 1);
    Py_INCREF(item);
    Py_DECREF(t);
    PyGC_Collect();
    CHECK(PyWeakref_GetObject(r) == item);   /* still alive: C holds it */
    PyObject *name = PyObject_GetAttrString((PyObject *)Py_TYPE(item), "__name__");
    CHECK(repr_is(name, "'X'"));
    Py_XDECREF(name);
    Py_DECREF(item);
    PyGC_Collect();
    CHECK(PyWeakref_GetObject(r) == Py_None);   /* gone once C let go */
    Py_XDECREF(r);
}

/* Borrowing the same items again does not add counts; the container's end takes them back. */
static void test_repeated_borrows(void)
{
    PyObject *d = EVAL("{'a': [1], 'b': [2]}");
    PyObject *l = EVAL("[[3], [4]]");
    PyObject *a = PyDict_GetItemString(d, "a");
    Py_INCREF(a);
    Py_ssize_t before = Py_REFCNT(a);
    for (int round = 0; round < 3; round++) {
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        int n = 0;
        while (PyDict_Next(d, &pos, &k, &v)) n++;
        CHECK(n == 2);
        CHECK(PyDict_GetItemString(d, "a") == a);
        CHECK(PyList_GetItem(l, 1) == PyList_GetItem(l, 1));
    }
    CHECK(Py_REFCNT(a) == before);
    Py_DECREF(d);
    CHECK(Py_REFCNT(a) == 1);           /* only C's own count remains */
    CHECK(repr_is(a, "[1]"));
    Py_DECREF(a);
    Py_DECREF(l);
}

/* An item borrowed from a container a Python variable keeps is valid while it keeps it, even
   after C's count on the container went (invalid in CPython only when C held the last count). */
static void test_container_kept_by_python(void)
{
    EXEC("keep_t = ([5, 6],)\n");
    PyObject *t = EVAL("keep_t");
    PyObject *item = PyTuple_GetItem(t, 0);
    Py_DECREF(t);
    PyGC_Collect();
    CHECK(repr_is(item, "[5, 6]"));
    CHECK(PyList_Size(item) == 2);
    EXEC("del keep_t\n");
}

static void test_arguments(void)
{
    PyObject *r = EVAL("collect_then_repr([7, X.__name__])");
    CHECK(repr_is(r, "\"[7, 'X']\""));
    Py_XDECREF(r);
    /* keep(): alive while C holds it, collected once C lets go. */
    EXEC("x = X(); wx = weakref.ref(x); keep(x); del x\ngc.collect()\nassert wx() is not None\n");
    Py_CLEAR(kept);
    EXEC("gc.collect()\nassert wx() is None, 'an argument C released stayed alive'\n");
    /* take(): an argument is not kept alive by having been borrowed. */
    EXEC("x = X(); wx = weakref.ref(x); take(x); del x\ngc.collect()\nassert wx() is None, 'a borrowed argument stayed alive'\n");
}

/* Sweeps of parked headers and .NET collections, as a long-running program has between two
   uses of a borrowed pointer: enough fresh headers that the arena sweeps several times. */
static void churn(void)
{
    EXEC("for i in range(3000): take(X())\ngc.collect()\nfor i in range(3000): take([i])\ngc.collect()\n");
    PyGC_Collect();
}

/* A full .NET collection that does not sweep this interpreter's headers: another interpreter's
   gc.collect() (interpreters share the .NET heap), as an allocation-triggered collection does. */
static void collect_elsewhere(void)
{
    PyThreadState *main_ts = PyThreadState_Get();
    PyThreadState *sub = Py_NewInterpreter();
    CHECK(sub != NULL);
    if (sub) {
        CHECK(PyRun_SimpleString("import gc\ngc.collect()\n") == 0);
        Py_EndInterpreter(sub);
    }
    PyThreadState_Swap(main_ts);
}

/* The type name of o read through C, or "" when the header no longer leads to an object. */
static int is_live_x(PyObject *o)
{
    PyObject *name = PyObject_GetAttrString((PyObject *)Py_TYPE(o), "__name__");
    if (!name) { PyErr_Clear(); return 0; }
    int ok = PyUnicode_Check(name) && strcmp(PyUnicode_AsUTF8(name), "X") == 0;
    Py_DECREF(name);
    PyObject *r = PyObject_Repr(o);
    if (!r) { PyErr_Clear(); return 0; }
    Py_DECREF(r);
    return ok;
}

/* Whether a weak reference C made to o (after the steps that matter) dies once C lets go. */
static void check_released(PyObject *o)
{
    PyObject *w = PyWeakref_NewRef(o, NULL);
    CHECK(w != NULL);
    Py_DECREF(o);
    churn();
    churn();
    CHECK(w && PyWeakref_GetObject(w) == Py_None);   /* gone once C's count went */
    Py_XDECREF(w);
}

/* CPython-valid: an item borrowed from a list (C's count on it goes with the list's), kept as a
   borrowed pointer while the list holds it, made owned with an inline Py_INCREF, then the list
   drops it. C's count must keep it alive, however many collections ran between the steps. */
static void test_borrowed_item_increfed_later(void)
{
    EXEC("holder = [X()]\n");
    PyObject *l = EVAL("holder");
    PyObject *o = PyList_GetItem(l, 0);     /* borrowed */
    Py_DECREF(l);                           /* C holds no count now; the list (a global) holds o */
    churn();
    CHECK(is_live_x(o));                    /* valid: the list still holds it */
    Py_INCREF(o);                           /* borrowed -> owned, inline: the runtime does not see it */
    EXEC("holder[0] = None\n");             /* the Python owner lets go */
    collect_elsewhere();                    /* a collection before any sweep of the headers */
    CHECK(is_live_x(o));                    /* C's count keeps it */
    PyGC_Collect();
    CHECK(is_live_x(o));
    churn();
    CHECK(is_live_x(o));                    /* C's count keeps it */
    churn();
    CHECK(is_live_x(o));
    check_released(o);
    EXEC("del holder\n");
}

/* The same with the out-of-line Py_IncRef/Py_DecRef (what code that cannot use the inline
   macros calls): raising the count from 0 keeps the object alive for C too. */
static void test_borrowed_item_incref_out_of_line(void)
{
    EXEC("holder = {'k': X()}\n");
    PyObject *d = EVAL("holder");
    PyObject *o = PyDict_GetItemString(d, "k"); /* borrowed */
    Py_DECREF(d);
    churn();
    Py_IncRef(o);
    EXEC("del holder['k']\n");
    collect_elsewhere();
    PyGC_Collect();
    churn();
    CHECK(is_live_x(o));
    PyObject *w = PyWeakref_NewRef(o, NULL);
    CHECK(w != NULL);
    Py_DecRef(o);
    churn();
    CHECK(w && PyWeakref_GetObject(w) == Py_None);
    Py_XDECREF(w);
    EXEC("del holder\n");
}

/* The same through a C cache of a module attribute (kept borrowed, increfed when used later). */
static PyObject *cached_attr;
static void test_cached_module_attribute(void)
{
    EXEC("import sys, types\ncachemod = types.ModuleType('cachemod')\ncachemod.value = X()\n"
         "sys.modules['cachemod'] = cachemod\ndel cachemod\n");
    PyObject *mod = PyImport_ImportModule("cachemod");
    CHECK(mod != NULL);
    cached_attr = PyObject_GetAttrString(mod, "value");
    Py_DECREF(cached_attr);                 /* kept as a borrowed pointer: the module holds it */
    Py_DECREF(mod);
    churn();
    PyObject *o = Py_NewRef(cached_attr);   /* the cache is used: C takes a count */
    EXEC("sys.modules['cachemod'].value = None\ndel sys.modules['cachemod']\n");
    collect_elsewhere();
    CHECK(is_live_x(o));
    PyGC_Collect();
    CHECK(is_live_x(o));
    churn();
    CHECK(is_live_x(o));
    churn();
    CHECK(is_live_x(o));
    cached_attr = NULL;
    check_released(o);
}

/* References a host leaks in a subinterpreter (new objects never released, borrowed items made
   owned, a container lending counts) cost nothing once Py_EndInterpreter has run: it releases
   every header of the interpreter's arena. RSS after `cycles` such interpreters stays within a
   bound far below what the leaked headers and objects would take if they were kept. */
static void test_leaks_released_by_end(int cycles)
{
    PyThreadState *main_ts = PyThreadState_Get();
    long rss_before = 0;
    for (int c = 0; c < cycles; c++) {
        if (c == cycles / 4) rss_before = rss_kib();   /* after the runtime's one-time growth */
        PyThreadState *sub = Py_NewInterpreter();
        CHECK(sub != NULL);
        if (!sub) break;
        PyObject *l = PyList_New(0);
        for (int i = 0; i < 10000; i++) {
            PyObject *o = PyLong_FromLong(1000000 + i);   /* leaked: never released */
            PyList_Append(l, o);
            Py_INCREF(PyList_GetItem(l, i));             /* a borrowed item made owned, leaked */
        }
        PyObject *t = PyUnicode_FromString("leaked text");
        CHECK(PyUnicode_AsUTF8(t) != NULL);               /* a UTF-8 copy owned by the header */
        Py_EndInterpreter(sub);
        PyThreadState_Swap(main_ts);
    }
    EXEC("import gc\ngc.collect()\n");
    long rss_after = rss_kib();
    printf("capi_lend: %d interpreters, each leaking 20,001 references to 10,002 objects: RSS %ld -> %ld KiB\n",
           cycles, rss_before, rss_after);
    /* Kept, 20,000 headers and objects per interpreter would be some MiB each. */
    if (cycles >= 100 && !getenv("ISOLATED_LEND_NO_RSS")) CHECK(rss_after - rss_before < 32 * 1024);
}

static void test_flat_memory(long count)
{
    char code[256];
    /* Warm up (the runtime's own one-time allocations), then measure. */
    snprintf(code, sizeof code, "for i in range(%ld): take(X())\n", count / 10);
    EXEC(code);
    PyGC_Collect();
    long rss_before = rss_kib();
    max_live = max_parked = 0;
    snprintf(code, sizeof code, "for i in range(%ld): take(X())\nfor i in range(%ld): take([i])\n", count, count / 4);
    EXEC(code);
    long long live_end = 0, parked_end = 0;
    CHECK(PyIsolated_GetNativeHeaders(PyInterpreterState_Get(), &live_end, &parked_end) == 0);
    long rss_after = rss_kib();
    printf("capi_lend: %ld + %ld calls: native headers at most %lld live, %lld parked (at the end %lld, %lld); RSS %ld -> %ld KiB\n",
           count, count / 4, max_live, max_parked, live_end, parked_end, rss_before, rss_after);
    /* A header kept per call would be count of them; what piles up between sweeps is bounded. */
    if (count >= 500000) {
        /* Sweeps (with a young-generation collection past 16,384 parked) keep them in the tens of
           thousands; kept for good, they would be count or more. */
        CHECK(max_live < 100000);
        CHECK(max_parked < 100000);
    }
    if (count >= 200000 && !getenv("ISOLATED_LEND_NO_RSS")) CHECK(rss_after - rss_before < 32 * 1024);
}

int main(int argc, char **argv)
{
    long count = argc > 1 ? strtol(argv[1], NULL, 10) : 1000000;
    for (int cycle = 0; cycle < 2; cycle++) {
        Py_Initialize();
        begin_python();
        define_functions();
        test_kept_item_outlives_container();
        test_repeated_borrows();
        test_container_kept_by_python();
        test_arguments();
        test_borrowed_item_increfed_later();
        test_cached_module_attribute();
        test_borrowed_item_incref_out_of_line();
        test_flat_memory(cycle == 0 ? count : count / 10);
        test_leaks_released_by_end(count >= 500000 ? 200 : 4);
        CHECK(!PyErr_Occurred());
        end_python();
        Py_CLEAR(kept);
        Py_FinalizeEx();
    }
    return report("test_capi_lend");
}
