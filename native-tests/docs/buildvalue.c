/* Py_BuildValue: each example of the table in the C API reference ("Parsing arguments and
 * building values"), with what it builds, checked by printing its repr. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static int failures;

/* The pending exception as "Type: message" on stdout (what is compared), then cleared. */
static void print_error(void)
{
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *name = PyType_GetName(Py_TYPE(exc));
    PyObject *text = PyObject_Str(exc);
    printf("  %s: %s\n", name ? PyUnicode_AsUTF8(name) : "?", text ? PyUnicode_AsUTF8(text) : "?");
    Py_XDECREF(name);
    Py_XDECREF(text);
    Py_XDECREF(exc);
}

static void show(const char *call, PyObject *value)
{
    if (value == NULL) {
        printf("%-52s -> error\n", call);
        print_error();
        failures++;
        return;
    }
    PyObject *repr = PyObject_Repr(value);
    printf("%-52s -> %s\n", call, repr ? PyUnicode_AsUTF8(repr) : "?");
    Py_XDECREF(repr);
    Py_DECREF(value);
}

#define SHOW(...) show(#__VA_ARGS__, Py_BuildValue(__VA_ARGS__))

int main(void)
{
    Py_Initialize();
    SHOW("");
    SHOW("i", 123);
    SHOW("iii", 123, 456, 789);
    SHOW("s", "hello");
    SHOW("y", "hello");
    SHOW("ss", "hello", "world");
    SHOW("s#", "hello", (Py_ssize_t)4);
    SHOW("y#", "hello", (Py_ssize_t)4);
    SHOW("()");
    SHOW("(i)", 123);
    SHOW("(ii)", 123, 456);
    SHOW("(i,i)", 123, 456);
    SHOW("[i,i]", 123, 456);
    SHOW("{s:i,s:i}", "abc", 123, "def", 456);
    SHOW("((ii)(ii)) (ii)", 1, 2, 3, 4, 5, 6);
    /* The other format units the reference lists. */
    SHOW("z", (char *)NULL);
    SHOW("u#", L"wide", (Py_ssize_t)2);
    SHOW("b h l k", 1, 2, 3L, 4UL);
    SHOW("B H I L K n", 255, 65535, 4000000000U, -5LL, 18446744073709551615ULL, (Py_ssize_t)-1);
    SHOW("c C", 'A', 0x20AC);
    SHOW("d f", 2.5, 1.0);
    SHOW("D", &(Py_complex){1.5, -2.0});
    SHOW("O", Py_None);
    SHOW("(S,N)", Py_True, PyLong_FromLong(7));
    SHOW("{s:[i,(s,z)]}", "k", 1, "a", (char *)NULL);
    SHOW("O&", (PyObject *(*)(void *))PyLong_FromVoidPtr, (void *)42);
    PyObject *bad = Py_BuildValue("(i", 1);
    printf("%-52s -> %s\n", "\"(i\", 1", bad ? "built" : "NULL");
    if (!bad) print_error();
    Py_XDECREF(bad);
    fflush(stdout);
    if (Py_FinalizeEx() < 0)
        return 120;
    return failures ? 1 : 0;
}
