/* bytes, bytearray, the buffer protocol and memoryviews through the C API: views of bytes,
 * bytearray (writable in place, size pinned while exported), memoryviews (strided too), C
 * memory, and an extension type exporting its own buffer; with bad input (NULL, wrong types,
 * read-only requests) giving CPython 3.12's exception and message; a Python class exporting
 * through __buffer__/__release_buffer__ (PEP 688). */
#include "capi_expect.h"
#include <stdarg.h>

static PyObject *B(const char *s) { return PyBytes_FromString(s); }

static PyObject *bytes_format_v(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyBytes_FromFormatV(format, va);
    va_end(va);
    return r;
}

static PyObject *unicode_format_v(const char *format, ...)
{
    va_list va;
    va_start(va, format);
    PyObject *r = PyUnicode_FromFormatV(format, va);
    va_end(va);
    return r;
}

static void test_bytes(void)
{
    PyObject *acc = B("ab");
    PyObject *cd = B("cd");
    PyBytes_Concat(&acc, cd);
    CHECK(take_bytes(Py_XNewRef(acc), "abcd", 4));
    PyBytes_ConcatAndDel(&acc, PyByteArray_FromStringAndSize("!", 1));
    CHECK(take_bytes(acc, "abcd!", 5));
    acc = B("x");
    PyObject *one = PyLong_FromLong(1);
    PyBytes_Concat(&acc, one);
    CHECK(acc == NULL); EXPECT_ERROR(PyExc_TypeError, "can't concat int to bytes");
    PyBytes_Concat(&acc, cd);      /* *bytes NULL: nothing happens */
    CHECK(acc == NULL && !PyErr_Occurred());

    PyObject *list = Py_BuildValue("[ii]", 1, 2);
    CHECK(take_bytes(PyBytes_FromObject(list), "\x01\x02", 2));
    PyObject *mv = PyMemoryView_FromObject(cd);
    CHECK(take_bytes(PyBytes_FromObject(mv), "cd", 2));
    PyObject *same = PyBytes_FromObject(cd);
    CHECK(same == cd);
    Py_XDECREF(same);
    PyObject *s = PyUnicode_FromString("ab");
    CHECK(PyBytes_FromObject(s) == NULL); EXPECT_ERROR(PyExc_TypeError, "cannot convert 'str' object to bytes");
    CHECK(PyBytes_FromObject(one) == NULL); EXPECT_ERROR(PyExc_TypeError, "cannot convert 'int' object to bytes");

    PyObject *q = PyBytes_FromStringAndSize("a'\"\n", 4), *sq = B("a'");
    CHECK(take_str(PyBytes_Repr(q, 1), "b'a\\'\"\\n'"));
    CHECK(take_str(PyBytes_Repr(sq, 1), "b\"a'\""));
    CHECK(take_str(PyBytes_Repr(sq, 0), "b'a\\''"));
    CHECK(PyBytes_Repr(one, 0) == NULL); EXPECT_ERROR(PyExc_TypeError, "expected bytes, int found");

    CHECK(take_bytes(PyBytes_DecodeEscape("a\\x41\\n\\101", 11, NULL, 0, NULL), "aA\nA", 4));
    CHECK(PyBytes_DecodeEscape("a\\x4", 4, NULL, 0, NULL) == NULL);
    EXPECT_ERROR(PyExc_ValueError, "invalid \\x escape at position 1");
    CHECK(take_bytes(PyBytes_DecodeEscape("a\\x4", 4, "replace", 0, NULL), "a?", 2));
    CHECK(take_bytes(PyBytes_DecodeEscape("a\\x4", 4, "ignore", 0, NULL), "a", 1));

    CHECK(take_bytes(PyBytes_FromFormat("a%dz%5d|%.2s|%c|%x|%lu|%zd|%%", 7, 3, "hello", 65, 255,
                                        (unsigned long)18446744073709551615UL, (Py_ssize_t)-3),
                     "a7z3|he|A|ff|18446744073709551615|-3|%", 38));
    CHECK(take_bytes(PyBytes_FromFormat("%zu|%i|%q rest %d", (size_t)5, -1), "5|-1|%q rest %d", 15));
    CHECK(take_bytes(bytes_format_v("[%s]", "v"), "[v]", 3));
    CHECK(PyBytes_FromFormat("%c", 300) == NULL);
    EXPECT_ERROR(PyExc_OverflowError, "PyBytes_FromFormatV(): %c format expects an integer in range [0; 255]");
    CHECK(take_str(unicode_format_v("%d-%s", 5, "x"), "5-x"));

    Py_DECREF(cd); Py_DECREF(one); Py_DECREF(list); Py_DECREF(mv); Py_DECREF(s); Py_DECREF(q); Py_DECREF(sq);
}

static void test_bytearray(void)
{
    PyObject *ba = PyByteArray_FromStringAndSize("abc", 3);
    CHECK(ba && PyByteArray_Check(ba) && PyByteArray_CheckExact(ba) && PyByteArray_Size(ba) == 3);
    char *p = PyByteArray_AsString(ba);
    CHECK(p && memcmp(p, "abc", 4) == 0);           /* NUL-terminated */
    p[0] = 'X';                                      /* writes reach the object */
    CHECK(take_repr(Py_NewRef(ba), "bytearray(b'Xbc')"));
    CHECK(PyByteArray_Resize(ba, 5) == 0 && PyByteArray_Size(ba) == 5);
    CHECK(take_repr(Py_NewRef(ba), "bytearray(b'Xbc\\x00\\x00')"));
    CHECK(PyByteArray_Resize(ba, 2) == 0);
    p = PyByteArray_AsString(ba);                    /* fetched again after the resize */
    CHECK(p && memcmp(p, "Xb", 3) == 0);
    PyObject *zeros = PyByteArray_FromStringAndSize(NULL, 2);
    CHECK(take_repr(zeros, "bytearray(b'\\x00\\x00')"));
    PyObject *b = PyBytes_FromString("yz");
    CHECK(take_repr(PyByteArray_Concat(b, ba), "bytearray(b'yzXb')"));
    CHECK(take_repr(PyByteArray_FromObject(b), "bytearray(b'yz')"));
    PyObject *three = PyLong_FromLong(3);
    CHECK(take_repr(PyByteArray_FromObject(three), "bytearray(b'\\x00\\x00\\x00')"));

    /* PyArg_Parse's buffer units take any exporter. */
    PyObject *args = Py_BuildValue("(OO)", ba, ba);
    Py_buffer v1, v2;
    CHECK(PyArg_ParseTuple(args, "y*w*", &v1, &v2));
    CHECK(v1.len == 2 && v2.len == 2 && !v2.readonly && memcmp(v1.buf, "Xb", 2) == 0);
    PyBuffer_Release(&v1);
    PyBuffer_Release(&v2);
    char *encoded = NULL;
    PyObject *rest = NULL;
    CHECK(PyArg_ParseTuple(args, "et|O", "latin-1", &encoded, &rest) && encoded && strcmp(encoded, "Xb") == 0);
    CHECK(rest == ba);
    PyMem_Free(encoded);
    Py_DECREF(args);

    /* Exported: the size is pinned until the view is released. */
    Py_buffer view;
    CHECK(PyObject_GetBuffer(ba, &view, PyBUF_WRITABLE) == 0);
    CHECK(PyByteArray_Resize(ba, 9) == -1);
    EXPECT_ERROR(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
    ((char *)view.buf)[1] = 'Q';
    PyBuffer_Release(&view);
    CHECK(view.obj == NULL);
    CHECK(PyByteArray_Resize(ba, 3) == 0);
    CHECK(take_repr(Py_NewRef(ba), "bytearray(b'XQ\\x00')"));

    PyObject *s = PyUnicode_FromString("ab");
    CHECK(PyByteArray_FromObject(s) == NULL); EXPECT_ERROR(PyExc_TypeError, "string argument without an encoding");
    CHECK(PyByteArray_Concat(b, three) == NULL); EXPECT_ERROR(PyExc_TypeError, "can't concat int to bytes");
    CHECK(PyByteArray_Size(b) == -1); EXPECT_ERROR(PyExc_TypeError, "expected bytearray, bytes found");
    CHECK(PyByteArray_AsString(three) == NULL); EXPECT_ERROR(PyExc_TypeError, "expected bytearray, int found");
    CHECK(PyByteArray_Resize(b, 1) == -1); EXPECT_ERROR(PyExc_TypeError, "expected bytearray, bytes found");
    CHECK(PyByteArray_FromStringAndSize("abc", -1) == NULL);
    EXPECT_ERROR(PyExc_SystemError, "Negative size passed to PyByteArray_FromStringAndSize");
    CHECK(PyByteArray_Size(NULL) == -1); EXPECT_ERROR(PyExc_SystemError, NULL);
    Py_DECREF(ba); Py_DECREF(b); Py_DECREF(three); Py_DECREF(s);
}

/* An extension type exporting an 8-byte field through Py_bf_getbuffer, counting releases. */
typedef struct { PyObject_HEAD char data[8]; int exports; int releases; } Exporter;

static int exporter_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    Exporter *e = (Exporter *)self;
    if (PyBuffer_FillInfo(view, self, e->data, sizeof e->data, 0, flags) < 0)
        return -1;
    e->exports++;
    return 0;
}

static void exporter_releasebuffer(PyObject *self, Py_buffer *view)
{
    (void)view;
    ((Exporter *)self)->releases++;
}

static PyType_Slot exporter_slots[] = {
    { Py_bf_getbuffer, (void *)exporter_getbuffer },
    { Py_bf_releasebuffer, (void *)exporter_releasebuffer },
    { 0, NULL },
};
static PyType_Spec exporter_spec = { "capi_buffer.Exporter", sizeof(Exporter), 0, Py_TPFLAGS_DEFAULT, exporter_slots };

static void test_buffer_protocol(void)
{
    PyObject *b = PyBytes_FromString("hello"), *one = PyLong_FromLong(1);
    CHECK(PyObject_CheckBuffer(b) == 1 && PyObject_CheckBuffer(one) == 0);
    Py_buffer view;
    CHECK(PyObject_GetBuffer(b, &view, PyBUF_FULL_RO) == 0);
    CHECK(view.len == 5 && view.readonly == 1 && view.itemsize == 1 && view.ndim == 1 && view.obj == b);
    CHECK(memcmp(view.buf, "hello", 5) == 0 && strcmp(view.format, "B") == 0);
    CHECK(view.shape && view.shape[0] == 5 && view.strides && view.strides[0] == 1);
    CHECK(PyBuffer_IsContiguous(&view, 'C') && PyBuffer_IsContiguous(&view, 'F') && PyBuffer_IsContiguous(&view, 'A'));
    Py_ssize_t index = 4;
    CHECK(*(char *)PyBuffer_GetPointer(&view, &index) == 'o');
    char out[5];
    CHECK(PyBuffer_ToContiguous(out, &view, 5, 'C') == 0 && memcmp(out, "hello", 5) == 0);
    CHECK(PyBuffer_ToContiguous(out, &view, 4, 'C') == -1);
    EXPECT_ERROR(PyExc_ValueError, "PyBuffer_ToContiguous: len != view->len");
    PyBuffer_Release(&view);
    CHECK(view.obj == NULL);
    PyBuffer_Release(&view);      /* a second release does nothing */
    CHECK(PyObject_GetBuffer(b, &view, PyBUF_WRITABLE) == -1); EXPECT_ERROR(PyExc_BufferError, "Object is not writable.");
    CHECK(PyObject_GetBuffer(one, &view, PyBUF_SIMPLE) == -1);
    EXPECT_ERROR(PyExc_TypeError, "a bytes-like object is required, not 'int'");
    CHECK(PyObject_GetBuffer(NULL, &view, PyBUF_SIMPLE) == -1); EXPECT_ERROR(PyExc_SystemError, NULL);

    /* A strided memoryview (every second byte of a bytearray). */
    PyObject *ba = PyByteArray_FromStringAndSize("a1b2c3", 6);
    PyObject *whole = PyMemoryView_FromObject(ba);
    PyObject *two = PyLong_FromLong(2);
    PyObject *slice = PySlice_New(NULL, NULL, two);
    Py_DECREF(two);
    PyObject *strided = whole && slice ? PyObject_GetItem(whole, slice) : NULL;
    CHECK(strided && PyMemoryView_Check(strided));
    if (strided) {
        CHECK(PyObject_GetBuffer(strided, &view, PyBUF_SIMPLE) == -1);
        EXPECT_ERROR(PyExc_BufferError, "memoryview: underlying buffer is not strided");
        CHECK(PyObject_GetBuffer(strided, &view, PyBUF_FULL) == 0);
        CHECK(view.len == 3 && view.shape[0] == 3 && view.strides[0] == 2 && !PyBuffer_IsContiguous(&view, 'C'));
        char gathered[3];
        CHECK(PyBuffer_ToContiguous(gathered, &view, 3, 'C') == 0 && memcmp(gathered, "abc", 3) == 0);
        CHECK(PyBuffer_FromContiguous(&view, "XYZ", 3, 'C') == 0);
        PyBuffer_Release(&view);
        CHECK(take_repr(Py_NewRef(ba), "bytearray(b'X1Y2Z3')"));
        PyObject *contig = PyMemoryView_GetContiguous(strided, PyBUF_READ, 'C');
        CHECK(take_bytes(contig ? PyBytes_FromObject(contig) : NULL, "XYZ", 3));
        Py_XDECREF(contig);
        CHECK(PyMemoryView_GetContiguous(strided, PyBUF_WRITE, 'C') == NULL);
        EXPECT_ERROR(PyExc_BufferError, "writable contiguous buffer requested for a non-contiguous object.");
    }
    PyObject *same = PyMemoryView_GetContiguous(ba, PyBUF_WRITE, 'C');
    CHECK(same && PyMemoryView_Check(same));
    Py_XDECREF(same);
    Py_XDECREF(strided); Py_XDECREF(slice); Py_XDECREF(whole);

    /* memoryviews of C memory. */
    char mem[4] = { 'w', 'x', 'y', 'z' };
    PyObject *rw = PyMemoryView_FromMemory(mem, 4, PyBUF_WRITE);
    CHECK(take_bytes(rw ? PyBytes_FromObject(rw) : NULL, "wxyz", 4));
    PyObject *zero = PyLong_FromLong(0), *letter = PyLong_FromLong('W');
    CHECK(rw && PyObject_SetItem(rw, zero, letter) == 0 && mem[0] == 'W');
    PyObject *obj = rw ? PyObject_GetAttrString(rw, "obj") : NULL;
    CHECK(obj == Py_None);
    Py_XDECREF(obj);
    PyObject *ro = PyMemoryView_FromMemory(mem, 4, PyBUF_READ);
    CHECK(ro && PyObject_SetItem(ro, zero, letter) == -1);
    EXPECT_ERROR(PyExc_TypeError, "cannot modify read-only memory");
    CHECK(PyMemoryView_FromMemory(mem, 4, 0) == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);
    Py_buffer info;
    CHECK(PyBuffer_FillInfo(&info, NULL, mem, 4, 1, PyBUF_FULL_RO) == 0);
    PyObject *from_info = PyMemoryView_FromBuffer(&info);
    CHECK(take_bytes(from_info ? PyBytes_FromObject(from_info) : NULL, "Wxyz", 4));
    Py_XDECREF(from_info);
    CHECK(PyBuffer_FillInfo(&info, NULL, mem, 4, 1, PyBUF_WRITABLE) == -1);
    EXPECT_ERROR(PyExc_BufferError, "Object is not writable.");
    CHECK(PyBuffer_FillInfo(NULL, NULL, mem, 4, 1, 0) == -1);
    EXPECT_ERROR(PyExc_BufferError, "PyBuffer_FillInfo: view==NULL argument is obsolete");
    CHECK(PyMemoryView_FromObject(one) == NULL);
    EXPECT_ERROR(PyExc_TypeError, "memoryview: a bytes-like object is required, not 'int'");
    Py_XDECREF(rw); Py_XDECREF(ro);

    /* Old buffer API and copies. */
    const char *cp = NULL; const void *rp = NULL; void *wp = NULL; Py_ssize_t n = 0;
    CHECK(PyObject_AsCharBuffer(b, &cp, &n) == 0 && n == 5 && memcmp(cp, "hello", 5) == 0);
    CHECK(PyObject_AsReadBuffer(ba, &rp, &n) == 0 && n == 6 && memcmp(rp, "X1Y2Z3", 6) == 0);
    CHECK(PyObject_AsWriteBuffer(ba, &wp, &n) == 0 && n == 6);
    ((char *)wp)[5] = '!';
    CHECK(take_repr(Py_NewRef(ba), "bytearray(b'X1Y2Z!')"));
    CHECK(PyObject_AsWriteBuffer(b, &wp, &n) == -1); EXPECT_ERROR(PyExc_TypeError, "expected a writable bytes-like object");
    CHECK(PyObject_AsReadBuffer(one, &rp, &n) == -1); EXPECT_ERROR(PyExc_TypeError, "expected a bytes-like object");
    CHECK(PyObject_AsCharBuffer(b, NULL, &n) == -1); EXPECT_ERROR(PyExc_SystemError, "null argument to internal routine");
    CHECK(PyObject_CheckReadBuffer(b) == 1 && PyObject_CheckReadBuffer(one) == 0 && !PyErr_Occurred());
    PyObject *src = PyBytes_FromString("123456");
    CHECK(PyObject_CopyData(ba, src) == 0);
    CHECK(take_repr(Py_NewRef(ba), "bytearray(b'123456')"));
    PyObject *longer = PyBytes_FromString("1234567");
    CHECK(PyObject_CopyData(ba, longer) == -1);
    EXPECT_ERROR(PyExc_BufferError, "destination is too small to receive data from source");
    CHECK(PyObject_CopyData(ba, one) == -1);
    EXPECT_ERROR(PyExc_TypeError, "both destination and source must be bytes-like objects");
    CHECK(PyObject_CopyData(b, src) == -1); EXPECT_ERROR(PyExc_BufferError, "Object is not writable.");

    CHECK(PyBuffer_SizeFromFormat("<ih") == 6 && PyBuffer_SizeFromFormat("3d") == 24);
    CHECK(PyBuffer_SizeFromFormat("k") == -1); EXPECT_ERROR(PyExc_Exception, "bad char in struct format");
    Py_ssize_t shape[2] = { 2, 3 }, strides[2];
    PyBuffer_FillContiguousStrides(2, shape, strides, 4, 'C');
    CHECK(strides[0] == 12 && strides[1] == 4);
    PyBuffer_FillContiguousStrides(2, shape, strides, 4, 'F');
    CHECK(strides[0] == 4 && strides[1] == 8);

    /* An extension type's own export. */
    PyObject *type = PyType_FromSpec(&exporter_spec);
    CHECK(type != NULL);
    if (type) {
        PyObject *inst = PyObject_CallNoArgs(type);
        CHECK(inst != NULL);
        if (inst) {
            Exporter *e = (Exporter *)inst;
            memcpy(e->data, "extdata!", 8);
            CHECK(PyObject_CheckBuffer(inst) == 1);
            CHECK(PyObject_GetBuffer(inst, &view, PyBUF_SIMPLE) == 0 && view.len == 8 && view.buf == e->data);
            CHECK(view.obj == inst && e->exports == 1);
            PyBuffer_Release(&view);
            CHECK(e->releases == 1 && view.obj == NULL);
            CHECK(PyObject_AsReadBuffer(inst, &rp, &n) == 0 && rp == e->data && n == 8 && e->releases == 2);
            PyObject *dst = PyByteArray_FromStringAndSize(NULL, 8);
            CHECK(PyObject_CopyData(dst, inst) == 0);
            CHECK(take_repr(dst, "bytearray(b'extdata!')"));
            Py_DECREF(inst);
        }
        Py_DECREF(type);
    }
    Py_DECREF(b); Py_DECREF(one); Py_DECREF(ba); Py_DECREF(src); Py_DECREF(longer); Py_DECREF(zero); Py_DECREF(letter);
}

/* A Python class exporting through __buffer__ / __release_buffer__ (PEP 688), seen from C. */
static void test_python_exporter(void)
{
    PyObject *globals = PyDict_New();
    PyObject *r = PyRun_String(
        "class Exporter:\n"
        "    def __init__(self): self.data = bytearray(b'pydata'); self.log = []\n"
        "    def __buffer__(self, flags):\n"
        "        self.log.append(flags); return memoryview(self.data)\n"
        "    def __release_buffer__(self, view):\n"
        "        self.log.append('released'); view.release()\n"
        "class Bad:\n"
        "    def __buffer__(self, flags): return 42\n"
        "e = Exporter()\nbad = Bad()\n",
        Py_file_input, globals, globals);
    CHECK(r != NULL); Py_XDECREF(r);
    PyObject *e = PyDict_GetItemString(globals, "e"), *bad = PyDict_GetItemString(globals, "bad");
    CHECK(e != NULL && bad != NULL);
    if (e && bad) {
        Py_buffer view;
        CHECK(PyObject_CheckBuffer(e) == 1 && PyObject_CheckBuffer(bad) == 1);
        CHECK(PyObject_GetBuffer(e, &view, PyBUF_WRITABLE) == 0);
        CHECK(view.len == 6 && memcmp(view.buf, "pydata", 6) == 0 && view.obj == e && !view.readonly);
        ((char *)view.buf)[0] = 'P';
        PyBuffer_Release(&view);
        CHECK(view.obj == NULL);
        PyObject *log = PyObject_GetAttrString(e, "log");
        CHECK(take_repr(log, "[1, 'released']"));
        PyObject *data = PyObject_GetAttrString(e, "data");
        CHECK(take_repr(data, "bytearray(b'Pydata')"));
        CHECK(take_bytes(PyBytes_FromObject(e), "Pydata", 6));
        CHECK(PyObject_GetBuffer(bad, &view, PyBUF_SIMPLE) == -1);
        EXPECT_ERROR(PyExc_TypeError, "__buffer__ returned non-memoryview object");
    }
    Py_DECREF(globals);
}

int main(void)
{
    for (int cycle = 0; cycle < 2; cycle++) {
        Py_Initialize();
        test_bytes();
        test_bytearray();
        test_buffer_protocol();
        test_python_exporter();
        CHECK(!PyErr_Occurred());
        Py_FinalizeEx();
    }
    return finish("test_capi_buffer");
}
