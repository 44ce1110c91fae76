/* PyMem_* / PyMem_Raw*: CPython's guarantees (0 bytes gives a unique pointer, overflowing
 * requests give NULL, calloc zeroes, realloc keeps the contents), the PyMem_New/Resize/Del
 * macros, memory interchangeable with free() (getargs' "es" buffers are freed with PyMem_Free by
 * callers, and some hosts free() them), and use without the GIL from a foreign thread. */
#include <Python.h>
#include <pthread.h>
#include <stdint.h>
#include "check.h"

static void *no_gil_worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        char *p = PyMem_RawMalloc(64 + (size_t)i);
        CHECK(p != NULL);
        memset(p, i & 0xff, 64);
        p = PyMem_RawRealloc(p, 128 + (size_t)i);
        CHECK(p != NULL && (unsigned char)p[63] == (i & 0xff));
        PyMem_RawFree(p);
    }
    return NULL;
}

int main(void)
{
    /* Zero-byte requests are unique, freeable pointers. */
    void *a = PyMem_Malloc(0), *b = PyMem_Malloc(0);
    CHECK(a != NULL && b != NULL && a != b);
    PyMem_Free(a);
    PyMem_Free(b);
    void *z = PyMem_Calloc(0, 16);
    CHECK(z != NULL);
    PyMem_Free(z);
    PyMem_Free(NULL); /* a no-op, as free(NULL) */

    /* Overflow: NULL, never a short block. */
    CHECK(PyMem_Malloc((size_t)PY_SSIZE_T_MAX + 1) == NULL);
    CHECK(PyMem_Calloc((size_t)PY_SSIZE_T_MAX, 16) == NULL);
    CHECK(PyMem_New(double, (size_t)PY_SSIZE_T_MAX / 4) == NULL);

    /* Calloc zeroes; Realloc keeps the prefix; Resize updates its pointer. */
    int *ints = PyMem_Calloc(100, sizeof(int));
    CHECK(ints != NULL);
    for (int i = 0; i < 100; i++) CHECK(ints[i] == 0);
    for (int i = 0; i < 100; i++) ints[i] = i * 7;
    PyMem_Resize(ints, int, 10000);
    CHECK(ints != NULL);
    for (int i = 0; i < 100; i++) CHECK(ints[i] == i * 7);
    PyMem_Del(ints);

    char *s = PyMem_New(char, 32);
    CHECK(s != NULL);
    strcpy(s, "interchangeable with free()");
    free(s); /* the documented promise of include/pymem.h */
    void (*dealloc)(void *) = PyMem_Del; /* usable as a function pointer, as in CPython */
    dealloc(malloc(8));

    /* Without the runtime, and without any GIL, from another thread. */
    pthread_t t;
    CHECK(pthread_create(&t, NULL, no_gil_worker, NULL) == 0);
    CHECK(pthread_join(t, NULL) == 0);

    /* An "es" buffer from PyArg_ParseTuple is owned by the caller and freed with PyMem_Free. */
    Py_Initialize();
    PyObject *args = Py_BuildValue("(s)", "h\xc3\xa9llo");
    CHECK(args != NULL);
    char *enc = NULL;
    CHECK(PyArg_ParseTuple(args, "es", "utf-8", &enc));
    CHECK(enc != NULL && strcmp(enc, "h\xc3\xa9llo") == 0);
    PyMem_Free(enc);
    Py_DECREF(args);
    CHECK(Py_FinalizeEx() == 0);
    puts("pymem: ok");
    return 0;
}
