/* Py_BuildValue and friends: C values -> Python objects, driven by a format string.
 *
 * A format with no unit gives None, one unit gives that object, several give a tuple.
 * Error rule (CPython's): once an item fails, the rest of the format is still walked and every
 * item built and dropped, so that each 'N' argument's reference is consumed exactly once
 * whatever happens. The first exception is kept aside meanwhile and restored at the end.
 */
#include "Python.h"
#include "shim_util.h"

#include <wchar.h>

typedef struct {
    const char *f;        /* the next format character */
    va_list *va;
    PyObject *error;      /* the first failure's exception, kept while the rest is consumed */
    int failed;
} builder;

static PyObject *build_one(builder *b);

/* Records a failure. The pending exception is moved aside: building the remaining items (to
   release their 'N' references) must not run with an exception set. */
static void fail(builder *b)
{
    if (!b->failed) {
        b->failed = 1;
        b->error = PyErr_GetRaisedException();
    } else {
        PyErr_Clear();
    }
}

static void skip_separators(builder *b)
{
    while (*b->f == ' ' || *b->f == '\t' || *b->f == ',' || *b->f == ':')
        b->f++;
}

/* The number of items before `end` at this nesting level, or -1 (SystemError set). */
static Py_ssize_t count_items(const char *f, char end)
{
    Py_ssize_t count = 0;
    int depth = 0;
    for (; *f; f++) {
        char c = *f;
        if (depth == 0 && c == end)
            return count;
        switch (c) {
        case '(': case '[': case '{':
            if (depth == 0)
                count++;
            depth++;
            break;
        case ')': case ']': case '}':
            if (depth == 0 && end == '\0')
                return count;   /* CPython ignores a stray closer after the top-level units */
            if (depth == 0) {
                PyErr_SetString(PyExc_SystemError, "unmatched paren in format");
                return -1;
            }
            depth--;
            break;
        case '#': case '&': case ' ': case '\t': case ',': case ':':
            break;
        default:
            if (depth == 0)
                count++;
        }
    }
    if (end != '\0' || depth != 0) {
        PyErr_SetString(PyExc_SystemError, "unmatched paren in format");
        return -1;
    }
    return count;
}

/* Builds n items closed by `end` into a tuple or list (is_list). */
static PyObject *build_sequence(builder *b, char end, int is_list)
{
    Py_ssize_t n = count_items(b->f, end);
    if (n < 0)
        return NULL;
    PyObject *seq = is_list ? PyList_New(n) : PyTuple_New(n);
    if (seq == NULL)
        fail(b);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = build_one(b);
        if (item == NULL) {
            fail(b);
            continue;
        }
        if (seq == NULL) {
            Py_DECREF(item);
            continue;
        }
        if ((is_list ? PyList_SetItem(seq, i, item) : PyTuple_SetItem(seq, i, item)) < 0)
            fail(b);
    }
    skip_separators(b);
    if (*b->f == end)
        b->f++;
    if (b->failed) {
        Py_XDECREF(seq);
        return NULL;
    }
    return seq;
}

static PyObject *build_dict(builder *b)
{
    Py_ssize_t n = count_items(b->f, '}');
    if (n < 0)
        return NULL;
    if (n % 2 != 0) {
        /* Still consume the arguments, so that 'N' references are released. */
        PyErr_SetString(PyExc_SystemError, "Bad dict format");
        fail(b);
    }
    PyObject *dict = b->failed ? NULL : PyDict_New();
    if (dict == NULL && !b->failed)
        fail(b);
    for (Py_ssize_t i = 0; i < n; i += 2) {
        PyObject *key = build_one(b);
        if (key == NULL)
            fail(b);
        PyObject *value = NULL;
        if (i + 1 < n) {
            value = build_one(b);
            if (value == NULL)
                fail(b);
        }
        if (dict != NULL && key != NULL && value != NULL && !b->failed &&
            PyDict_SetItem(dict, key, value) < 0)
            fail(b);
        Py_XDECREF(key);
        Py_XDECREF(value);
    }
    skip_separators(b);
    if (*b->f == '}')
        b->f++;
    if (b->failed) {
        Py_XDECREF(dict);
        return NULL;
    }
    return dict;
}

/* The length that follows a "#" unit, if any; -1 means "up to the terminating NUL". */
static int take_length(builder *b, Py_ssize_t *len)
{
    if (*b->f != '#') {
        *len = -1;
        return 0;
    }
    b->f++;
    *len = va_arg(*b->va, Py_ssize_t);
    return 1;
}

static PyObject *from_wide(const wchar_t *w, Py_ssize_t len)
{
    if (len < 0)
        len = (Py_ssize_t)wcslen(w);
    char *buf = malloc((size_t)len * 4 + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    size_t n = 0;
    for (Py_ssize_t i = 0; i < len; i++) {
        unsigned long cp = (unsigned long)w[i];
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            free(buf);
            PyErr_Format(PyExc_ValueError, "character U+%lx is not in range [U+0000; U+10ffff]", cp);
            return NULL;
        }
        n += (size_t)shim_utf8_encode(cp, buf + n);
    }
    PyObject *r = PyUnicode_FromStringAndSize(buf, (Py_ssize_t)n);
    free(buf);
    return r;
}

static PyObject *build_one(builder *b)
{
    skip_separators(b);
    char c = *b->f++;
    switch (c) {
    case '(':
        return build_sequence(b, ')', 0);
    case '[':
        return build_sequence(b, ']', 1);
    case '{':
        return build_dict(b);
    case 'b': case 'B': case 'h': case 'i':
        return PyLong_FromLong((long)va_arg(*b->va, int));
    case 'H':   /* promoted to int; read as unsigned int, as CPython does (no truncation) */
        return PyLong_FromLong((long)va_arg(*b->va, unsigned int));
    case 'I':
        return PyLong_FromUnsignedLong((unsigned long)va_arg(*b->va, unsigned int));
    case 'l':
        return PyLong_FromLong(va_arg(*b->va, long));
    case 'k':
        return PyLong_FromUnsignedLong(va_arg(*b->va, unsigned long));
    case 'L':
        return PyLong_FromLongLong(va_arg(*b->va, long long));
    case 'K':
        return PyLong_FromUnsignedLongLong(va_arg(*b->va, unsigned long long));
    case 'n':
        return PyLong_FromSsize_t(va_arg(*b->va, Py_ssize_t));
    case 'c': {
        char ch = (char)va_arg(*b->va, int);
        return PyBytes_FromStringAndSize(&ch, 1);
    }
    case 'C': {
        int ch = va_arg(*b->va, int);
        if (ch < 0 || ch > 0x10FFFF) {
            PyErr_SetString(PyExc_ValueError, "chr() arg not in range(0x110000)");
            return NULL;
        }
        return shim_char_to_str((unsigned long)ch);
    }
    case 'd': case 'f':
        return PyFloat_FromDouble(va_arg(*b->va, double));
    case 'D': {
        Py_complex *z = va_arg(*b->va, Py_complex *);
        return PyComplex_FromDoubles(z->real, z->imag);
    }
    case 's': case 'z': case 'U': case 'y': case 'u': {
        Py_ssize_t len;
        const void *p = va_arg(*b->va, const void *);
        take_length(b, &len);
        if (p == NULL)
            return Py_NewRef(Py_None);
        if (c == 'u')
            return from_wide((const wchar_t *)p, len);
        if (len < 0)
            len = (Py_ssize_t)strlen((const char *)p);
        if (c == 'y')
            return PyBytes_FromStringAndSize((const char *)p, len);
        return PyUnicode_FromStringAndSize((const char *)p, len);
    }
    case 'N': case 'S': case 'O': {
        if (c == 'O' && *b->f == '&') {
            b->f++;
            PyObject *(*conv)(void *) = va_arg(*b->va, PyObject *(*)(void *));
            void *arg = va_arg(*b->va, void *);
            return conv(arg);
        }
        PyObject *o = va_arg(*b->va, PyObject *);
        if (o == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_SystemError, "NULL object passed to Py_BuildValue");
            return NULL;
        }
        return c == 'N' ? o : Py_NewRef(o);
    }
    case ')': case ']': case '}':
    case '\0':
    default:
        b->f--;   /* leave the caller's closing character in place */
        if (c == '\0' || c == ')' || c == ']' || c == '}')
            PyErr_SetString(PyExc_SystemError, "unmatched paren in format");
        else {
            PyErr_SetString(PyExc_SystemError, "bad format char passed to Py_BuildValue");
            b->f++;
        }
        return NULL;
    }
}

PyObject *Py_VaBuildValue(const char *format, va_list va)
{
    if (format == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    Py_ssize_t n = count_items(format, '\0');
    if (n < 0)
        return NULL;
    if (n == 0)
        return Py_NewRef(Py_None);
    va_list ap;
    va_copy(ap, va);
    builder b = { format, &ap, NULL, 0 };
    PyObject *result;
    if (n == 1) {
        result = build_one(&b);
        if (result == NULL)
            fail(&b);
    } else {
        /* Several top-level units: a tuple, as if the format were parenthesised. */
        PyObject *t = PyTuple_New(n);
        if (t == NULL)
            fail(&b);
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *item = build_one(&b);
            if (item == NULL) { fail(&b); continue; }
            if (t == NULL) { Py_DECREF(item); continue; }
            if (PyTuple_SetItem(t, i, item) < 0)
                fail(&b);
        }
        result = t;
    }
    va_end(ap);
    if (b.failed) {
        Py_XDECREF(result);
        PyErr_SetRaisedException(b.error);
        return NULL;
    }
    return result;
}

PyObject *_Py_VaBuildValue_SizeT(const char *format, va_list va)
{
    return Py_VaBuildValue(format, va);
}

PyObject *Py_BuildValue(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = Py_VaBuildValue(format, va);
    va_end(va);
    return r;
}

PyObject *_Py_BuildValue_SizeT(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = Py_VaBuildValue(format, va);
    va_end(va);
    return r;
}
