/* PyUnicode_FromFormat(V) and PyErr_Format(V): printf-like construction of str objects.
 *
 * The result is assembled as UTF-8 in a growable buffer and turned into a str once at the end.
 * Widths and precisions count characters (code points) for object conversions and for %c, and
 * bytes for a %s/%V C string, as CPython 3.12 documents. An unknown conversion is a
 * SystemError ("invalid format string: ..."), as in 3.12.
 */
#include "Python.h"
#include "shim_util.h"

#include <limits.h>
#include <wchar.h>

typedef struct {
    char *data;
    size_t len;
    size_t cap;
} outbuf;

static int out_reserve(outbuf *o, size_t extra)
{
    if (o->len + extra + 1 <= o->cap)
        return 0;
    size_t cap = o->cap ? o->cap : 64;
    while (cap < o->len + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            PyErr_NoMemory();
            return -1;
        }
        cap *= 2;
    }
    char *p = realloc(o->data, cap);
    if (p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    o->data = p;
    o->cap = cap;
    return 0;
}

static int out_write(outbuf *o, const char *s, size_t n)
{
    if (out_reserve(o, n) < 0)
        return -1;
    memcpy(o->data + o->len, s, n);
    o->len += n;
    return 0;
}

static int out_fill(outbuf *o, char c, size_t n)
{
    if (out_reserve(o, n) < 0)
        return -1;
    memset(o->data + o->len, c, n);
    o->len += n;
    return 0;
}

/* Number of code points in valid UTF-8 text (continuation bytes are not counted). */
static size_t utf8_chars(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

/* Byte length of the first `chars` code points of valid UTF-8 text. */
static size_t utf8_prefix(const char *s, size_t n, size_t chars)
{
    size_t i = 0;
    while (i < n) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (chars == 0)
                break;
            chars--;
        }
        i++;
    }
    return i;
}

/* Writes UTF-8 text with CPython's string padding: precision (in characters, -1 for none)
 * truncates, width pads with spaces on the left (on the right with the '-' flag). */
static int out_text(outbuf *o, const char *s, size_t n, long width, long precision, int left)
{
    size_t chars = utf8_chars(s, n);
    if (precision >= 0 && chars > (size_t)precision) {
        n = utf8_prefix(s, n, (size_t)precision);
        chars = (size_t)precision;
    }
    size_t pad = (width > 0 && (size_t)width > chars) ? (size_t)width - chars : 0;
    if (!left && pad && out_fill(o, ' ', pad) < 0)
        return -1;
    if (out_write(o, s, n) < 0)
        return -1;
    if (left && pad && out_fill(o, ' ', pad) < 0)
        return -1;
    return 0;
}

/* A %s argument: C bytes decoded as UTF-8 with the "replace" error handler (CPython does the
 * same, so a precision that cuts a character in half yields U+FFFD rather than an error). */
static int out_cstr(outbuf *o, const char *s, long width, long precision, int left)
{
    if (s == NULL)   /* CPython would crash; print what the C library prints for it */
        s = "(null)";
    /* With a precision, s need not be NUL-terminated within it (plain C11: no strnlen). */
    size_t n = 0;
    if (precision >= 0) {
        while (n < (size_t)precision && s[n] != '\0')
            n++;
    } else {
        n = strlen(s);
    }
    outbuf tmp = {0};
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t need = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3
                    : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        size_t k = 1;
        int ok = need != 0;
        /* A valid sequence needs `need` continuation-shaped bytes within the limits that
           exclude overlong forms, surrogates and code points past U+10FFFF. */
        for (; ok && k < need; k++) {
            if (i + k >= n) { ok = 0; break; }
            unsigned char d = (unsigned char)s[i + k];
            unsigned char lo = 0x80, hi = 0xBF;
            if (k == 1) {
                if (c == 0xE0) lo = 0xA0;
                else if (c == 0xED) hi = 0x9F;
                else if (c == 0xF0) lo = 0x90;
                else if (c == 0xF4) hi = 0x8F;
            }
            if (d < lo || d > hi) { ok = 0; break; }
        }
        if (ok) {
            if (out_write(&tmp, s + i, need) < 0) goto fail;
            i += need;
        } else {
            /* The maximal invalid prefix becomes one replacement character. */
            if (out_write(&tmp, "\xEF\xBF\xBD", 3) < 0) goto fail;
            i += k > 1 ? k : 1;
        }
    }
    int r = out_text(o, tmp.data ? tmp.data : "", tmp.len, width, -1, left);
    free(tmp.data);
    return r;
fail:
    free(tmp.data);
    return -1;
}

static int out_wstr(outbuf *o, const wchar_t *s, long width, long precision, int left)
{
    if (s == NULL)
        s = L"(null)";
    outbuf tmp = {0};
    for (size_t i = 0; s[i] != 0 && (precision < 0 || i < (size_t)precision); i++) {
        char enc[4];
        unsigned long cp = (unsigned long)s[i];
        if (cp > 0x10FFFF)
            cp = 0xFFFD;
        if (out_write(&tmp, enc, (size_t)shim_utf8_encode(cp, enc)) < 0) {
            free(tmp.data);
            return -1;
        }
    }
    int r = out_text(o, tmp.data ? tmp.data : "", tmp.len, width, -1, left);
    free(tmp.data);
    return r;
}

/* Appends a str object (borrowed); precision in characters. */
static int out_str_object(outbuf *o, PyObject *str, long width, long precision, int left)
{
    if (str == NULL)   /* as CPython's PyObject_Str(NULL) shows a missing object */
        return out_text(o, "<NULL>", 6, width, precision, left);
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(str, &n);
    if (s == NULL)
        return -1;
    return out_text(o, s, (size_t)n, width, precision, left);
}

/* Appends str(obj), repr(obj) or ascii(obj), taking no reference. */
static int out_converted(outbuf *o, PyObject *obj, char conv, long width, long precision, int left)
{
    if (obj == NULL)
        return out_str_object(o, NULL, width, precision, left);
    PyObject *r;
    if (conv == 'S')
        r = PyObject_Str(obj);
    else if (conv == 'R')
        r = PyObject_Repr(obj);
    else {
        PyObject *builtins = PyEval_GetBuiltins();
        PyObject *ascii = builtins ? PyDict_GetItemString(builtins, "ascii") : NULL;
        if (ascii == NULL) {
            PyErr_SetString(PyExc_SystemError, "%A needs the builtin ascii()");
            return -1;
        }
        r = PyObject_CallOneArg(ascii, obj);
    }
    if (r == NULL)
        return -1;
    int rc = out_str_object(o, r, width, precision, left);
    Py_DECREF(r);
    return rc;
}

static const char *parse_int(const char *p, long *value)
{
    long v = 0;
    while (*p >= '0' && *p <= '9') {
        if (v < (LONG_MAX - 9) / 10)
            v = v * 10 + (*p - '0');
        p++;
    }
    *value = v;
    return p;
}

static void invalid_format(const char *start)
{
    PyErr_Format(PyExc_SystemError, "invalid format string: %s", start);
}

/* Formats an integer conversion through the C library's printf, which implements width,
 * precision and the '0'/'-' flags exactly as the conversion's documentation describes. */
static int out_integer(outbuf *o, char conv, int size, int zero, int left, long width,
                       long precision, va_list *va)
{
    char spec[32], num[256];
    char *sp = spec;
    *sp++ = '%';
    if (left) *sp++ = '-';
    if (zero) *sp++ = '0';
    *sp++ = '*';
    *sp++ = '.';
    *sp++ = '*';
    const char *mod = size == 1 ? "l" : size == 2 ? "ll" : size == 3 ? "z" : size == 4 ? "j"
                    : size == 5 ? "t" : "";
    strcpy(sp, mod);
    sp += strlen(mod);
    *sp++ = (conv == 'i') ? 'd' : conv;
    *sp = '\0';
    int w = width > 200 ? 200 : (int)width;   /* the rest is padded below */
    int pr = precision > 200 ? 200 : (int)precision;
    int is_signed = (conv == 'd' || conv == 'i');
    int n;
    switch (size) {
    case 1:
        n = is_signed ? snprintf(num, sizeof num, spec, w, pr, va_arg(*va, long))
                      : snprintf(num, sizeof num, spec, w, pr, va_arg(*va, unsigned long));
        break;
    case 2:
        n = is_signed ? snprintf(num, sizeof num, spec, w, pr, va_arg(*va, long long))
                      : snprintf(num, sizeof num, spec, w, pr, va_arg(*va, unsigned long long));
        break;
    case 3:
        n = is_signed ? snprintf(num, sizeof num, spec, w, pr, va_arg(*va, Py_ssize_t))
                      : snprintf(num, sizeof num, spec, w, pr, va_arg(*va, size_t));
        break;
    case 4:
        n = is_signed ? snprintf(num, sizeof num, spec, w, pr, va_arg(*va, intmax_t))
                      : snprintf(num, sizeof num, spec, w, pr, va_arg(*va, uintmax_t));
        break;
    case 5:
        n = snprintf(num, sizeof num, spec, w, pr, va_arg(*va, ptrdiff_t));
        break;
    default:
        n = is_signed ? snprintf(num, sizeof num, spec, w, pr, va_arg(*va, int))
                      : snprintf(num, sizeof num, spec, w, pr, va_arg(*va, unsigned int));
        break;
    }
    if (n < 0)
        n = 0;
    /* Widths beyond the local buffer: pad the same way printf would have. */
    if (width > n) {
        size_t pad = (size_t)(width - n);
        if (left)
            return out_write(o, num, (size_t)n) < 0 ? -1 : out_fill(o, ' ', pad);
        if (zero && precision < 0) {
            size_t sign = (num[0] == '-' || num[0] == '+') ? 1 : 0;
            if (out_write(o, num, sign) < 0 || out_fill(o, '0', pad) < 0)
                return -1;
            return out_write(o, num + sign, (size_t)n - sign);
        }
        if (out_fill(o, ' ', pad) < 0)
            return -1;
    }
    return out_write(o, num, (size_t)n);
}

static int format_one(outbuf *o, const char **pp, va_list *va)
{
    const char *start = *pp;           /* at the '%' */
    const char *p = start + 1;
    int zero = 0, left = 0;
    long width = -1, precision = -1;

    for (;; p++) {
        if (*p == '0') zero = 1;
        else if (*p == '-') left = 1;
        else break;
    }
    if (*p == '*') {
        int w = va_arg(*va, int);
        if (w < 0) { left = 1; w = -w; }
        width = w;
        p++;
    } else if (*p >= '0' && *p <= '9') {
        p = parse_int(p, &width);
    }
    if (*p == '.') {
        p++;
        if (*p == '*') {
            int pr = va_arg(*va, int);
            precision = pr < 0 ? -1 : pr;
            p++;
        } else {
            p = parse_int(p, &precision);
        }
    }
    int size = 0;   /* 1 l, 2 ll, 3 z, 4 j, 5 t */
    if (p[0] == 'l' && p[1] == 'l') { size = 2; p += 2; }
    else if (*p == 'l') { size = 1; p++; }
    else if (*p == 'z') { size = 3; p++; }
    else if (*p == 'j') { size = 4; p++; }
    else if (*p == 't') { size = 5; p++; }

    char conv = *p;
    if (conv == '\0') {
        invalid_format(start);
        return -1;
    }
    *pp = p + 1;
    switch (conv) {
    case '%':
        if (p != start + 1) {   /* "%5%" and the like are not conversions CPython accepts */
            invalid_format(start);
            return -1;
        }
        return out_write(o, "%", 1);
    case 'c': {
        if (size || p != start + 1)   /* CPython 3.12 takes no flags, width or precision here */
            break;
        int ch = va_arg(*va, int);
        if (ch < 0 || ch > 0x10FFFF) {
            PyErr_SetString(PyExc_OverflowError, "character argument not in range(0x110000)");
            return -1;
        }
        if (ch >= 0xD800 && ch <= 0xDFFF) {
            PyObject *s = shim_char_to_str((unsigned long)ch);
            if (s == NULL)
                return -1;
            int r = out_str_object(o, s, -1, -1, 0);
            Py_DECREF(s);
            return r;
        }
        char enc[4];
        return out_write(o, enc, (size_t)shim_utf8_encode((unsigned long)ch, enc));
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        if (size == 5 && conv != 'd' && conv != 'i') {
            /* ptrdiff_t has no unsigned printf form; its width equals Py_ssize_t's. */
            size = 3;
        }
        return out_integer(o, conv, size, zero, left, width, precision, va);
    case 'p': {
        if (size || p != start + 1)   /* no flags, width or precision, as in CPython 3.12 */
            break;
        char num[64];
        int n = snprintf(num, sizeof num, "%p", va_arg(*va, void *));
        /* CPython guarantees a leading "0x" whatever the C library's %p prints. */
        if (n > 1 && num[1] == 'X')
            num[1] = 'x';
        else if (!(n > 1 && num[1] == 'x')) {
            memmove(num + 2, num, (size_t)n + 1);
            num[0] = '0';
            num[1] = 'x';
            n += 2;
        }
        return out_text(o, num, (size_t)n, width, -1, left);
    }
    case 's':
        if (size == 1)
            return out_wstr(o, va_arg(*va, const wchar_t *), width, precision, left);
        if (size) break;
        return out_cstr(o, va_arg(*va, const char *), width, precision, left);
    case 'U':
        if (size) break;
        return out_str_object(o, va_arg(*va, PyObject *), width, precision, left);
    case 'V': {
        if (size && size != 1) break;
        PyObject *obj = va_arg(*va, PyObject *);
        if (size == 1) {
            const wchar_t *ws = va_arg(*va, const wchar_t *);
            if (obj)
                return out_str_object(o, obj, width, precision, left);
            return out_wstr(o, ws, width, precision, left);
        }
        const char *s = va_arg(*va, const char *);
        if (obj)
            return out_str_object(o, obj, width, precision, left);
        return out_cstr(o, s, width, precision, left);
    }
    case 'S': case 'R': case 'A':
        if (size) break;
        return out_converted(o, va_arg(*va, PyObject *), conv, width, precision, left);
    default:
        break;
    }
    invalid_format(start);
    return -1;
}

PyObject *PyUnicode_FromFormatV(const char *format, va_list va)
{
    if (format == NULL) {
        PyErr_BadInternalCall();
        return NULL;
    }
    va_list ap;
    va_copy(ap, va);
    outbuf o = {0};
    const char *p = format;
    int failed = 0;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%')
            q++;
        if (q > p && out_write(&o, p, (size_t)(q - p)) < 0) { failed = 1; break; }
        p = q;
        if (*p == '%' && format_one(&o, &p, &ap) < 0) { failed = 1; break; }
    }
    va_end(ap);
    PyObject *result = NULL;
    if (!failed)
        result = PyUnicode_FromStringAndSize(o.data ? o.data : "", (Py_ssize_t)o.len);
    free(o.data);
    return result;
}

PyObject *PyUnicode_FromFormat(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyUnicode_FromFormatV(format, va);
    va_end(va);
    return r;
}

PyObject *PyErr_FormatV(PyObject *exception, const char *format, va_list va)
{
    /* As in CPython, a pending exception is cleared first: formatting may call back into
       Python code (%S, %R), which must not run with an exception set. */
    PyErr_Clear();
    PyObject *msg = PyUnicode_FromFormatV(format, va);
    if (msg != NULL) {
        PyErr_SetObject(exception, msg);
        Py_DECREF(msg);
    }
    return NULL;
}

PyObject *PyErr_Format(PyObject *exception, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyErr_FormatV(exception, format, va);
    va_end(va);
    return NULL;
}
