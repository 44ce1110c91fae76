/* Fuzzer for the C API's argument parsing and building (issue 8): PyArg_ParseTuple,
 * PyArg_ParseTupleAndKeywords, PyArg_UnpackTuple and Py_BuildValue get format strings mutated
 * from a seed corpus (fuzz/corpus/capi/formats.txt) and random argument tuples and dicts.
 *
 *   fuzz_argparse CORPUS_FILE ITERATIONS [SEED]     deterministic replay (CTest fuzz_capi_argparse)
 *   fuzz_argparse CORPUS_FILE -SECONDS [SEED]       a campaign for that long (fuzz/run.sh capi)
 *
 * Formats are built unit by unit, so the driver knows which C arguments each unit consumes and
 * can pass valid ones (a type for O!, a converter for O&, an encoding for es): a crash is then
 * the runtime's fault, not the driver's. Invalid units and markers are mutated in as well.
 * Checked for every call: the result is 0 or 1 (a pointer or NULL for Py_BuildValue), an error
 * is set exactly when it failed, the error is an exception instance, and nothing crashes; buffers
 * the parser filled (s*, y*, w*, es) are released, so valgrind also checks for leaks.
 * A failing case prints its seed, iteration and format and exits 1. */
#include <Python.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#define SLOTS 40
#define MAX_FORMAT 96

static uint64_t rng_state;
static uint64_t rnd(void)
{
    /* xorshift64*: reproducible from the seed on every platform. */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ULL;
}
static int below(int n) { return (int)(rnd() % (uint64_t)n); }

static char *seeds[512];
static int seed_count;

static void load_seeds(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        fprintf(stderr, "fuzz_argparse: cannot open %s\n", path);
        exit(2);
    }
    char line[256];
    while (fgets(line, sizeof line, f) && seed_count < 512) {
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0') continue;
        seeds[seed_count++] = strdup(strcmp(line, "<empty>") == 0 ? "" : line);
    }
    fclose(f);
}

/* ---- values ---------------------------------------------------------------------------- */

static PyObject *random_value(int depth)
{
    switch (below(depth > 2 ? 14 : 16)) {
    case 0: return PyLong_FromLong((long)(rnd() % 512) - 256);
    case 1: return PyLong_FromLongLong((long long)rnd());
    case 2: return PyLong_FromUnsignedLongLong(rnd());
    case 3: return PyRun_String("-(2**200)", Py_eval_input, PyEval_GetBuiltins(), NULL);
    case 4: return PyFloat_FromDouble((double)(int64_t)rnd() / 1e6);
    case 5: return PyUnicode_FromString(below(2) ? "x" : "h\xc3\xa9llo w\xc3\xb6rld");
    case 6: return PyUnicode_FromStringAndSize("a\0b", 3);
    case 7: return PyBytes_FromStringAndSize("by\0tes", below(2) ? 2 : 6);
    case 8: return PyByteArray_FromStringAndSize("buf", 3);
    case 9: Py_RETURN_NONE;
    case 10: return PyBool_FromLong(below(2));
    case 11: return PyComplex_FromDoubles(1.5, -2);
    case 12: return PyUnicode_FromString("\xf0\x9f\x90\x8d");
    case 13: return PyDict_New();
    case 14: case 15: {
        int n = below(4);
        PyObject *t = PyTuple_New(n);
        for (int i = 0; i < n && t; i++) PyTuple_SetItem(t, i, random_value(depth + 1));
        return t;
    }
    }
    Py_RETURN_NONE;
}

/* ---- formats: units with the C arguments they consume ------------------------------------ */

/* What a parse unit needs in its C argument slots. */
enum slot { OUT, OUT_BUFFER, TYPE, CONVERTER, ENCODING, ENC_OUT, LEN_OUT };

static const char *parse_units[] = {
    "b", "B", "h", "H", "i", "I", "l", "k", "L", "K", "n", "c", "C", "p", "f", "d", "D",
    "s", "s#", "s*", "z", "z#", "z*", "y", "y#", "y*", "S", "U", "O", "O!", "O&", "w*",
    "es", "et", "es#", "et#", "(", ")", "|", "$", ":f", ";msg",
    /* invalid or odd on purpose */
    "x", "#", "*", "!", "&", "e", "w", "u", "Z", "((", "))", "|", "$", "O!#", "s##", "", " ",
};

static int unit_slots(const char *u, enum slot *out)
{
    if (strcmp(u, "O!") == 0) { out[0] = TYPE; out[1] = OUT; return 2; }
    if (strcmp(u, "O&") == 0) { out[0] = CONVERTER; out[1] = OUT; return 2; }
    if (u[0] == 'e' && u[1] != '\0') {
        out[0] = ENCODING; out[1] = ENC_OUT;
        if (u[2] == '#') { out[2] = LEN_OUT; return 3; }
        return 2;
    }
    if (strchr("sSzyUw", u[0]) && u[1] == '*') { out[0] = OUT_BUFFER; return 1; }
    if (strchr("szy", u[0]) && u[1] == '#') { out[0] = OUT; out[1] = LEN_OUT; return 2; }
    if (u[0] != '\0' && strchr("bBhHiIlkLKncCpfdDszySUO", u[0]) && u[1] == '\0') { out[0] = OUT; return 1; }
    return 0;   /* markers and invalid units consume nothing (the parser stops at a bad one) */
}

struct parse_case {
    char format[MAX_FORMAT];
    enum slot slots[SLOTS];
    int nslots, units;   /* units: the format's top-level argument units, for the kwlist */
};

/* A format: a seed with units inserted, replaced or deleted, or a fresh run of units. */
static void make_parse_format(struct parse_case *c)
{
    char pieces[24][8];
    int n = 0;
    if (seed_count > 0 && below(3) != 0) {
        const char *seed = seeds[below(seed_count)];
        /* Split the seed into units the table knows (longest match first). */
        for (const char *p = seed; *p && n < 24;) {
            size_t best = 0;
            for (size_t i = 0; i < sizeof parse_units / sizeof *parse_units; i++) {
                size_t len = strlen(parse_units[i]);
                if (len > best && strncmp(p, parse_units[i], len) == 0 && parse_units[i][0] != ':' && parse_units[i][0] != ';')
                    best = len;
            }
            if (*p == ':' || *p == ';') best = strlen(p) < 7 ? strlen(p) : 7;
            if (best == 0) best = 1;
            snprintf(pieces[n++], sizeof pieces[0], "%.*s", (int)best, p);
            p += best;
        }
        for (int m = below(4); m > 0; m--) {
            int op = below(3), at = n ? below(n + 1) : 0;
            const char *u = parse_units[below(sizeof parse_units / sizeof *parse_units)];
            if (op == 0 && n < 24) {
                memmove(pieces[at + 1], pieces[at], (size_t)(n - at) * sizeof pieces[0]);
                snprintf(pieces[at], sizeof pieces[0], "%s", u);
                n++;
            } else if (op == 1 && at < n) {
                snprintf(pieces[at], sizeof pieces[0], "%s", u);
            } else if (at < n) {
                memmove(pieces[at], pieces[at + 1], (size_t)(n - at - 1) * sizeof pieces[0]);
                n--;
            }
        }
    } else {
        for (int m = below(10); m > 0; m--)
            snprintf(pieces[n++], sizeof pieces[0], "%s", parse_units[below(sizeof parse_units / sizeof *parse_units)]);
    }
    c->format[0] = '\0';
    for (int i = 0; i < n && strlen(c->format) + strlen(pieces[i]) < MAX_FORMAT; i++) strcat(c->format, pieces[i]);
    /* The slots come from the joined string, read as the parser reads it (adjacent pieces
     * combine: "s" then "#" is "s#"). */
    c->nslots = c->units = 0;
    int nesting = 0;
    for (const char *p = c->format; *p && *p != ':' && *p != ';';) {
        char u[4] = { *p, 0, 0, 0 };
        if (strchr("szyw", *p) && (p[1] == '#' || p[1] == '*')) u[1] = p[1];
        else if (*p == 'O' && (p[1] == '!' || p[1] == '&')) u[1] = p[1];
        else if (*p == 'e' && (p[1] == 's' || p[1] == 't')) { u[1] = p[1]; if (p[2] == '#') u[2] = '#'; }
        p += strlen(u);
        if (u[0] == '(') { if (nesting++ == 0) c->units++; continue; }
        if (u[0] == ')') { nesting--; continue; }
        if (u[0] == '|' || u[0] == '$' || u[0] == ' ') continue;
        enum slot sl[3];
        int k = unit_slots(u, sl);
        if (k == 0) break;   /* the parser stops at a unit it does not know */
        if (nesting == 0) c->units++;
        for (int j = 0; j < k && c->nslots < SLOTS; j++) c->slots[c->nslots++] = sl[j];
    }
}

static int converter_calls;
static int converter(PyObject *obj, void *addr)
{
    converter_calls++;
    if (obj == NULL) return 1;   /* cleanup call */
    *(PyObject **)addr = obj;
    return below(4) != 0 ? 1 : (PyErr_SetString(PyExc_ValueError, "converter says no"), 0);
}

/* Storage each slot points into: big enough for any output, a Py_buffer included. */
union storage {
    Py_buffer view;
    char *text;
    PyObject *object;
    Py_ssize_t length;
    Py_complex complex;
    char bytes[96];
};

static union storage store[SLOTS];
static const char *failing_format;
static uint64_t failing_seed;
static long failing_iteration;

static void fail(const char *what)
{
    fprintf(stderr, "fuzz_argparse: FAILED (%s): seed %llu iteration %ld format \"%s\"\n", what,
            (unsigned long long)failing_seed, failing_iteration, failing_format ? failing_format : "?");
    PyErr_Print();
    exit(1);
}

static void check_result(int r)
{
    if (r != 0 && r != 1) fail("result not 0 or 1");
    if ((r == 0) != (PyErr_Occurred() != NULL)) fail(r ? "succeeded with an error set" : "failed with no error set");
    if (r == 0) {
        PyObject *exc = PyErr_GetRaisedException();
        if (exc == NULL || !PyExceptionInstance_Check(exc)) fail("the error is not an exception instance");
        Py_DECREF(exc);
    }
}

/* Releases what a successful parse handed out (buffers, es allocations). */
static void release(const struct parse_case *c, int ok)
{
    for (int i = 0; i < c->nslots; i++) {
        if (!ok) continue;
        if (c->slots[i] == OUT_BUFFER && store[i].view.buf != NULL) PyBuffer_Release(&store[i].view);
        if (c->slots[i] == ENC_OUT && store[i].text != NULL) PyMem_Free(store[i].text);
    }
}

static void fill_slots(const struct parse_case *c, void **a)
{
    memset(store, 0, sizeof store);
    for (int i = 0; i < SLOTS; i++) a[i] = &store[i];
    for (int i = 0; i < c->nslots; i++) {
        switch (c->slots[i]) {
        case TYPE: {
            PyTypeObject *types[] = { &PyLong_Type, &PyUnicode_Type, &PyTuple_Type, &PyBaseObject_Type, &PyBytes_Type };
            a[i] = types[below(5)];
            break;
        }
        case CONVERTER: a[i] = (void *)converter; break;
        case ENCODING: {
            const char *encs[] = { "utf-8", "latin-1", "ascii", NULL, "no-such-codec", "utf-16" };
            a[i] = (void *)encs[below(6)];
            break;
        }
        case ENC_OUT: store[i].text = NULL; break;   /* NULL: the parser allocates */
        case LEN_OUT: store[i].length = 0; break;
        default: break;
        }
    }
}

#define A40(a) a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], \
    a[13], a[14], a[15], a[16], a[17], a[18], a[19], a[20], a[21], a[22], a[23], a[24], a[25], \
    a[26], a[27], a[28], a[29], a[30], a[31], a[32], a[33], a[34], a[35], a[36], a[37], a[38], a[39]

static void one_parse(void)
{
    struct parse_case c;
    make_parse_format(&c);
    failing_format = c.format;
    int nargs = below(2) ? c.units : below(8);
    PyObject *args = PyTuple_New(nargs);
    for (int i = 0; i < nargs; i++) PyTuple_SetItem(args, i, random_value(0));
    void *a[SLOTS];
    fill_slots(&c, a);
    int r;
    if (below(2)) {
        r = PyArg_ParseTuple(args, c.format, A40(a));
    } else {
        /* A keyword list for the units (sometimes too short or too long), with some
         * positional-only ("") names first, and a dict of keywords, known or not. */
        static char names[16][8];
        char *kwlist[17];
        int nk = c.units + (below(4) == 0 ? below(3) - 1 : 0);
        if (nk < 0) nk = 0;
        if (nk > 16) nk = 16;
        int positional_only = below(3) == 0 ? below(nk + 1) : 0;
        for (int i = 0; i < nk; i++) {
            snprintf(names[i], sizeof names[i], i < positional_only ? "" : "k%d", i);
            kwlist[i] = names[i];
        }
        kwlist[nk] = NULL;
        PyObject *kwargs = below(2) ? PyDict_New() : NULL;
        for (int i = 0; kwargs && i < below(4); i++) {
            char key[8];
            snprintf(key, sizeof key, below(4) ? "k%d" : "z%d", below(nk + 2));
            PyObject *v = random_value(0);
            PyDict_SetItemString(kwargs, key, v);
            Py_DECREF(v);
        }
        r = PyArg_ParseTupleAndKeywords(args, kwargs, c.format, kwlist, A40(a));
        Py_XDECREF(kwargs);
    }
    check_result(r);
    release(&c, r);
    PyErr_Clear();
    Py_DECREF(args);
}

static void one_unpack(void)
{
    int nargs = below(8), min = below(6), max = below(10);
    PyObject *args = PyTuple_New(nargs);
    for (int i = 0; i < nargs; i++) PyTuple_SetItem(args, i, random_value(0));
    PyObject *out[10];
    failing_format = "(PyArg_UnpackTuple)";
    int r = PyArg_UnpackTuple(args, below(2) ? "f" : NULL, min, max, &out[0], &out[1], &out[2], &out[3], &out[4],
                              &out[5], &out[6], &out[7], &out[8], &out[9]);
    check_result(r);
    PyErr_Clear();
    Py_DECREF(args);
}

/* ---- Py_BuildValue ---------------------------------------------------------------------- */

static const char *build_units[] = {
    "b", "B", "h", "H", "i", "I", "l", "k", "L", "K", "n", "c", "C", "d", "f", "D",
    "s", "s#", "z", "z#", "y", "y#", "U", "U#", "u", "O", "S", "N", "O&", "(", ")", "[", "]",
    "{", "}", ",", " ", ":", "#", "&", "x", "!", "",
};

static PyObject *build_converter(void *p) { return p ? PyLong_FromVoidPtr(p) : (PyErr_SetString(PyExc_KeyError, "k"), NULL); }

static void one_build(void)
{
    char format[MAX_FORMAT] = "";
    void *a[SLOTS];
    int n = 0;
    PyObject *owned[SLOTS];
    int nowned = 0;
    static const char text[] = "some text for s# and y#, long enough for any length";
    static const wchar_t wide[] = L"wide text";
    static Py_complex cplx = { 1.0, 2.0 };
    for (int m = below(12); m > 0; m--) {
        const char *u = build_units[below(sizeof build_units / sizeof *build_units)];
        if (strlen(format) + strlen(u) >= MAX_FORMAT) break;
        strcat(format, u);
    }
    /* Arguments for the units of the joined string, read as Py_BuildValue reads it. */
    for (const char *p = format; *p && n < SLOTS - 3; p++) {
        char c0 = *p;
        int hash = p[1] == '#' && strchr("szyUu", c0) && c0;
        if (strchr("bBhHiIlkLKn", c0) && c0) a[n++] = (void *)(intptr_t)(int64_t)rnd();
        else if (c0 == 'c' || c0 == 'C') a[n++] = (void *)(intptr_t)below(0x110000);
        else if (c0 == 'D') a[n++] = &cplx;
        else if (c0 == 'u') {
            a[n++] = below(5) ? (void *)wide : NULL;
            if (hash) a[n++] = (void *)(intptr_t)(below(10) - 1);
        } else if (strchr("szyU", c0) && c0) {
            a[n++] = below(6) ? (void *)text : NULL;
            if (hash) a[n++] = (void *)(intptr_t)(below((int)sizeof text) - 1);
        } else if (c0 == 'O' && p[1] == '&') {
            a[n++] = (void *)build_converter;
            a[n++] = below(4) ? (void *)text : NULL;
            p++;
        } else if (c0 == 'N') {
            a[n++] = below(8) ? random_value(0) : NULL;   /* stolen, even when the build fails */
        } else if (c0 == 'O' || c0 == 'S') {
            PyObject *v = below(8) ? random_value(0) : NULL;
            a[n++] = v;
            if (v) owned[nowned++] = v;   /* not stolen: ours to drop after the call */
        }
        /* A bad format char consumes nothing, and the units after it are still read (as
         * CPython does, to release what 'N' passed). */
        /* d and f read from the floating-point registers: whatever is there is a double. */
    }
    while (n < SLOTS) a[n++] = NULL;
    failing_format = format;
    PyObject *r = Py_BuildValue(format, A40(a));
    if ((r == NULL) != (PyErr_Occurred() != NULL)) fail(r ? "built with an error set" : "NULL with no error set");
    Py_XDECREF(r);
    PyErr_Clear();
    for (int i = 0; i < nowned; i++) Py_DECREF(owned[i]);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: fuzz_argparse CORPUS_FILE ITERATIONS|-SECONDS [SEED]\n");
        return 2;
    }
    load_seeds(argv[1]);
    long count = strtol(argv[2], NULL, 10);
    uint64_t seed = argc > 3 ? strtoull(argv[3], NULL, 10) : (uint64_t)time(NULL);
    rng_state = seed ? seed : 1;
    failing_seed = seed;
    Py_Initialize();
    time_t stop = count < 0 ? time(NULL) - count : 0;
    long i = 0;
    for (; count < 0 ? time(NULL) < stop : i < count; i++) {
        failing_iteration = i;
        switch (below(8)) {
        case 0: one_unpack(); break;
        case 1: case 2: one_build(); break;
        default: one_parse(); break;
        }
    }
    if (Py_FinalizeEx() != 0) fail("Py_FinalizeEx");
    printf("fuzz_argparse: %ld calls, seed %llu, %d formats in the corpus, %d converter calls: ok\n", i,
           (unsigned long long)seed, seed_count, converter_calls);
    return 0;
}
