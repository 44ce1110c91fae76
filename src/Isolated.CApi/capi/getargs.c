/* PyArg_Parse* and PyArg_UnpackTuple: Python arguments -> C values, driven by a format string
 * (CPython 3.12 semantics and messages; '#' units always take a Py_ssize_t *).
 *
 * A conversion reports failure in one of two ways, as in CPython: either it raised an exception
 * itself (OverflowError, ValueError "embedded null character", ...) and that exception is what
 * the caller sees, or it returns a short description ("must be str, not int") that
 * report_error() turns into "f() argument 1 must be str, not int". Descriptions that start with
 * '(' name a bug in the caller's format and become SystemError.
 *
 * Memory the parser allocates for the caller ('es'/'et' buffers) and 'O&' converters that asked
 * for cleanup are recorded, so that everything is released again when a later argument fails.
 */
#include "Python.h"
#include "shim_util.h"

#include <limits.h>

#define MAX_LEVELS 32
#define MSG_SIZE 256

/* ---------------------------------------------------------------------------------------- */
/* Cleanup records                                                                          */

typedef struct {
    void *addr;                          /* char ** for a buffer, the converter's address */
    int (*converter)(PyObject *, void *); /* NULL: addr is a char ** to free */
} cleanup_entry;

typedef struct {
    cleanup_entry *items;
    int count, cap;
} cleanup_list;

static int cleanup_add(cleanup_list *cl, void *addr, int (*converter)(PyObject *, void *))
{
    if (cl->count == cl->cap) {
        int cap = cl->cap ? cl->cap * 2 : 8;
        cleanup_entry *p = realloc(cl->items, (size_t)cap * sizeof *p);
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        cl->items = p;
        cl->cap = cap;
    }
    cl->items[cl->count].addr = addr;
    cl->items[cl->count].converter = converter;
    cl->count++;
    return 0;
}

/* Ends a parse: on failure undoes the recorded allocations (the exception stays set). */
static int finish(cleanup_list *cl, int ok)
{
    if (!ok) {
        for (int i = cl->count - 1; i >= 0; i--) {
            cleanup_entry *e = &cl->items[i];
            if (e->converter != NULL) {
                e->converter(NULL, e->addr);
            } else {
                char **p = (char **)e->addr;
                free(*p);
                *p = NULL;
            }
        }
    }
    free(cl->items);
    cl->items = NULL;
    cl->count = cl->cap = 0;
    return ok;
}

/* ---------------------------------------------------------------------------------------- */
/* Messages                                                                                 */

/* "must be <expected>, not <type>" into msg; returns msg. Descriptions of format bugs (those
 * starting with '(') are passed through. */
static const char *wrong_type(const char *expected, PyObject *arg, char *msg)
{
    if (expected[0] == '(')
        return expected;
    char tn[100];
    shim_arg_type_name(arg, tn, sizeof tn);
    snprintf(msg, MSG_SIZE, "must be %.50s, not %.50s", expected, tn);
    return msg;
}

/* Returned by a conversion that raised its own exception. */
static const char raised[] = "";

/* Turns a conversion's failure description into the exception, unless one is already set.
 * iarg is the 1-based argument number (0: no number), levels the item path inside it. */
static void report_error(int iarg, const char *what, const int *levels, const char *fname,
                         const char *custom)
{
    if (PyErr_Occurred())
        return;
    char buf[512];
    const char *text = custom;
    if (text == NULL) {
        size_t n = 0;
        if (fname != NULL)
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%.200s() ", fname);
        if (iarg != 0) {
            n += (size_t)snprintf(buf + n, sizeof buf - n, "argument %d", iarg);
            for (int i = 0; i < MAX_LEVELS && levels[i] > 0 && n < 220; i++)
                n += (size_t)snprintf(buf + n, sizeof buf - n, ", item %d", levels[i] - 1);
        } else {
            n += (size_t)snprintf(buf + n, sizeof buf - n, "argument");
        }
        if (n < sizeof buf)
            snprintf(buf + n, sizeof buf - n, " %s", what);
        text = buf;
    }
    PyErr_SetString(what[0] == '(' ? PyExc_SystemError : PyExc_TypeError, text);
}

/* ---------------------------------------------------------------------------------------- */
/* Single conversions                                                                        */

typedef struct {
    va_list *va;
    cleanup_list *cleanup;
    char *msg;           /* MSG_SIZE bytes for composed descriptions */
} parse_ctx;

/* An integer through __index__ with C's unsigned wrap-around (CPython's "Mask" conversions). */
static int as_unsigned_mask(PyObject *arg, unsigned long long *out)
{
    PyObject *num = PyNumber_Index(arg);
    if (num == NULL)
        return -1;
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(num, &overflow);
    if (v == -1 && PyErr_Occurred()) {
        Py_DECREF(num);
        return -1;
    }
    if (!overflow) {
        Py_DECREF(num);
        *out = (unsigned long long)v;
        return 0;
    }
    /* Too wide for long long: keep the low 64 bits, as the two's-complement cast would. */
    PyObject *mask = PyLong_FromUnsignedLongLong(ULLONG_MAX);
    PyObject *low = mask ? PyNumber_And(num, mask) : NULL;
    Py_DECREF(num);
    Py_XDECREF(mask);
    if (low == NULL)
        return -1;
    *out = PyLong_AsUnsignedLongLong(low);
    Py_DECREF(low);
    return (*out == (unsigned long long)-1 && PyErr_Occurred()) ? -1 : 0;
}

/* A signed integer within [lo, hi]; the messages name the C type as CPython's do. */
static int as_bounded(PyObject *arg, long lo, long hi, const char *what, long *out)
{
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < lo) {
        PyErr_Format(PyExc_OverflowError, "%s is less than minimum", what);
        return -1;
    }
    if (v > hi) {
        PyErr_Format(PyExc_OverflowError, "%s is greater than maximum", what);
        return -1;
    }
    *out = v;
    return 0;
}

static int is_bytearray(PyObject *o)
{
    return PyByteArray_Check(o);
}

/* The read-only bytes of a bytes-like object, for 'y', 's#', 'y#', 'z#'. Only bytes has a
 * stable buffer without the buffer protocol, which the runtime lacks; CPython rejects
 * bytearray here too (it can be resized), with the message below. */
static const char *readonly_bytes(PyObject *arg, const char **data, Py_ssize_t *len, char *msg)
{
    if (PyBytes_Check(arg)) {
        char *p;
        if (PyBytes_AsStringAndSize(arg, &p, len) < 0)
            return raised;
        *data = p;
        return NULL;
    }
    if (is_bytearray(arg))
        return wrong_type("read-only bytes-like object", arg, msg);
    char tn[100];
    shim_arg_type_name(arg, tn, sizeof tn);
    PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'", tn);
    return raised;
}

/* Fills a Py_buffer for 's*', 'z*', 'y*' over memory the object keeps alive (as
 * PyBuffer_FillInfo would: read-only, one-dimensional, no shape). */
static void fill_view(Py_buffer *view, PyObject *obj, const char *data, Py_ssize_t len)
{
    memset(view, 0, sizeof *view);
    view->buf = (void *)data;
    view->obj = obj ? Py_NewRef(obj) : NULL;
    view->len = len;
    view->itemsize = 1;
    view->readonly = 1;
    view->ndim = 1;
}

/* 'es', 'et', 'es#', 'et#': the argument encoded into a caller-visible char buffer. */
static const char *convert_encoded(PyObject *arg, const char **fmt, parse_ctx *cx)
{
    const char *f = *fmt;   /* just after the 'e' */
    const char *encoding = va_arg(*cx->va, const char *);
    char kind = *f;
    if (kind != 's' && kind != 't')
        return "(unknown parser marker combination)";
    f++;
    char **buffer = va_arg(*cx->va, char **);
    Py_ssize_t *plen = NULL;
    if (*f == '#') {
        plen = va_arg(*cx->va, Py_ssize_t *);
        f++;
    }
    *fmt = f;

    PyObject *bytes;
    if (kind == 't' && PyBytes_Check(arg)) {
        bytes = Py_NewRef(arg);   /* 'et' takes already-encoded bytes as they are */
    } else if (kind == 't' && is_bytearray(arg)) {
        bytes = PyBytes_FromObject(arg);   /* a copy of the bytearray's contents */
        if (bytes == NULL)
            return raised;
    } else if (PyUnicode_Check(arg)) {
        PyObject *enc = PyUnicode_FromString(encoding ? encoding : "utf-8");
        if (enc == NULL)
            return raised;
        PyObject *method = PyObject_GetAttrString(arg, "encode");
        bytes = method ? PyObject_CallOneArg(method, enc) : NULL;
        Py_XDECREF(method);
        Py_DECREF(enc);
        if (bytes == NULL)
            return raised;
        if (!PyBytes_Check(bytes)) {
            Py_DECREF(bytes);
            return "(encoder failed to return bytes)";
        }
    } else {
        return wrong_type(kind == 's' ? "str" : "str, bytes or bytearray", arg, cx->msg);
    }

    char *data;
    Py_ssize_t size;
    if (PyBytes_AsStringAndSize(bytes, &data, &size) < 0) {
        Py_DECREF(bytes);
        return raised;
    }
    if (plen != NULL && *buffer != NULL) {
        /* The caller's own buffer of *plen bytes, which must hold the text and a NUL. */
        if (size + 1 > *plen) {
            PyErr_Format(PyExc_ValueError, "encoded string too long (%zd, maximum length %zd)",
                         size, *plen - 1);
            Py_DECREF(bytes);
            return raised;
        }
        memcpy(*buffer, data, (size_t)size + 1);
        *plen = size;
        Py_DECREF(bytes);
        return NULL;
    }
    if (plen == NULL && strlen(data) != (size_t)size) {
        PyErr_SetString(PyExc_ValueError, "encoded string without null bytes");
        Py_DECREF(bytes);
        return raised;
    }
    /* Freed by the caller with PyMem_Free, which must therefore be free()-compatible. */
    char *copy = malloc((size_t)size + 1);
    if (copy == NULL) {
        Py_DECREF(bytes);
        PyErr_NoMemory();
        return raised;
    }
    memcpy(copy, data, (size_t)size + 1);
    Py_DECREF(bytes);
    *buffer = copy;
    if (plen != NULL)
        *plen = size;
    if (cleanup_add(cx->cleanup, buffer, NULL) < 0) {
        free(copy);
        *buffer = NULL;
        return raised;
    }
    return NULL;
}

static const char *convert_item(PyObject *arg, const char **fmt, parse_ctx *cx, int *levels);

/* '(...)': a sequence whose items are converted by the units up to the matching ')'. */
static const char *convert_group(PyObject *arg, const char **fmt, parse_ctx *cx, int *levels)
{
    /* Count the group's units to check the length first. */
    int n = 0, depth = 0;
    const char *f = *fmt;
    for (; *f; f++) {
        char c = *f;
        if (c == '(') {
            if (depth == 0)
                n++;
            depth++;
        } else if (c == ')') {
            if (depth == 0)
                break;
            depth--;
        } else if (depth == 0 && c != '#' && c != '&' && c != '!' && c != '*' &&
                   c != ':' && c != ';' && c != '|' && c != '$' &&
                   !(c == 's' && f > *fmt && f[-1] == 'e') &&
                   !(c == 't' && f > *fmt && f[-1] == 'e')) {
            n++;
        }
    }
    if (*f != ')')
        return "(missing ')' in getargs format)";

    if (!PySequence_Check(arg) || PyBytes_Check(arg)) {   /* a str is a sequence here */
        char tn[100];
        shim_arg_type_name(arg, tn, sizeof tn);
        levels[0] = 0;
        snprintf(cx->msg, MSG_SIZE,
                 "must be %d-item sequence, not %.50s", n, tn);
        return cx->msg;
    }
    Py_ssize_t len = PySequence_Size(arg);
    if (len < 0)
        return raised;
    if (len != n) {
        levels[0] = 0;
        snprintf(cx->msg, MSG_SIZE,
                 "must be sequence of length %d, not %zd", n, len);
        return cx->msg;
    }
    for (int i = 0; i < n; i++) {
        PyObject *item = PySequence_GetItem(arg, i);
        if (item == NULL) {
            PyErr_Clear();
            levels[0] = i + 1;
            levels[1] = 0;
            return "is not retrievable";
        }
        const char *m = convert_item(item, fmt, cx, levels + 1);
        /* Items of a tuple (the usual case) stay alive with it, so pointers into them that the
           conversion stored remain valid, as in CPython. */
        Py_DECREF(item);
        if (m != NULL) {
            levels[0] = i + 1;
            return m;
        }
    }
    if (**fmt == ')')
        (*fmt)++;
    return NULL;
}

/* Converts arg by the unit at *fmt, advancing *fmt past it. NULL on success. */
static const char *convert_item(PyObject *arg, const char **fmt, parse_ctx *cx, int *levels)
{
    va_list *va = cx->va;
    const char *f = *fmt;
    char c = *f++;
    const char *m = NULL;
    long lv;
    unsigned long long uv;
    levels[0] = 0;

    if (c == '(') {
        *fmt = f;
        return convert_group(arg, fmt, cx, levels);
    }
    *fmt = f;
    switch (c) {
    case 'b': {
        unsigned char *p = va_arg(*va, unsigned char *);
        if (as_bounded(arg, 0, UCHAR_MAX, "unsigned byte integer", &lv) < 0)
            return raised;
        *p = (unsigned char)lv;
        return NULL;
    }
    case 'B': {
        unsigned char *p = va_arg(*va, unsigned char *);
        if (as_unsigned_mask(arg, &uv) < 0)
            return raised;
        *p = (unsigned char)uv;
        return NULL;
    }
    case 'h': {
        short *p = va_arg(*va, short *);
        if (as_bounded(arg, SHRT_MIN, SHRT_MAX, "signed short integer", &lv) < 0)
            return raised;
        *p = (short)lv;
        return NULL;
    }
    case 'H': {
        unsigned short *p = va_arg(*va, unsigned short *);
        if (as_unsigned_mask(arg, &uv) < 0)
            return raised;
        *p = (unsigned short)uv;
        return NULL;
    }
    case 'i': {
        int *p = va_arg(*va, int *);
        if (as_bounded(arg, INT_MIN, INT_MAX, "signed integer", &lv) < 0)
            return raised;
        *p = (int)lv;
        return NULL;
    }
    case 'I': {
        unsigned int *p = va_arg(*va, unsigned int *);
        if (as_unsigned_mask(arg, &uv) < 0)
            return raised;
        *p = (unsigned int)uv;
        return NULL;
    }
    case 'l': {
        long *p = va_arg(*va, long *);
        long v = PyLong_AsLong(arg);
        if (v == -1 && PyErr_Occurred())
            return raised;
        *p = v;
        return NULL;
    }
    case 'k': case 'K': {
        /* Unlike 'B'/'H'/'I', these take int objects only (no __index__), as in CPython. */
        void *p = va_arg(*va, void *);
        if (!PyLong_Check(arg))
            return wrong_type("int", arg, cx->msg);
        if (as_unsigned_mask(arg, &uv) < 0)
            return raised;
        if (c == 'k')
            *(unsigned long *)p = (unsigned long)uv;
        else
            *(unsigned long long *)p = uv;
        return NULL;
    }
    case 'L': {
        long long *p = va_arg(*va, long long *);
        long long v = PyLong_AsLongLong(arg);
        if (v == -1 && PyErr_Occurred())
            return raised;
        *p = v;
        return NULL;
    }
    case 'n': {
        Py_ssize_t *p = va_arg(*va, Py_ssize_t *);
        PyObject *num = PyNumber_Index(arg);
        if (num == NULL)
            return raised;
        Py_ssize_t v = PyLong_AsSsize_t(num);
        Py_DECREF(num);
        if (v == -1 && PyErr_Occurred())
            return raised;
        *p = v;
        return NULL;
    }
    case 'c': {
        char *p = va_arg(*va, char *);
        if (PyBytes_Check(arg) && PyBytes_Size(arg) == 1) {
            *p = PyBytes_AsString(arg)[0];
            return NULL;
        }
        if (is_bytearray(arg) && PySequence_Size(arg) == 1) {
            PyObject *item = PySequence_GetItem(arg, 0);
            long v = item ? PyLong_AsLong(item) : -1;
            Py_XDECREF(item);
            if (v == -1 && PyErr_Occurred())
                return raised;
            *p = (char)v;
            return NULL;
        }
        return wrong_type("a byte string of length 1", arg, cx->msg);
    }
    case 'C': {
        int *p = va_arg(*va, int *);
        if (PyUnicode_Check(arg) && PyUnicode_GetLength(arg) == 1) {
            Py_ssize_t n;
            const char *s = PyUnicode_AsUTF8AndSize(arg, &n);
            if (s == NULL) {
                /* A lone surrogate has no UTF-8 form: ask ord() for it. */
                PyErr_Clear();
                PyObject *b = PyEval_GetBuiltins();
                PyObject *ord = b ? PyDict_GetItemString(b, "ord") : NULL;
                PyObject *r = ord ? PyObject_CallOneArg(ord, arg) : NULL;
                if (r == NULL)
                    return raised;
                *p = (int)PyLong_AsLong(r);
                Py_DECREF(r);
                return NULL;
            }
            const unsigned char *u = (const unsigned char *)s;
            int cp;
            if (u[0] < 0x80) cp = u[0];
            else if (u[0] < 0xE0) cp = ((u[0] & 0x1F) << 6) | (u[1] & 0x3F);
            else if (u[0] < 0xF0) cp = ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
            else cp = ((u[0] & 0x07) << 18) | ((u[1] & 0x3F) << 12) | ((u[2] & 0x3F) << 6) | (u[3] & 0x3F);
            *p = cp;
            return NULL;
        }
        return wrong_type("a unicode character", arg, cx->msg);
    }
    case 'p': {
        int *p = va_arg(*va, int *);
        int v = PyObject_IsTrue(arg);
        if (v < 0)
            return raised;
        *p = v;
        return NULL;
    }
    case 'f': case 'd': {
        void *p = va_arg(*va, void *);
        double v = PyFloat_AsDouble(arg);
        if (v == -1.0 && PyErr_Occurred())
            return raised;
        if (c == 'f')
            *(float *)p = (float)v;
        else
            *(double *)p = v;
        return NULL;
    }
    case 'D': {
        Py_complex *p = va_arg(*va, Py_complex *);
        double re = PyComplex_RealAsDouble(arg);
        if (re == -1.0 && PyErr_Occurred())
            return raised;
        double im = PyComplex_ImagAsDouble(arg);
        if (im == -1.0 && PyErr_Occurred())
            return raised;
        p->real = re;
        p->imag = im;
        return NULL;
    }
    case 's': case 'z': case 'y': {
        int none_ok = (c == 'z');
        if (*f == '*') {
            *fmt = f + 1;
            Py_buffer *view = va_arg(*va, Py_buffer *);
            if (none_ok && arg == Py_None) {
                fill_view(view, NULL, NULL, 0);
                return NULL;
            }
            if (c != 'y' && PyUnicode_Check(arg)) {
                Py_ssize_t n;
                const char *s = PyUnicode_AsUTF8AndSize(arg, &n);
                if (s == NULL)
                    return raised;
                fill_view(view, arg, s, n);
                return NULL;
            }
            if (PyBytes_Check(arg)) {
                char *s;
                Py_ssize_t n;
                if (PyBytes_AsStringAndSize(arg, &s, &n) < 0)
                    return raised;
                fill_view(view, arg, s, n);
                return NULL;
            }
            if (PyObject_CheckBuffer(arg)) {
                if (PyObject_GetBuffer(arg, view, PyBUF_SIMPLE) < 0)
                    return raised;
                return NULL;
            }
            char tn[100];
            shim_arg_type_name(arg, tn, sizeof tn);
            PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'", tn);
            return raised;
        }
        if (*f == '#') {
            *fmt = f + 1;
            const char **p = va_arg(*va, const char **);
            Py_ssize_t *plen = va_arg(*va, Py_ssize_t *);
            if (none_ok && arg == Py_None) {
                *p = NULL;
                *plen = 0;
                return NULL;
            }
            if (c != 'y' && PyUnicode_Check(arg)) {
                const char *s = PyUnicode_AsUTF8AndSize(arg, plen);
                if (s == NULL)
                    return raised;
                *p = s;
                return NULL;
            }
            return readonly_bytes(arg, p, plen, cx->msg);
        }
        const char **p = va_arg(*va, const char **);
        if (none_ok && arg == Py_None) {
            *p = NULL;
            return NULL;
        }
        if (c == 'y') {
            Py_ssize_t n;
            const char *s;
            m = readonly_bytes(arg, &s, &n, cx->msg);
            if (m != NULL)
                return m;
            if (strlen(s) != (size_t)n) {
                PyErr_SetString(PyExc_ValueError, "embedded null byte");
                return raised;
            }
            *p = s;
            return NULL;
        }
        if (!PyUnicode_Check(arg))
            return wrong_type(c == 'z' ? "str or None" : "str", arg, cx->msg);
        Py_ssize_t n;
        const char *s = PyUnicode_AsUTF8AndSize(arg, &n);
        if (s == NULL)
            return raised;
        if (strlen(s) != (size_t)n) {
            PyErr_SetString(PyExc_ValueError, "embedded null character");
            return raised;
        }
        *p = s;
        return NULL;
    }
    case 'e':
        return convert_encoded(arg, fmt, cx);
    case 'S': case 'U': {
        PyObject **p = va_arg(*va, PyObject **);
        if (c == 'S' ? !PyBytes_Check(arg) : !PyUnicode_Check(arg))
            return wrong_type(c == 'S' ? "bytes" : "str", arg, cx->msg);
        *p = arg;
        return NULL;
    }
    case 'O':
        if (*f == '!') {
            *fmt = f + 1;
            PyTypeObject *type = va_arg(*va, PyTypeObject *);
            PyObject **p = va_arg(*va, PyObject **);
            if (!PyObject_TypeCheck(arg, type)) {
                char tn[100];
                shim_type_name((PyObject *)type, tn, sizeof tn);
                /* The expected type's own name, not the name of its type. */
                PyObject *nm = PyObject_GetAttrString((PyObject *)type, "__name__");
                const char *s = nm ? PyUnicode_AsUTF8(nm) : NULL;
                if (s != NULL)
                    snprintf(tn, sizeof tn, "%s", s);
                PyErr_Clear();
                Py_XDECREF(nm);
                char an[100];
                shim_arg_type_name(arg, an, sizeof an);
                snprintf(cx->msg, MSG_SIZE, "must be %.50s, not %.50s", tn, an);
                return cx->msg;
            }
            *p = arg;
            return NULL;
        }
        if (*f == '&') {
            *fmt = f + 1;
            int (*converter)(PyObject *, void *) = va_arg(*va, int (*)(PyObject *, void *));
            void *addr = va_arg(*va, void *);
            int r = converter(arg, addr);
            if (r == 0)
                return "(unspecified)";
            if (r == Py_CLEANUP_SUPPORTED && cleanup_add(cx->cleanup, addr, converter) < 0) {
                converter(NULL, addr);
                return raised;
            }
            return NULL;
        }
        *va_arg(*va, PyObject **) = arg;
        return NULL;
    case 'w':
        if (*f == '*') {
            *fmt = f + 1;
            Py_buffer *view = va_arg(*va, Py_buffer *);
            if (PyBytes_Check(arg) || PyUnicode_Check(arg) || arg == Py_None)
                return wrong_type("read-write bytes-like object", arg, cx->msg);
            if (PyObject_CheckBuffer(arg)) {
                if (PyObject_GetBuffer(arg, view, PyBUF_WRITABLE) < 0) {
                    PyErr_Clear();
                    return wrong_type("read-write bytes-like object", arg, cx->msg);
                }
                return NULL;
            }
            char tn[100];
            shim_arg_type_name(arg, tn, sizeof tn);
            PyErr_Format(PyExc_TypeError, "a bytes-like object is required, not '%.100s'", tn);
            return raised;
        }
        return "(invalid use of 'w' format character)";
    default:
        return "(impossible<bad format char>)";
    }
}

/* Consumes the varargs of the unit at *fmt without converting anything (for optional
 * arguments that were not given). NULL on success, else a description of the format bug. */
static const char *skip_item(const char **fmt, va_list *va)
{
    const char *f = *fmt;
    char c = *f++;
    switch (c) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'I': case 'l': case 'k': case 'L':
    case 'K': case 'n': case 'c': case 'C': case 'p': case 'f': case 'd': case 'D': case 'S':
    case 'U':
        (void)va_arg(*va, void *);
        break;
    case 's': case 'z': case 'y': case 'w':
        (void)va_arg(*va, void *);
        if (*f == '#') {
            (void)va_arg(*va, Py_ssize_t *);
            f++;
        } else if (*f == '*') {
            f++;
        }
        break;
    case 'e':
        (void)va_arg(*va, const char *);
        if (*f != 's' && *f != 't')
            return "impossible<bad format char>";
        f++;
        (void)va_arg(*va, char **);
        if (*f == '#') {
            (void)va_arg(*va, Py_ssize_t *);
            f++;
        }
        break;
    case 'O':
        if (*f == '!') {
            (void)va_arg(*va, PyTypeObject *);
            f++;
        } else if (*f == '&') {
            (void)va_arg(*va, int (*)(PyObject *, void *));
            f++;
        }
        (void)va_arg(*va, void *);
        break;
    case '(':
        while (*f != ')') {
            if (*f == '\0')
                return "(missing ')' in getargs format)";
            const char *m = skip_item(&f, va);
            if (m != NULL)
                return m;
        }
        f++;
        break;
    default:
        return "impossible<bad format char>";
    }
    *fmt = f;
    return NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* Format scanning                                                                          */

typedef struct {
    int min, max;            /* positional counts: required and total units */
    const char *fname;       /* after ':' (up to ';' or the end), or NULL */
    const char *custom;      /* after ';', or NULL */
    char fname_buf[256];
} format_info;

static int scan_format(const char *format, format_info *fi)
{
    int depth = 0, count = 0;
    fi->min = -1;
    fi->fname = NULL;
    fi->custom = NULL;
    const char *f = format;
    for (; *f; f++) {
        char c = *f;
        if (c == ':' || c == ';') {
            if (depth != 0)
                continue;
            if (c == ':') {
                const char *end = strchr(f + 1, ';');
                size_t n = end ? (size_t)(end - f - 1) : strlen(f + 1);
                if (n >= sizeof fi->fname_buf)
                    n = sizeof fi->fname_buf - 1;
                memcpy(fi->fname_buf, f + 1, n);
                fi->fname_buf[n] = '\0';
                fi->fname = fi->fname_buf;
                if (end)
                    fi->custom = end + 1;
            } else {
                fi->custom = f + 1;
            }
            break;
        }
        if (c == '(') {
            if (depth == 0)
                count++;
            depth++;
        } else if (c == ')') {
            if (depth == 0) {
                PyErr_SetString(PyExc_SystemError, "excess ')' in getargs format");
                return -1;
            }
            depth--;
        } else if (depth == 0) {
            if (c == '|') {
                if (fi->min < 0)
                    fi->min = count;
            } else if (c == 'e') {
                count++;
                if (f[1] == 's' || f[1] == 't')
                    f++;
            } else if (c != '#' && c != '&' && c != '!' && c != '*' && c != '$') {
                count++;
            }
        }
    }
    if (depth != 0) {
        PyErr_SetString(PyExc_SystemError, "missing ')' in getargs format");
        return -1;
    }
    fi->max = count;
    if (fi->min < 0)
        fi->min = count;
    return 0;
}

/* ---------------------------------------------------------------------------------------- */
/* PyArg_ParseTuple / PyArg_Parse                                                           */

static int parse_positional(PyObject *args, const char *format, va_list *va, int compat)
{
    if (format == NULL) {
        PyErr_BadInternalCall();
        return 0;
    }
    format_info fi;
    if (scan_format(format, &fi) < 0)
        return 0;
    const char *fname = fi.fname, *custom = fi.custom;
    char msg[MSG_SIZE];
    int levels[MAX_LEVELS];
    cleanup_list cl = {0};
    parse_ctx cx = { va, &cl, msg };
    const char *f = format;

    if (compat) {
        /* PyArg_Parse: the whole object is the single unit's argument. */
        if (fi.max == 0) {
            if (args == NULL)
                return 1;
            PyErr_Format(PyExc_TypeError, "%.200s%s takes no arguments",
                         fname ? fname : "function", fname ? "()" : "");
            return 0;
        }
        if (fi.min != 1 || fi.max != 1) {
            PyErr_SetString(PyExc_SystemError, "old style getargs format uses new features");
            return 0;
        }
        if (args == NULL) {
            PyErr_Format(PyExc_TypeError, "%.200s%s takes at least one argument",
                         fname ? fname : "function", fname ? "()" : "");
            return 0;
        }
        const char *m = convert_item(args, &f, &cx, levels);
        if (m != NULL) {
            report_error(levels[0], m, levels + 1, fname, custom);
            return finish(&cl, 0);
        }
        return finish(&cl, 1);
    }

    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "new style getargs format but argument is not a tuple");
        return 0;
    }
    Py_ssize_t nargs = PyTuple_Size(args);
    if (nargs < fi.min || nargs > fi.max) {
        if (custom != NULL) {
            PyErr_SetString(PyExc_TypeError, custom);
        } else {
            int bound = nargs < fi.min ? fi.min : fi.max;
            PyErr_Format(PyExc_TypeError, "%.150s%s takes %s %d argument%s (%zd given)",
                         fname ? fname : "function", fname ? "()" : "",
                         fi.min == fi.max ? "exactly" : nargs < fi.min ? "at least" : "at most",
                         bound, bound == 1 ? "" : "s", nargs);
        }
        return 0;
    }
    for (Py_ssize_t i = 0; i < nargs; i++) {
        if (*f == '|')
            f++;
        const char *m = convert_item(PyTuple_GetItem(args, i), &f, &cx, levels);
        if (m != NULL) {
            report_error((int)i + 1, m, levels, fname, custom);
            return finish(&cl, 0);
        }
    }
    /* Units of optional arguments that were not given are left alone, as in CPython. */
    return finish(&cl, 1);
}

int PyArg_VaParse(PyObject *args, const char *format, va_list va)
{
    va_list ap;
    va_copy(ap, va);
    int r = parse_positional(args, format, &ap, 0);
    va_end(ap);
    return r;
}

int _PyArg_VaParse_SizeT(PyObject *args, const char *format, va_list va)
{
    return PyArg_VaParse(args, format, va);
}

int PyArg_ParseTuple(PyObject *args, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = parse_positional(args, format, &va, 0);
    va_end(va);
    return r;
}

int _PyArg_ParseTuple_SizeT(PyObject *args, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = parse_positional(args, format, &va, 0);
    va_end(va);
    return r;
}

int PyArg_Parse(PyObject *args, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = parse_positional(args, format, &va, 1);
    va_end(va);
    return r;
}

int _PyArg_Parse_SizeT(PyObject *args, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int r = parse_positional(args, format, &va, 1);
    va_end(va);
    return r;
}

/* ---------------------------------------------------------------------------------------- */
/* PyArg_ParseTupleAndKeywords                                                              */

/* The value of keyword `name` in kwargs (borrowed), NULL if absent or on error. */
static PyObject *kw_lookup(PyObject *kwargs, const char *name)
{
    return PyDict_GetItemString(kwargs, name);
}

static int parse_keywords(PyObject *args, PyObject *kwargs, const char *format,
                          char * const *kwlist, va_list *va)
{
    if (args == NULL || !PyTuple_Check(args) || (kwargs != NULL && !PyDict_Check(kwargs)) ||
        format == NULL || kwlist == NULL) {
        PyErr_BadInternalCall();
        return 0;
    }
    format_info fi;
    if (scan_format(format, &fi) < 0)
        return 0;
    const char *fname = fi.fname, *custom = fi.custom;
    const char *who = fname ? fname : "function";
    const char *paren = fname ? "()" : "";

    /* Leading empty names are positional-only parameters. */
    int len = 0, pos = 0;
    while (kwlist[len] != NULL)
        len++;
    while (pos < len && kwlist[pos][0] == '\0')
        pos++;
    for (int i = pos; i < len; i++) {
        if (kwlist[i][0] == '\0') {
            PyErr_SetString(PyExc_SystemError, "Empty keyword parameter name");
            return 0;
        }
    }

    Py_ssize_t nargs = PyTuple_Size(args);
    Py_ssize_t nkwargs = kwargs ? PyDict_Size(kwargs) : 0;
    if (nargs + nkwargs > len) {
        PyErr_Format(PyExc_TypeError, "%.200s%s takes at most %d %sargument%s (%zd given)",
                     who, paren, len, nargs == 0 ? "keyword " : "", len == 1 ? "" : "s",
                     nargs + nkwargs);
        return 0;
    }

    char msg[MSG_SIZE];
    int levels[MAX_LEVELS];
    cleanup_list cl = {0};
    parse_ctx cx = { va, &cl, msg };
    const char *f = format;
    int min = INT_MAX, max = INT_MAX;
    int missing_positional = 0;   /* a required positional-only argument was not given */
    int i;

    for (i = 0; i < len; i++) {
        if (*f == '|') {
            if (min != INT_MAX) {
                PyErr_SetString(PyExc_SystemError, "Invalid format string (| specified twice)");
                return finish(&cl, 0);
            }
            if (max != INT_MAX) {
                PyErr_SetString(PyExc_SystemError, "Invalid format string ($ before |)");
                return finish(&cl, 0);
            }
            min = i;
            f++;
        }
        if (*f == '$') {
            if (max != INT_MAX) {
                PyErr_SetString(PyExc_SystemError, "Invalid format string ($ specified twice)");
                return finish(&cl, 0);
            }
            max = i;
            f++;
            if (max < pos) {
                PyErr_SetString(PyExc_SystemError, "Empty parameter name after $");
                return finish(&cl, 0);
            }
            if (missing_positional)
                break;   /* now the positional bounds are known: report below */
            if (max < nargs) {
                if (max == 0)
                    PyErr_Format(PyExc_TypeError, "%.200s%s takes no positional arguments",
                                 who, paren);
                else
                    PyErr_Format(PyExc_TypeError,
                                 "%.200s%s takes %s %d positional argument%s (%zd given)",
                                 who, paren, min != INT_MAX ? "at most" : "exactly", max,
                                 max == 1 ? "" : "s", nargs);
                return finish(&cl, 0);
            }
        }
        if (*f == '\0' || *f == ':' || *f == ';') {
            PyErr_Format(PyExc_SystemError,
                         "More keyword list entries (%d) than format specifiers (%d)", len, i);
            return finish(&cl, 0);
        }
        if (!missing_positional) {
            PyObject *value = NULL;
            if (i < nargs) {
                value = PyTuple_GetItem(args, i);
            } else if (nkwargs > 0 && i >= pos) {
                value = kw_lookup(kwargs, kwlist[i]);
                if (value != NULL)
                    nkwargs--;
            }
            if (value != NULL) {
                const char *m = convert_item(value, &f, &cx, levels);
                if (m != NULL) {
                    report_error(i + 1, m, levels, fname, custom);
                    return finish(&cl, 0);
                }
                continue;
            }
            if (i < min) {
                if (i < pos) {
                    /* Keep going to learn where '|' and '$' are: the message needs them. */
                    missing_positional = 1;
                } else {
                    PyErr_Format(PyExc_TypeError,
                                 "%.200s%s missing required argument '%s' (pos %d)",
                                 who, paren, kwlist[i], i + 1);
                    return finish(&cl, 0);
                }
            }
            /* All required arguments are there and no keyword is left: done, as CPython
               (which does not validate the rest of the format in that case either). */
            if (nkwargs == 0 && !missing_positional)
                return finish(&cl, 1);
        }
        const char *m = skip_item(&f, va);
        if (m != NULL) {
            PyErr_Format(PyExc_SystemError, "%s: '%s'", m, f);
            return finish(&cl, 0);
        }
    }

    if (missing_positional) {
        int need = pos < min ? pos : min;
        PyErr_Format(PyExc_TypeError, "%.200s%s takes %s %d positional argument%s (%zd given)",
                     who, paren, need < i ? "at least" : "exactly", need, need == 1 ? "" : "s",
                     nargs);
        return finish(&cl, 0);
    }
    if (*f != '\0' && *f != ':' && *f != ';' && *f != '|' && *f != '$') {
        PyErr_Format(PyExc_SystemError,
                     "more argument specifiers than keyword list entries (remaining format:'%s')",
                     f);
        return finish(&cl, 0);
    }
    if (nkwargs > 0) {
        /* Some keyword was not consumed: name the problem. */
        for (int j = pos; j < nargs; j++) {
            if (kw_lookup(kwargs, kwlist[j]) != NULL) {
                PyErr_Format(PyExc_TypeError,
                             "argument for %.200s%s given by name ('%s') and position (%d)",
                             who, paren, kwlist[j], j + 1);
                return finish(&cl, 0);
            }
        }
        Py_ssize_t it = 0;
        PyObject *key;
        while (PyDict_Next(kwargs, &it, &key, NULL)) {
            if (!PyUnicode_Check(key)) {
                PyErr_SetString(PyExc_TypeError, "keywords must be strings");
                return finish(&cl, 0);
            }
            int known = 0;
            for (int j = pos; j < len && !known; j++)
                known = PyUnicode_CompareWithASCIIString(key, kwlist[j]) == 0;
            if (!known) {
                PyErr_Format(PyExc_TypeError, "'%U' is an invalid keyword argument for %.200s%s",
                             key, fname ? fname : "this function", paren);
                return finish(&cl, 0);
            }
        }
        PyErr_Format(PyExc_TypeError, "invalid keyword argument for %.200s%s",
                     fname ? fname : "this function", paren);
        return finish(&cl, 0);
    }
    return finish(&cl, 1);
}

int PyArg_VaParseTupleAndKeywords(PyObject *args, PyObject *kwargs, const char *format,
                                  char * const *kwlist, va_list va)
{
    va_list ap;
    va_copy(ap, va);
    int r = parse_keywords(args, kwargs, format, kwlist, &ap);
    va_end(ap);
    return r;
}

int _PyArg_VaParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kwargs, const char *format,
                                         char * const *kwlist, va_list va)
{
    return PyArg_VaParseTupleAndKeywords(args, kwargs, format, kwlist, va);
}

int PyArg_ParseTupleAndKeywords(PyObject *args, PyObject *kwargs, const char *format,
                                char * const *kwlist, ...)
{
    va_list va;
    va_start(va, kwlist);
    int r = parse_keywords(args, kwargs, format, kwlist, &va);
    va_end(va);
    return r;
}

int _PyArg_ParseTupleAndKeywords_SizeT(PyObject *args, PyObject *kwargs, const char *format,
                                       char * const *kwlist, ...)
{
    va_list va;
    va_start(va, kwlist);
    int r = parse_keywords(args, kwargs, format, kwlist, &va);
    va_end(va);
    return r;
}

/* ---------------------------------------------------------------------------------------- */
/* PyArg_UnpackTuple                                                                        */

int PyArg_UnpackTuple(PyObject *args, const char *name, Py_ssize_t min, Py_ssize_t max, ...)
{
    if (args == NULL || !PyTuple_Check(args)) {
        PyErr_SetString(PyExc_SystemError, "PyArg_UnpackTuple() argument list is not a tuple");
        return 0;
    }
    Py_ssize_t n = PyTuple_Size(args);
    if (n < min || n > max) {
        int few = n < min;
        Py_ssize_t bound = few ? min : max;
        const char *qual = min == max ? "" : few ? "at least " : "at most ";
        if (name != NULL)
            PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd",
                         name, qual, bound, bound == 1 ? "" : "s", n);
        else
            PyErr_Format(PyExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         qual, bound, bound == 1 ? "" : "s", n);
        return 0;
    }
    va_list va;
    va_start(va, max);
    for (Py_ssize_t i = 0; i < n; i++)
        *va_arg(va, PyObject **) = PyTuple_GetItem(args, i);
    va_end(va);
    return 1;
}
