/* Tiny assertion helpers shared by the native tests. A failed CHECK prints where and why and
 * exits with status 1 (so CTest reports the test as failed, plain or under valgrind). */
#ifndef ISOLATED_NATIVE_TESTS_CHECK_H
#define ISOLATED_NATIVE_TESTS_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);  \
            fflush(NULL);                                                             \
            exit(1);                                                                  \
        }                                                                             \
    } while (0)

#define CHECK_MSG(cond, ...)                                                          \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, #cond);  \
            fprintf(stderr, __VA_ARGS__);                                             \
            fputc('\n', stderr);                                                      \
            fflush(NULL);                                                             \
            exit(1);                                                                  \
        }                                                                             \
    } while (0)

/* Optional first argument: an iteration count (CTest passes smaller ones under valgrind). */
static inline long arg_count(int argc, char **argv, int index, long dflt)
{
    if (argc > index) {
        char *end = NULL;
        long v = strtol(argv[index], &end, 10);
        if (end && *end == '\0' && v > 0)
            return v;
        fprintf(stderr, "bad count argument '%s'\n", argv[index]);
        exit(2);
    }
    return dflt;
}

/* ISOLATED_WITH_PYRUN (a CMake option) makes the tests also run Python code through
 * PyRun_SimpleString and require it to succeed. Until the language core lands it is off, and
 * the tests exercise the lifecycle only. */
#ifdef ISOLATED_WITH_PYRUN
#define RUN_PY(code) CHECK_MSG(PyRun_SimpleString(code) == 0, "PyRun_SimpleString(\"%s\")", code)
#else
#define RUN_PY(code) ((void)0)
#endif

#endif
