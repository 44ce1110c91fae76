/* PyBytes_FromFormat(V): printf-style formatting into a new bytes object, with the small set of
 * conversions CPython documents for it: %% %c (a byte, 0..255) %d %u (with l or z) %i %x %s %p.
 * Flags and width are accepted and ignored, precision applies to %s only (CPython 3.12's
 * behaviour); at the first conversion outside the set the rest of the format is copied as is. */
#include "Python.h"
#include <stdarg.h>

typedef struct {
    char *data;
    size_t len, cap;
} bytes_out;

static int put(bytes_out *o, const char *s, size_t n)
{
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 64;
        while (cap < o->len + n + 1)
            cap *= 2;
        char *p = realloc(o->data, cap);
        if (p == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        o->data = p;
        o->cap = cap;
    }
    memcpy(o->data + o->len, s, n);
    o->len += n;
    return 0;
}

/* One conversion starting at the '%' of *pp; 1 when it is not one of the set (the caller then
 * copies the rest), 0 when written, -1 on error. */
static int convert(bytes_out *o, const char **pp, va_list *va)
{
    const char *p = *pp + 1;
    while (*p == '-' || *p == '0' || *p == '+' || *p == ' ' || *p == '#')
        p++;
    while (*p >= '0' && *p <= '9')
        p++;
    long precision = -1;
    if (*p == '.') {
        precision = 0;
        for (p++; *p >= '0' && *p <= '9'; p++)
            precision = precision * 10 + (*p - '0');
    }
    char size = 0;
    if ((*p == 'l' || *p == 'z') && (p[1] == 'd' || p[1] == 'u'))
        size = *p++;
    char buf[64];
    int n;
    switch (*p) {
    case '%':
        n = snprintf(buf, sizeof buf, "%%");
        break;
    case 'c': {
        int c = va_arg(*va, int);
        if (c < 0 || c > 255) {
            PyErr_SetString(PyExc_OverflowError,
                            "PyBytes_FromFormatV(): %c format expects an integer in range [0; 255]");
            return -1;
        }
        buf[0] = (char)c;
        n = 1;
        break;
    }
    case 'd':
        if (size == 'l') n = snprintf(buf, sizeof buf, "%ld", va_arg(*va, long));
        else if (size == 'z') n = snprintf(buf, sizeof buf, "%zd", va_arg(*va, Py_ssize_t));
        else n = snprintf(buf, sizeof buf, "%d", va_arg(*va, int));
        break;
    case 'u':
        if (size == 'l') n = snprintf(buf, sizeof buf, "%lu", va_arg(*va, unsigned long));
        else if (size == 'z') n = snprintf(buf, sizeof buf, "%zu", va_arg(*va, size_t));
        else n = snprintf(buf, sizeof buf, "%u", va_arg(*va, unsigned int));
        break;
    case 'i':
        n = snprintf(buf, sizeof buf, "%i", va_arg(*va, int));
        break;
    case 'x':
        n = snprintf(buf, sizeof buf, "%x", va_arg(*va, int));
        break;
    case 'p':
        n = snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)(uintptr_t)va_arg(*va, void *));
        break;
    case 's': {
        const char *s = va_arg(*va, const char *);
        if (s == NULL) {
            PyErr_SetString(PyExc_SystemError, "PyBytes_FromFormatV(): NULL string for %s");
            return -1;
        }
        size_t len = strlen(s);
        if (precision >= 0 && (size_t)precision < len)
            len = (size_t)precision;
        *pp = p + 1;
        return put(o, s, len);
    }
    default:
        return 1;
    }
    *pp = p + 1;
    return put(o, buf, (size_t)n);
}

PyObject *PyBytes_FromFormatV(const char *format, va_list va)
{
    if (format == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    va_list ap;
    va_copy(ap, va);
    bytes_out o = {0};
    const char *p = format;
    int failed = 0;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%')
            q++;
        if (q > p && put(&o, p, (size_t)(q - p)) < 0) { failed = 1; break; }
        p = q;
        if (*p != '%')
            break;
        int r = convert(&o, &p, &ap);
        if (r < 0) { failed = 1; break; }
        if (r > 0) {
            failed = put(&o, p, strlen(p)) < 0;
            break;
        }
    }
    va_end(ap);
    PyObject *result = failed ? NULL : PyBytes_FromStringAndSize(o.data ? o.data : "", (Py_ssize_t)o.len);
    free(o.data);
    return result;
}

PyObject *PyBytes_FromFormat(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyBytes_FromFormatV(format, va);
    va_end(va);
    return r;
}
