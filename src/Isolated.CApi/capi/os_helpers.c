/* PyOS_* helpers that are plain C by nature (number parsing, case-insensitive comparison,
 * snprintf, the OS signal disposition), and PyUnicode_GetDefaultEncoding's static string. */
#include "Python.h"
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>

/* CPython's snprintf contract: the result is always NUL-terminated when size > 0, and the
 * return value is what the C library's vsnprintf returns (>= size when truncated). */
int PyOS_vsnprintf(char *str, size_t size, const char *format, va_list va)
{
    if (str == NULL || format == NULL || size == 0 || size > (size_t)INT_MAX)
        return -1;
    int rv = vsnprintf(str, size, format, va);
    str[size - 1] = '\0';
    return rv;
}

int PyOS_snprintf(char *str, size_t size, const char *format, ...)
{
    va_list va;
    va_start(va, format);
    int rv = PyOS_vsnprintf(str, size, format, va);
    va_end(va);
    return rv;
}

static int digit_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Python's integer literal rules without sign or underscores: leading white space, and with
 * base 0 the prefixes 0x/0o/0b, a run of zeros meaning 0 (and "017" stopping after the 0, as
 * Python 3 has no octal without 0o). Nothing parsed: 0 and *ptr = str. Overflow: ULONG_MAX
 * and errno ERANGE, *ptr after the digits. */
unsigned long PyOS_strtoul(const char *str, char **ptr, int base)
{
    const char *p = str;
    if (ptr) *ptr = (char *)str;
    if (str == NULL || base == 1 || base < 0 || base > 36)
        return 0;
    while (*p && isspace((unsigned char)*p))
        p++;
    if (p[0] == '0') {
        int c = tolower((unsigned char)p[1]);
        int prefixed = (c == 'x') ? 16 : (c == 'o') ? 8 : (c == 'b') ? 2 : 0;
        if (prefixed && (base == 0 || base == prefixed)) {
            if (digit_value((unsigned char)p[2]) < prefixed) {
                base = prefixed;
                p += 2;
            } else {
                if (ptr) *ptr = (char *)(p + 1);
                return 0;
            }
        } else if (base == 0) {
            while (*p == '0')
                p++;
            if (ptr) *ptr = (char *)p;
            return 0;
        }
    }
    if (base == 0)
        base = 10;
    unsigned long result = 0;
    int overflow = 0;
    const char *digits = p;
    for (int d; (d = digit_value((unsigned char)*p)) < base; p++) {
        if (result > (ULONG_MAX - (unsigned long)d) / (unsigned long)base)
            overflow = 1;
        else
            result = result * (unsigned long)base + (unsigned long)d;
    }
    if (p == digits)
        return 0;
    if (ptr) *ptr = (char *)p;
    if (overflow) {
        errno = ERANGE;
        return ULONG_MAX;
    }
    return result;
}

/* PyOS_strtoul with an optional sign. Out of range (either way): LONG_MAX and errno ERANGE,
 * as CPython 3.12 returns. */
long PyOS_strtol(const char *str, char **ptr, int base)
{
    if (ptr) *ptr = (char *)str;
    if (str == NULL)
        return 0;
    const char *p = str;
    while (*p && isspace((unsigned char)*p))
        p++;
    int negative = 0;
    if (*p == '-' || *p == '+') {
        negative = *p == '-';
        p++;
    }
    char *end = NULL;
    int saved = errno;
    errno = 0;
    unsigned long magnitude = PyOS_strtoul(p, &end, base);
    int range = errno == ERANGE;
    errno = saved;
    if (end == p)
        return 0;      /* nothing parsed: *ptr stays str */
    if (ptr) *ptr = end;
    if (range || (negative ? magnitude > (unsigned long)LONG_MAX + 1UL : magnitude > (unsigned long)LONG_MAX)) {
        errno = ERANGE;
        return LONG_MAX;
    }
    return negative ? (long)(0UL - magnitude) : (long)magnitude;
}

/* ASCII case-insensitive comparison: <0, 0 or >0 like strcmp on lower-cased bytes. */
int PyOS_mystrnicmp(const char *s1, const char *s2, Py_ssize_t size)
{
    for (Py_ssize_t i = 0; i < size; i++) {
        int a = tolower((unsigned char)s1[i]), b = tolower((unsigned char)s2[i]);
        if (a != b || a == 0)
            return a - b;
    }
    return 0;
}

int PyOS_mystricmp(const char *s1, const char *s2)
{
    for (;; s1++, s2++) {
        int a = tolower((unsigned char)*s1), b = tolower((unsigned char)*s2);
        if (a != b || a == 0)
            return a - b;
    }
}

/* The OS disposition of a signal (sigaction); SIG_ERR for an invalid signal number. */
PyOS_sighandler_t PyOS_getsig(int sig)
{
    struct sigaction context;
    if (sigaction(sig, NULL, &context) == -1)
        return SIG_ERR;
    return context.sa_handler;
}

/* Installs handler with SA_ONSTACK (as CPython does) and returns the previous one. The
 * runtime's own signal handling (the signal module) goes through .NET's registration; a host
 * that replaces a disposition the runtime registered takes that signal over. */
PyOS_sighandler_t PyOS_setsig(int sig, PyOS_sighandler_t handler)
{
    struct sigaction context, old;
    memset(&context, 0, sizeof context);
    context.sa_handler = handler;
    sigemptyset(&context.sa_mask);
    context.sa_flags = SA_ONSTACK;
    if (sigaction(sig, &context, &old) == -1)
        return SIG_ERR;
    return old.sa_handler;
}

const char *PyUnicode_GetDefaultEncoding(void)
{
    return "utf-8";
}
