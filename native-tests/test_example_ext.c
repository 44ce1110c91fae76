/* The example extension module isoexample (example_ext.c; issue 6 item 4), from an embedding
 * host:
 *   - in the main interpreter, a Python script exercises the Vector heap type: members, getset,
 *     methods, number and sequence slots, comparison, the module's exception, a Python subclass
 *     (whose __add__ wins also when C calls PyNumber_Add), and tp_dealloc of every instance once
 *     nothing references it (isoexample.live() back to 0);
 *   - the host calls Python functions with arguments built by Py_BuildValue and reads the results;
 *   - 4 threads each create an interpreter with its own GIL, import isoexample concurrently and
 *     see their own module state and their own Vector type; the main interpreter's state is
 *     untouched.
 * argv[1]: the directory of isoexample.isolated.so. Usage: test_example_ext DIR [threads] [rounds] */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthread.h>
#include <string.h>
#include "check.h"

#define MAX_THREADS 16

static const char *ext_dir;
static long n_threads, n_rounds;
static pthread_barrier_t barrier;
static PyObject *seen_type[MAX_THREADS];

static void add_path(void)
{
    PyObject *path = PySys_GetObject("path");
    CHECK(path != NULL);
    PyObject *d = PyUnicode_FromString(ext_dir);
    CHECK(PyList_Insert(path, 0, d) == 0);
    Py_DECREF(d);
}

static long call_long(PyObject *m, const char *name)
{
    PyObject *r = PyObject_CallMethod(m, name, NULL);
    if (r == NULL) PyErr_Print();
    CHECK(r != NULL);
    long v = PyLong_AsLong(r);
    Py_DECREF(r);
    return v;
}

/* gc.collect() until every Vector was deallocated. The VM's per-thread value stack is not
 * cleared when a frame returns, so objects a finished call used stay reachable until the slots
 * are reused: scrub() overwrites them first. */
#define SETTLE \
    "def scrub():\n" \
    "    a = b = c = d = e = f = g = h = i = j = k = l = None\n" \
    "    return [None, None, None, None, None, None, None, None, None, None, None, None]\n" \
    "def settle(m):\n" \
    "    for _ in range(5):\n" \
    "        scrub()\n" \
    "        gc.collect()\n" \
    "        if m.live() == 0:\n" \
    "            break\n" \
    "    return m.live()\n"

static const char *script =
    "import gc, isoexample as m\n"
    SETTLE
    "V = m.Vector\n"
    "assert V.__module__ == 'isoexample' and V.__name__ == 'Vector', (V.__module__, V.__name__)\n"
    "assert V.__doc__.startswith('Vector(x, y')\n"
    "a = V(1.0, 2.0); b = V(3.0, 4.0, label='b')\n"
    "assert repr(a) == 'Vector(1, 2)', repr(a)\n"
    "assert (a + b) == V(4.0, 6.0) and (b - a) == V(2.0, 2.0)\n"
    "assert a * 2 == V(2.0, 4.0) and 3 * a == V(3.0, 6.0)\n"
    "assert -a == V(-1.0, -2.0) and abs(V(3.0, 4.0)) == 5.0\n"
    "assert bool(a) and not V(0.0, 0.0)\n"
    "assert len(a) == 2 and a[0] == 1.0 and a[1] == 2.0 and a[-1] == 2.0\n"
    "try:\n    a[2]\nexcept IndexError as e:\n    assert str(e) == 'Vector index out of range', str(e)\nelse:\n    raise AssertionError('no IndexError')\n"
    "assert hash(a) == hash(V(1.0, 2.0)) and a != b\n"
    "a.x = 5.0\nassert a.x == 5.0 and a.y == 2.0\n"
    "try:\n    a.x = 'no'\nexcept TypeError as e:\n    assert str(e) == 'must be real number, not str', str(e)\n"
    "assert b.label == 'b'\ndel b.label\n"
    "try:\n    b.label\nexcept AttributeError as e:\n    assert str(e) == \"'isoexample.Vector' object has no attribute 'label'\", str(e)\n"
    "b.label = [1, 2]\nassert b.label == [1, 2]\n"
    "assert a.hits == 0\n"
    "try:\n    a.hits = 3\nexcept AttributeError as e:\n    assert str(e) == 'readonly attribute', str(e)\n"
    "assert V(3.0, 4.0).norm == 5.0\n"
    "c = V(3.0, 4.0); c.norm = 10.0\nassert c == V(6.0, 8.0), repr(c)\n"
    "assert a.dot(b) == 5.0 * 3.0 + 2.0 * 4.0 and a.hits == 1\n"
    "try:\n    a.dot(1)\nexcept m.VectorError as e:\n    assert str(e) == 'dot() needs a Vector' and isinstance(e, ValueError)\n"
    "assert a.scaled(2.0) == V(10.0, 4.0) and a.scaled(1.0, 0.5) == V(5.0, 1.0)\n"
    "try:\n    a.dot()\nexcept TypeError as e:\n    assert str(e) == 'Vector.dot() takes exactly one argument (0 given)', str(e)\n"
    "assert V.zero() == V(0.0, 0.0)\n"
    "assert m.count() == 1 and m.count() == 2 and a.module_calls() == 2\n"
    "class Sub(V):\n"
    "    def __add__(self, other):\n        return 'sub-add'\n"
    "    def extra(self):\n        return self.x + self.y\n"
    "s = Sub(1.0, 1.0)\n"
    "assert s + a == 'sub-add' and m.add_via_c(s, a) == 'sub-add' and m.add_via_c(a, a) == V(10.0, 4.0)\n"
    "assert s.extra() == 2.0 and isinstance(s, V) and type(s).__mro__ == (Sub, V, object)\n"
    "s.note = 'instance dict'\nassert s.note == 'instance dict' and s.x == 1.0 and len(s) == 2\n"
    "assert repr(s) == 'Vector(1, 1)'\n"
    "try:\n    object.__new__(Sub)\nexcept TypeError as e:\n    assert 'is not safe' in str(e), str(e)\n"
    "del a, b, c, s\n";

/* Run after the script's frame is gone (a running frame's own stale slots stay reachable). */
static const char *dealloc_check =
    "def churn(n):\n"
    "    junk = [V(float(i), 1.0) for i in range(n)]\n"
    "    assert m.live() >= n\n"
    "churn(200)\n"
    "assert settle(m) == 0, m.live()\n";

/* The host side: Python functions called with Py_BuildValue arguments, results read in C. */
static void host_calls(void)
{
    RUN_PY("import isoexample\n"
           "def combine(x, y, scale):\n    return isoexample.Vector(x, y) * scale\n"
           "def describe(v, n):\n    return '%s x%d' % (repr(v), n)\n");
    PyObject *main = PyImport_AddModule("__main__");
    CHECK(main != NULL);
    PyObject *combine = PyObject_GetAttrString(main, "combine");
    CHECK(combine != NULL);
    PyObject *args = Py_BuildValue("(ddi)", 1.5, -2.0, 2);
    CHECK(args != NULL);
    PyObject *v = PyObject_CallObject(combine, args);
    if (v == NULL) PyErr_Print();
    CHECK(v != NULL);
    PyObject *x = PyObject_GetAttrString(v, "x"), *y = PyObject_GetAttrString(v, "y");
    CHECK(x && y && PyFloat_AsDouble(x) == 3.0 && PyFloat_AsDouble(y) == -4.0);
    Py_DECREF(x);
    Py_DECREF(y);
    PyObject *norm = PyObject_GetAttrString(v, "norm");
    CHECK(norm != NULL && PyFloat_AsDouble(norm) == 5.0);
    Py_DECREF(norm);
    PyObject *describe = PyObject_GetAttrString(main, "describe");
    PyObject *text = PyObject_CallFunction(describe, "Oi", v, 3);
    CHECK_MSG(text != NULL && strcmp(PyUnicode_AsUTF8(text), "Vector(3, -4) x3") == 0, "%s",
              text ? PyUnicode_AsUTF8(text) : "NULL");
    Py_DECREF(text);
    /* A Python exception surfaces as NULL + PyErr_Occurred. */
    PyObject *bad = PyObject_CallFunction(combine, "sss", "a", "b", "c");
    CHECK(bad == NULL && PyErr_ExceptionMatches(PyExc_TypeError));
    PyErr_Clear();
    Py_DECREF(describe);
    Py_DECREF(v);
    Py_DECREF(args);
    Py_DECREF(combine);
}

static PyThreadState *new_own_gil_interpreter(void)
{
    PyInterpreterConfig config = {
        .use_main_obmalloc = 0,
        .allow_fork = 0,
        .allow_exec = 0,
        .allow_threads = 1,
        .allow_daemon_threads = 0,
        .check_multi_interp_extensions = 1,
        .gil = PyInterpreterConfig_OWN_GIL,
    };
    PyThreadState *ts = NULL;
    PyStatus status = Py_NewInterpreterFromConfig(&ts, &config);
    CHECK(!PyStatus_Exception(status) && ts != NULL);
    return ts;
}

static void *worker(void *arg)
{
    long me = (long)(intptr_t)arg;
    for (long round = 0; round < n_rounds; round++) {
        PyThreadState *ts = new_own_gil_interpreter();
        add_path();
        pthread_barrier_wait(&barrier);   /* import concurrently */
        PyObject *m = PyImport_ImportModule("isoexample");
        if (m == NULL) PyErr_Print();
        CHECK(m != NULL);
        for (long i = 1; i <= 5 + me; i++)
            CHECK_MSG(call_long(m, "count") == i, "thread %ld: count() shared between interpreters", me);
        PyObject *type = PyObject_GetAttrString(m, "Vector");
        CHECK(type != NULL);
        PyObject *v = PyObject_CallFunction(type, "dd", (double)me, 1.0);
        CHECK(v != NULL);
        CHECK(call_long(m, "live") >= 1);
        Py_DECREF(v);
        seen_type[me] = type;
        pthread_barrier_wait(&barrier);   /* every interpreter has its module now */
        for (long o = 0; o < n_threads; o++)
            CHECK_MSG(o == me || seen_type[o] != type, "threads %ld and %ld share the Vector type", me, o);
        pthread_barrier_wait(&barrier);
        RUN_PY("import isoexample, gc\n" SETTLE
               "def churn(n):\n"
               "    vs = [isoexample.Vector(1.0, float(i)) for i in range(n)]\n"
               "churn(50)\n"
               "assert settle(isoexample) == 0, isoexample.live()\n");
        Py_DECREF(type);
        Py_DECREF(m);
        Py_EndInterpreter(ts);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    CHECK(argc > 1);
    ext_dir = argv[1];
    n_threads = arg_count(argc, argv, 2, 4);
    n_rounds = arg_count(argc, argv, 3, 2);
    CHECK(n_threads >= 1 && n_threads <= MAX_THREADS);
    Py_InitializeEx(0);
    add_path();
    PyObject *m = PyImport_ImportModule("isoexample");
    if (m == NULL) PyErr_Print();
    CHECK(m != NULL);
    RUN_PY(script);
    RUN_PY(dealloc_check);
    host_calls();
    long calls = call_long(m, "count");

    PyThreadState *main_ts = PyEval_SaveThread();
    pthread_barrier_init(&barrier, NULL, (unsigned)n_threads);
    pthread_t threads[MAX_THREADS];
    for (long i = 0; i < n_threads; i++)
        CHECK(pthread_create(&threads[i], NULL, worker, (void *)(intptr_t)i) == 0);
    for (long i = 0; i < n_threads; i++)
        pthread_join(threads[i], NULL);
    pthread_barrier_destroy(&barrier);
    PyEval_RestoreThread(main_ts);

    CHECK_MSG(call_long(m, "count") == calls + 1, "the main interpreter's state changed");
    Py_DECREF(m);
    CHECK(Py_FinalizeEx() == 0);
    printf("example_ext: ok\n");
    return 0;
}
