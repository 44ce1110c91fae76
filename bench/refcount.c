/* bench/refcount: what C code pays for references it takes and drops through the C API.
 *
 * Prints the median nanoseconds per operation over several rounds of:
 *   fresh int          PyLong_FromLong(big) then Py_DECREF   (a new object, freed by C's decref)
 *   fresh tuple        PyTuple_New(2) filled with two new ints, then Py_DECREF
 *   call result        PyObject_CallNoArgs(f) returning a new list, then Py_DECREF
 *   module attribute   PyObject_GetAttrString(module, name) of a kept object, then Py_DECREF
 *   list item          PyList_GetItem (borrowed) + Py_INCREF + Py_DECREF
 *   revive             Py_INCREF then Py_DECREF of a pointer whose count C dropped to 0 while a
 *                      module holds the object (count 0 -> 1 -> 0 each time)
 *   incref+decref      Py_INCREF + Py_DECREF of an object C holds (the inline path only)
 * The same source builds against CPython (refcount_cpython, when CPython 3.12's embedding files
 * are found; see bench/CMakeLists.txt).
 * Usage: refcount [operations per round]   (default 1,000,000; 7 rounds) */
#include <Python.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define ROUNDS 7

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static PyObject *module, *function, *list, *held;

static void fresh_int(long n)
{
    for (long i = 0; i < n; i++) {
        PyObject *o = PyLong_FromLong(1000000 + i);
        Py_DECREF(o);
    }
}

static void fresh_tuple(long n)
{
    for (long i = 0; i < n; i++) {
        PyObject *t = PyTuple_New(2);
        PyTuple_SetItem(t, 0, PyLong_FromLong(1000000 + i));
        PyTuple_SetItem(t, 1, PyLong_FromLong(2000000 + i));
        Py_DECREF(t);
    }
}

static void call_result(long n)
{
    for (long i = 0; i < n; i++) {
        PyObject *r = PyObject_CallNoArgs(function);
        Py_DECREF(r);
    }
}

static void module_attribute(long n)
{
    for (long i = 0; i < n; i++) {
        PyObject *r = PyObject_GetAttrString(module, "value");
        Py_DECREF(r);
    }
}

static void list_item(long n)
{
    for (long i = 0; i < n; i++) {
        PyObject *o = PyList_GetItem(list, i & 63);
        Py_INCREF(o);
        Py_DECREF(o);
    }
}

static void revive(long n)
{
    PyObject *o = PyObject_GetAttrString(module, "value");
    Py_DECREF(o);   /* kept as a borrowed pointer: the module holds the object */
    for (long i = 0; i < n; i++) {
        Py_INCREF(o);
        Py_DECREF(o);
    }
}

static void incref_decref(long n)
{
    for (long i = 0; i < n; i++) {
        Py_INCREF(held);
        Py_DECREF(held);
    }
}

static void measure(const char *name, void (*body)(long), long n)
{
    double t[ROUNDS];
    body(n / 10);   /* warm up */
    for (int r = 0; r < ROUNDS; r++) {
        double t0 = now_ns();
        body(n);
        t[r] = (now_ns() - t0) / n;
    }
    qsort(t, ROUNDS, sizeof(double), cmp_double);
    printf("%-18s median %7.1f ns/op (min %.1f, max %.1f; %d rounds of %ld)\n", name, t[ROUNDS / 2], t[0],
           t[ROUNDS - 1], ROUNDS, n);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    if (n < 10) n = 10;
    Py_InitializeEx(0);
    if (PyRun_SimpleString("import sys, types\n"
                           "m = types.ModuleType('refbench')\n"
                           "m.value = object()\n"
                           "m.make = lambda: []\n"
                           "m.items = [object() for i in range(64)]\n"
                           "sys.modules['refbench'] = m\n") != 0)
        return 1;
    module = PyImport_ImportModule("refbench");
    function = module ? PyObject_GetAttrString(module, "make") : NULL;
    list = module ? PyObject_GetAttrString(module, "items") : NULL;
    held = PyLong_FromLong(123456789);
    if (!function || !list || !held) {
        PyErr_Print();
        return 1;
    }
    measure("fresh int", fresh_int, n);
    measure("fresh tuple", fresh_tuple, n);
    measure("call result", call_result, n);
    measure("module attribute", module_attribute, n);
    measure("list item", list_item, n);
    measure("revive", revive, n);
    measure("incref+decref", incref_decref, n * 10);
    Py_DECREF(held);
    Py_DECREF(list);
    Py_DECREF(function);
    Py_DECREF(module);
    return Py_FinalizeEx() < 0 ? 1 : 0;
}
