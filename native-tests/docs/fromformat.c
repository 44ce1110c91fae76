/* PyUnicode_FromFormat: the format characters of the C API reference's table (with the length
 * modifiers, widths and precisions it describes) and PyErr_Format, each checked by printing
 * the built str's repr. %p's text is the platform's, so only its shape is printed. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* A call that fails prints its exception ("Type: message"), as the reference's rules say it must fail. */
static void show(const char *call, PyObject *value)
{
    if (value == NULL) {
        PyObject *exc = PyErr_GetRaisedException();
        PyObject *name = exc ? PyType_GetName(Py_TYPE(exc)) : NULL;
        PyObject *text = exc ? PyObject_Str(exc) : NULL;
        printf("%-44s -> %s: %s\n", call, name ? PyUnicode_AsUTF8(name) : "?", text ? PyUnicode_AsUTF8(text) : "?");
        Py_XDECREF(name);
        Py_XDECREF(text);
        Py_XDECREF(exc);
        return;
    }
    PyObject *repr = PyObject_Repr(value);
    printf("%-44s -> %s\n", call, repr ? PyUnicode_AsUTF8(repr) : "?");
    Py_XDECREF(repr);
    Py_DECREF(value);
}

#define SHOW(...) show(#__VA_ARGS__, PyUnicode_FromFormat(__VA_ARGS__))

int main(void)
{
    Py_Initialize();
    PyObject *word = PyUnicode_FromString("sp\xc3\xa4m");
    PyObject *list = Py_BuildValue("[is]", 1, "x");
    SHOW("%%");
    SHOW("%c|%c", 'A', 0x1F40D);
    SHOW("%d %i", -42, 42);
    SHOW("%u", 4000000000U);
    SHOW("%ld %li %lu", -1L, 2L, 3UL);
    SHOW("%lld %lli %llu", -9000000000LL, 9000000000LL, 18446744073709551615ULL);
    SHOW("%zd %zi %zu", (Py_ssize_t)-7, (Py_ssize_t)7, (size_t)8);
    SHOW("%x", 255);
    SHOW("%lx %llx %zx", 0xabcL, 0xdefLL, (size_t)0x10);
    SHOW("%s", "hello, world");
    SHOW("%s", "caf\xc3\xa9");
    SHOW("%A", word);
    SHOW("%U", word);
    SHOW("%V", word, "unused");
    SHOW("%V", (PyObject *)NULL, "fallback");
    SHOW("%S", list);
    SHOW("%R", list);
    SHOW("%5d|%-5d|%05d", 42, 42, 42);
    SHOW("%.3s|%10.3s|%-10s|", "abcdef", "abcdef", "ab");
    SHOW("%.2U|%6U|%-6U|", word, word, word);
    SHOW("%8S|%.2R", list, list);
    SHOW("[%3c]", 'x');
    SHOW("%d%%, %s and %R", 100, "text", word);
    /* %p: "0x" and hexadecimal digits, as the reference says. */
    PyObject *p = PyUnicode_FromFormat("%p", (void *)list);
    const char *pt = p ? PyUnicode_AsUTF8(p) : "";
    printf("%-44s -> starts with 0x: %s\n", "\"%p\", list", strncmp(pt, "0x", 2) == 0 ? "yes" : "no");
    Py_XDECREF(p);
    /* PyErr_Format builds its message the same way. */
    PyErr_Format(PyExc_ValueError, "bad value %R for %s (%d%%)", word, "field", 5);
    PyObject *exc = PyErr_GetRaisedException();
    show("PyErr_Format(...) message", exc ? PyObject_Str(exc) : NULL);
    Py_XDECREF(exc);
    Py_DECREF(word);
    Py_DECREF(list);
    fflush(stdout);
    if (Py_FinalizeEx() < 0)
        return 120;
    return 0;
}
