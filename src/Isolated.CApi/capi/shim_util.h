/* Helpers shared by the C shims. Everything here is static inline: build.sh exports every
 * global symbol of the shims, and these must not become part of the C API. */
#ifndef ISOLATED_SHIM_UTIL_H
#define ISOLATED_SHIM_UTIL_H

#include "Python.h"

/* The name CPython's messages show for an object's type (its tp_name). The runtime has no
 * PyType_GetName yet, so the type's __name__ is read; "?" if even that fails (the lookup error
 * is dropped: it must not replace the error being reported). */
static inline void shim_type_name(PyObject *o, char *buf, size_t size)
{
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *name = PyObject_GetAttrString((PyObject *)Py_TYPE(o), "__name__");
    const char *s = name ? PyUnicode_AsUTF8(name) : NULL;
    snprintf(buf, size, "%s", s ? s : "?");
    Py_XDECREF(name);
    PyErr_Clear();
    PyErr_SetRaisedException(exc);
}

/* Same, but None is shown as "None" (as CPython's argument errors do). */
static inline void shim_arg_type_name(PyObject *o, char *buf, size_t size)
{
    if (o == Py_None)
        snprintf(buf, size, "None");
    else
        shim_type_name(o, buf, size);
}

/* Writes the UTF-8 form of code point cp (< 0x110000) to out; returns the byte count.
 * Surrogates are encoded as their 3-byte form (the caller decides whether that is allowed). */
static inline int shim_utf8_encode(unsigned long cp, char *out)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A one-character str for code point cp. Surrogates have no UTF-8 form the runtime accepts,
 * so they go through the builtin chr(). */
static inline PyObject *shim_char_to_str(unsigned long cp)
{
    if (cp >= 0xD800 && cp <= 0xDFFF) {
        PyObject *builtins = PyEval_GetBuiltins();
        PyObject *chr = builtins ? PyDict_GetItemString(builtins, "chr") : NULL;
        if (chr == NULL) {
            PyErr_SetString(PyExc_SystemError, "chr() is not available for a surrogate character");
            return NULL;
        }
        PyObject *num = PyLong_FromUnsignedLong(cp);
        if (num == NULL)
            return NULL;
        PyObject *r = PyObject_CallOneArg(chr, num);
        Py_DECREF(num);
        return r;
    }
    char buf[4];
    int n = shim_utf8_encode(cp, buf);
    return PyUnicode_FromStringAndSize(buf, n);
}

#endif /* !ISOLATED_SHIM_UTIL_H */
