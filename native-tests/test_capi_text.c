/* str through the C API: operations, codecs, wide and UCS-4 strings, file system and locale
 * encodings, and the fields of the Unicode errors, each with its bad input (NULL, wrong types,
 * out-of-range indices) giving CPython 3.12's exception and message. */
#include "capi_expect.h"
#include <wchar.h>

static PyObject *S(const char *s) { return PyUnicode_FromString(s); }

static void test_operations(void)
{
    PyObject *abc = S("a b  c"), *sep = S(" "), *dash = S("-");
    CHECK(take_repr(PyUnicode_Split(abc, NULL, -1), "['a', 'b', 'c']"));
    CHECK(take_repr(PyUnicode_Split(abc, sep, 1), "['a', 'b  c']"));
    CHECK(take_repr(PyUnicode_RSplit(abc, NULL, 1), "['a b', 'c']"));
    PyObject *lines = S("x\ny\r\nz");
    CHECK(take_repr(PyUnicode_Splitlines(lines, 0), "['x', 'y', 'z']"));
    CHECK(take_repr(PyUnicode_Splitlines(lines, 1), "['x\\n', 'y\\r\\n', 'z']"));
    CHECK(take_repr(PyUnicode_Partition(abc, sep), "('a', ' ', 'b  c')"));
    CHECK(take_repr(PyUnicode_RPartition(abc, sep), "('a b ', ' ', 'c')"));
    PyObject *parts = PyUnicode_Split(abc, NULL, -1);
    CHECK(take_str(PyUnicode_Join(dash, parts), "a-b-c"));
    CHECK(take_str(PyUnicode_Join(NULL, parts), "a b c"));
    PyObject *ab = S("ab"), *xy = S("xy");
    CHECK(take_str(PyUnicode_Concat(ab, xy), "abxy"));
    CHECK(take_str(PyUnicode_Replace(abc, sep, dash, -1), "a-b--c"));
    CHECK(take_str(PyUnicode_Replace(abc, sep, dash, 2), "a-b- c"));

    PyObject *hay = S("abcabc"), *c = S("c"), *bc = S("bc"), *abs_ = S("ab");
    CHECK(PyUnicode_Count(hay, c, 0, PY_SSIZE_T_MAX) == 2);
    CHECK(PyUnicode_Count(hay, c, 3, 5) == 0);
    CHECK(PyUnicode_Find(hay, c, 0, 100, 1) == 2);
    CHECK(PyUnicode_Find(hay, c, 0, 100, -1) == 5);
    CHECK(PyUnicode_Find(hay, c, -3, -1, 1) == -1 && !PyErr_Occurred());
    CHECK(PyUnicode_FindChar(hay, 'c', 0, 100, -1) == 5);
    CHECK(PyUnicode_FindChar(hay, 'c', -2, 100, 1) == 5);
    CHECK(PyUnicode_FindChar(hay, 'z', 0, 100, 1) == -1);
    CHECK(PyUnicode_Tailmatch(hay, bc, 0, 100, 1) == 1);
    CHECK(PyUnicode_Tailmatch(hay, abs_, 0, 100, -1) == 1);
    CHECK(PyUnicode_Tailmatch(hay, abs_, 1, 100, -1) == 0);
    CHECK(PyUnicode_Contains(hay, bc) == 1 && PyUnicode_Contains(hay, dash) == 0);

    PyObject *a = S("a"), *b = S("b");
    CHECK(PyUnicode_Compare(a, b) == -1 && PyUnicode_Compare(b, a) == 1 && PyUnicode_Compare(a, a) == 0);
    PyObject *lt = PyUnicode_RichCompare(a, b, Py_LT);
    CHECK(lt == Py_True);
    Py_XDECREF(lt);
    PyObject *ge = PyUnicode_RichCompare(a, b, Py_GE);
    CHECK(ge == Py_False);
    Py_XDECREF(ge);
    PyObject *one = PyLong_FromLong(1);
    PyObject *ni = PyUnicode_RichCompare(a, one, Py_EQ);
    CHECK(ni == Py_NotImplemented);
    Py_XDECREF(ni);

    PyObject *fmt = S("%d-%s"), *args = Py_BuildValue("(is)", 7, "x");
    CHECK(take_str(PyUnicode_Format(fmt, args), "7-x"));
    PyObject *table = Py_BuildValue("{i:s,i:O}", 'a', "X", 'b', Py_None);
    CHECK(take_str(PyUnicode_Translate(hay, table, NULL), "XcXc"));

    /* Code points beyond the BMP count as one character everywhere. */
    PyObject *emoji = S("h\xc3\xa9\xf0\x9f\x98\x80x");   /* hé😀x */
    CHECK(take_str(PyUnicode_Substring(emoji, 1, 3), "\xc3\xa9\xf0\x9f\x98\x80"));
    CHECK(take_str(PyUnicode_Substring(emoji, 2, 400), "\xf0\x9f\x98\x80x"));
    CHECK(take_str(PyUnicode_Substring(emoji, 3, 2), ""));
    CHECK(PyUnicode_ReadChar(emoji, 2) == 0x1F600 && PyUnicode_ReadChar(emoji, 3) == 'x');
    CHECK(take_str(PyUnicode_FromOrdinal(0x1F600), "\xf0\x9f\x98\x80"));
    CHECK(take_str(PyUnicode_FromOrdinal(0x41), "A"));
    PyObject *ident = S("_a1"), *notident = S("1a");
    CHECK(PyUnicode_IsIdentifier(ident) == 1 && PyUnicode_IsIdentifier(notident) == 0);

    /* Append steals nothing and replaces *pleft; AppendAndDel releases right. */
    PyObject *acc = S("x");
    PyUnicode_Append(&acc, ab);
    CHECK(take_str(acc ? Py_NewRef(acc) : NULL, "xab"));
    PyUnicode_AppendAndDel(&acc, S("!"));
    CHECK(take_str(acc, "xab!"));
    acc = S("x");
    PyUnicode_Append(&acc, one);       /* not a str: *pleft becomes NULL, error set */
    CHECK(acc == NULL);
    EXPECT_ERROR(PyExc_SystemError, "bad argument to internal function");

    /* WriteChar on a str only this code holds; refused on a shared or borrowed one. */
    PyObject *w = PyUnicode_FromStringAndSize("capi-abc", 8);
    CHECK(PyUnicode_WriteChar(w, 5, 'X') == 0);
    CHECK(take_str(Py_NewRef(w), "capi-Xbc"));
    CHECK(PyUnicode_WriteChar(w, 0, 0x300) == -1); EXPECT_ERROR(PyExc_ValueError, "character out of range");
    CHECK(PyUnicode_WriteChar(w, 8, 'Z') == -1); EXPECT_ERROR(PyExc_IndexError, "string index out of range");
    PyObject *held = Py_NewRef(w);
    CHECK(PyUnicode_WriteChar(w, 0, 'Z') == -1);
    EXPECT_ERROR(PyExc_SystemError, "Cannot modify a string currently used");
    Py_DECREF(held);
    PyObject *tuple = Py_BuildValue("(s)", "capi-q");
    CHECK(PyUnicode_WriteChar(PyTuple_GetItem(tuple, 0), 0, 'Z') == -1);
    EXPECT_ERROR(PyExc_SystemError, "Cannot modify a string currently used");
    CHECK(take_str(Py_NewRef(PyTuple_GetItem(tuple, 0)), "capi-q"));
    Py_DECREF(tuple);
    Py_DECREF(w);
    /* Resize gives a new str: truncated, or extended with U+0000 to be written. */
    PyObject *r = PyUnicode_FromString("hello");
    CHECK(PyUnicode_Resize(&r, 2) == 0 && take_str(Py_NewRef(r), "he"));
    CHECK(PyUnicode_Resize(&r, 4) == 0 && PyUnicode_GetLength(r) == 4 && PyUnicode_ReadChar(r, 3) == 0);
    CHECK(PyUnicode_WriteChar(r, 2, 'y') == 0 && PyUnicode_WriteChar(r, 3, '!') == 0);
    CHECK(take_str(r, "hey!"));
    CHECK(PyUnicode_Resize(NULL, 1) == -1); EXPECT_ERROR(PyExc_SystemError, "bad argument to internal function");
    PyObject *neg = PyUnicode_FromString("x");
    CHECK(PyUnicode_Resize(&neg, -1) == -1); EXPECT_ERROR(PyExc_SystemError, "bad argument to internal function");
    Py_DECREF(neg);

    /* Interning replaces the pointer with the interned object. */
    PyObject *interned = PyUnicode_InternFromString("capi_text_name");
    PyObject *fresh = PyUnicode_FromStringAndSize("capi_text_name", 14);
    PyUnicode_InternInPlace(&fresh);
    CHECK(fresh == interned);
    Py_DECREF(fresh);
    Py_DECREF(interned);

    /* FromObject: an exact str copy of a str subclass's value. */
    PyObject *sub = NULL;
    PyObject *globals = PyDict_New();
    PyObject *code_result = PyRun_String("class S(str): pass\nv = S('sub')\n", Py_file_input, globals, globals);
    Py_XDECREF(code_result);
    sub = PyDict_GetItemString(globals, "v");
    PyObject *exact = sub ? PyUnicode_FromObject(sub) : NULL;
    CHECK(exact && PyUnicode_CheckExact(exact) && exact != sub);
    CHECK(take_str(exact, "sub"));
    Py_DECREF(globals);

    /* Bad input: CPython 3.12's messages. */
    CHECK(PyUnicode_Split(one, NULL, -1) == NULL); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Split(abc, one, -1) == NULL); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Split(NULL, NULL, -1) == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);
    CHECK(PyUnicode_Splitlines(one, 0) == NULL); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Partition(abc, one) == NULL); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Join(dash, one) == NULL); EXPECT_ERROR(PyExc_TypeError, "can only join an iterable");
    PyObject *nums = Py_BuildValue("[i]", 1);
    CHECK(PyUnicode_Join(dash, nums) == NULL);
    EXPECT_ERROR(PyExc_TypeError, "sequence item 0: expected str instance, int found");
    CHECK(PyUnicode_Concat(one, a) == NULL); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Concat(a, one) == NULL);
    EXPECT_ERROR(PyExc_TypeError, "can only concatenate str (not \"int\") to str");
    CHECK(PyUnicode_Replace(a, one, b, -1) == NULL); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Count(one, a, 0, 1) == -1); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Find(one, a, 0, 1, 1) == -2); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Tailmatch(one, a, 0, 1, 1) == -1); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Contains(a, one) == -1);
    EXPECT_ERROR(PyExc_TypeError, "'in <string>' requires string as left operand, not int");
    CHECK(PyUnicode_Compare(a, one) == -1); EXPECT_ERROR(PyExc_TypeError, "Can't compare str and int");
    CHECK(PyUnicode_Format(one, args) == NULL); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Translate(one, table, NULL) == NULL); EXPECT_ERROR(PyExc_TypeError, "must be str, not int");
    CHECK(PyUnicode_Substring(emoji, -1, 2) == NULL); EXPECT_ERROR(PyExc_IndexError, "string index out of range");
    CHECK(PyUnicode_Substring(one, 0, 1) == NULL);
    EXPECT_ERROR(PyExc_TypeError, "bad argument type for built-in operation");
    CHECK(PyUnicode_ReadChar(emoji, 5) == (Py_UCS4)-1); EXPECT_ERROR(PyExc_IndexError, "string index out of range");
    CHECK(PyUnicode_ReadChar(one, 0) == (Py_UCS4)-1);
    EXPECT_ERROR(PyExc_TypeError, "bad argument type for built-in operation");
    CHECK(PyUnicode_FromOrdinal(0x110000) == NULL); EXPECT_ERROR(PyExc_ValueError, "chr() arg not in range(0x110000)");
    CHECK(PyUnicode_FromOrdinal(-1) == NULL); EXPECT_ERROR(PyExc_ValueError, "chr() arg not in range(0x110000)");
    CHECK(PyUnicode_WriteChar(one, 0, 'Z') == -1);
    EXPECT_ERROR(PyExc_TypeError, "bad argument type for built-in operation");
    CHECK(PyUnicode_FromObject(one) == NULL);
    EXPECT_ERROR(PyExc_TypeError, "Can't convert 'int' object to str implicitly");
    CHECK(PyUnicode_GetLength(one) == -1); EXPECT_ERROR(PyExc_TypeError, "bad argument type for built-in operation");
    PyUnicode_InternInPlace(NULL);     /* ignored, as in CPython */
    CHECK(!PyErr_Occurred());

    Py_DECREF(nums); Py_DECREF(emoji); Py_DECREF(ident); Py_DECREF(notident);
    Py_DECREF(fmt); Py_DECREF(args); Py_DECREF(table); Py_DECREF(one);
    Py_DECREF(a); Py_DECREF(b); Py_DECREF(hay); Py_DECREF(c); Py_DECREF(bc); Py_DECREF(abs_);
    Py_DECREF(ab); Py_DECREF(xy); Py_DECREF(parts); Py_DECREF(lines);
    Py_DECREF(abc); Py_DECREF(sep); Py_DECREF(dash);
}

static void test_codecs(void)
{
    Py_ssize_t consumed = -1;
    /* UTF-8: errors honoured, and a truncated sequence left over when stateful. */
    CHECK(take_str(PyUnicode_DecodeUTF8("a\xff", 2, "replace"), "a\xef\xbf\xbd"));
    CHECK(PyUnicode_DecodeUTF8("a\xff", 2, NULL) == NULL);
    EXPECT_ERROR(PyExc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
    CHECK(PyUnicode_DecodeUTF8("a\xff", 2, "bogus") == NULL);
    EXPECT_ERROR(PyExc_LookupError, "unknown error handler name 'bogus'");
    CHECK(PyUnicode_FromStringAndSize("a\xc3", 2) == NULL);
    EXPECT_ERROR(PyExc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data");
    CHECK(take_str(PyUnicode_DecodeUTF8Stateful("a\xc3", 2, NULL, &consumed), "a") && consumed == 1);
    CHECK(take_str(PyUnicode_DecodeUTF8Stateful("a\xc3\xa9", 3, NULL, &consumed), "a\xc3\xa9") && consumed == 3);

    /* UTF-16/32 with the byte order protocol. */
    int order = 0;
    CHECK(take_str(PyUnicode_DecodeUTF16("\xff\xfe" "a\0b\0", 6, NULL, &order), "ab") && order == -1);
    order = 1;
    CHECK(take_str(PyUnicode_DecodeUTF16("\0a\0b", 4, NULL, &order), "ab") && order == 1);
    CHECK(take_str(PyUnicode_DecodeUTF16("a\0b\0", 4, NULL, NULL), "ab"));
    order = -1;
    CHECK(take_str(PyUnicode_DecodeUTF16Stateful("a\0b", 3, NULL, &order, &consumed), "a") && consumed == 2);
    CHECK(PyUnicode_DecodeUTF16("a\0b", 3, NULL, &order) == NULL);
    EXPECT_ERROR(PyExc_UnicodeDecodeError, "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data");
    order = 0;
    CHECK(take_str(PyUnicode_DecodeUTF32("\xff\xfe\0\0" "a\0\0\0", 8, NULL, &order), "a") && order == -1);
    order = 1;
    CHECK(take_str(PyUnicode_DecodeUTF32Stateful("\0\0\0a\0\0", 6, NULL, &order, &consumed), "a") && consumed == 4);
    CHECK(take_str(PyUnicode_DecodeUTF32("\0\0\0a", 4, NULL, &order), "a"));
    CHECK(take_str(PyUnicode_DecodeUTF7("a+ZeVnLIqe-", 11, NULL), "a\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"));
    CHECK(take_str(PyUnicode_DecodeUTF7Stateful("a+ZeV", 5, NULL, &consumed), "a") && consumed == 1);
    CHECK(take_str(PyUnicode_DecodeUnicodeEscape("a\\n\\u00e9", 9, NULL), "a\n\xc3\xa9"));
    CHECK(PyUnicode_DecodeUnicodeEscape("a\\n\\x", 5, NULL) == NULL);
    EXPECT_ERROR(PyExc_UnicodeDecodeError, "'unicodeescape' codec can't decode bytes in position 3-4: truncated \\xXX escape");
    CHECK(take_str(PyUnicode_DecodeRawUnicodeEscape("a\\n\\u00e9", 9, NULL), "a\\n\xc3\xa9"));
    PyObject *map = Py_BuildValue("{i:s,i:s}", 'a', "x", 'b', "y");
    CHECK(take_str(PyUnicode_DecodeCharmap("ab", 2, map, NULL), "xy"));
    CHECK(take_str(PyUnicode_DecodeCharmap("\xe9", 1, NULL, NULL), "\xc3\xa9"));   /* NULL: latin-1 */
    PyObject *x = S("x");
    CHECK(PyUnicode_DecodeCharmap("ab", 2, x, NULL) == NULL);
    EXPECT_ERROR(PyExc_UnicodeDecodeError, "'charmap' codec can't decode byte 0x61 in position 0: character maps to <undefined>");
    CHECK(PyUnicode_DecodeUTF16("ab", -1, NULL, NULL) == NULL);
    EXPECT_ERROR(PyExc_SystemError, "Negative size passed to PyUnicode_DecodeUTF16");

    /* Encoders. */
    PyObject *ab = S("ab"), *esc = S("a\xe1\x88\xb4\n");
    CHECK(take_bytes(PyUnicode_AsUTF16String(ab), "\xff\xfe" "a\0b\0", 6));
    CHECK(take_bytes(PyUnicode_AsUTF32String(ab), "\xff\xfe\0\0" "a\0\0\0b\0\0\0", 12));
    CHECK(take_bytes(PyUnicode_AsUnicodeEscapeString(esc), "a\\u1234\\n", 9));
    CHECK(take_bytes(PyUnicode_AsRawUnicodeEscapeString(esc), "a\\u1234\n", 8));
    PyObject *emap = Py_BuildValue("{i:i,i:O}", 'a', 'b', 'b', Py_None);
    CHECK(PyUnicode_AsCharmapString(ab, emap) == NULL);
    EXPECT_ERROR(PyExc_UnicodeEncodeError, "'charmap' codec can't encode character '\\x62' in position 1: character maps to <undefined>");
    PyObject *a_only = S("a");
    CHECK(take_bytes(PyUnicode_AsCharmapString(a_only, emap), "b", 1));
    PyObject *abc = S("abc");
    CHECK(take_repr(PyUnicode_BuildEncodingMap(abc), "{97: 0, 98: 1, 99: 2}"));

    /* Generic (deprecated) forms: rot13 is str to str. Warnings are errors-free by default. */
    CHECK(take_str(PyUnicode_AsEncodedUnicode(abc, "rot13", NULL), "nop"));
    CHECK(take_str(PyUnicode_AsDecodedUnicode(abc, "rot13", NULL), "nop"));
    CHECK(take_str(PyUnicode_AsEncodedObject(abc, "rot13", NULL), "nop"));
    CHECK(take_str(PyUnicode_AsDecodedObject(abc, "rot13", NULL), "nop"));
    CHECK(PyUnicode_AsEncodedUnicode(abc, "utf-8", NULL) == NULL);
    EXPECT_ERROR(PyExc_TypeError, "'utf-8' encoder returned 'bytes' instead of 'str'; use codecs.encode() to encode to arbitrary types");
    PyObject *raw = PyBytes_FromString("\xff");
    CHECK(take_str(PyUnicode_FromEncodedObject(raw, "utf-8", "replace"), "\xef\xbf\xbd"));
    PyObject *ba = PyByteArray_FromStringAndSize("ab", 2);
    CHECK(take_str(PyUnicode_FromEncodedObject(ba, "ascii", NULL), "ab"));
    CHECK(PyUnicode_FromEncodedObject(abc, NULL, NULL) == NULL);
    EXPECT_ERROR(PyExc_TypeError, "decoding str is not supported");
    PyObject *one = PyLong_FromLong(1);
    CHECK(PyUnicode_FromEncodedObject(one, NULL, NULL) == NULL);
    EXPECT_ERROR(PyExc_TypeError, "decoding to str: need a bytes-like object, int found");
    CHECK(PyUnicode_AsUTF16String(one) == NULL); EXPECT_ERROR(PyExc_TypeError, "bad argument type for built-in operation");
    CHECK(PyUnicode_BuildEncodingMap(one) == NULL); EXPECT_ERROR(PyExc_TypeError, "bad argument type for built-in operation");
    CHECK(PyUnicode_AsDecodedObject(one, "rot13", NULL) == NULL);
    EXPECT_ERROR(PyExc_TypeError, "bad argument type for built-in operation");
    CHECK(strcmp(PyUnicode_GetDefaultEncoding(), "utf-8") == 0);

    Py_DECREF(map); Py_DECREF(x); Py_DECREF(ab); Py_DECREF(esc); Py_DECREF(emap); Py_DECREF(a_only);
    Py_DECREF(abc); Py_DECREF(raw); Py_DECREF(ba); Py_DECREF(one);
}

static void test_wide_and_os(void)
{
    /* wchar_t and Py_UCS4 hold code points (UTF-32 on Linux). */
    const wchar_t w[] = { L'h', 0x1F600, L'x', 0 };
    PyObject *s = PyUnicode_FromWideChar(w, -1);
    CHECK(take_str(Py_XNewRef(s), "h\xf0\x9f\x98\x80x"));
    CHECK(take_str(PyUnicode_FromWideChar(w, 2), "h\xf0\x9f\x98\x80"));
    CHECK(take_str(PyUnicode_FromWideChar(NULL, 0), ""));
    CHECK(PyUnicode_FromWideChar(NULL, 3) == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);
    CHECK(PyUnicode_AsWideChar(s, NULL, 0) == 4);
    wchar_t buf[8];
    wmemset(buf, L'?', 8);
    CHECK(PyUnicode_AsWideChar(s, buf, 8) == 3 && buf[1] == 0x1F600 && buf[3] == 0);
    wmemset(buf, L'?', 8);
    CHECK(PyUnicode_AsWideChar(s, buf, 2) == 2 && buf[0] == L'h' && buf[2] == L'?');
    Py_ssize_t size = -1;
    wchar_t *copy = PyUnicode_AsWideCharString(s, &size);
    CHECK(copy && size == 3 && wcscmp(copy, w) == 0);
    PyMem_Free(copy);
    PyObject *nul = PyUnicode_FromStringAndSize("a\0b", 3);
    CHECK(PyUnicode_AsWideCharString(nul, NULL) == NULL); EXPECT_ERROR(PyExc_ValueError, "embedded null character");
    Py_UCS4 *u4 = PyUnicode_AsUCS4Copy(s);
    CHECK(u4 && u4[0] == 'h' && u4[1] == 0x1F600 && u4[2] == 'x' && u4[3] == 0);
    PyMem_Free(u4);
    Py_UCS4 small[3];
    CHECK(PyUnicode_AsUCS4(s, small, 3, 0) == small && small[2] == 'x');
    CHECK(PyUnicode_AsUCS4(s, small, 3, 1) == NULL); EXPECT_ERROR(PyExc_SystemError, "string is longer than the buffer");
    CHECK(PyUnicode_AsUCS4(s, NULL, 3, 1) == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);
    PyObject *one = PyLong_FromLong(1);
    CHECK(PyUnicode_AsWideChar(one, NULL, 0) == -1);
    EXPECT_ERROR(PyExc_TypeError, "bad argument type for built-in operation");
    CHECK(PyUnicode_AsUCS4Copy(one) == NULL); EXPECT_ERROR(PyExc_TypeError, "bad argument type for built-in operation");

    /* File system and locale encodings: UTF-8 with surrogateescape. */
    PyObject *fs = PyUnicode_DecodeFSDefault("a\xff");
    CHECK(fs && PyUnicode_GetLength(fs) == 2 && PyUnicode_ReadChar(fs, 1) == 0xDCFF);
    CHECK(take_bytes(PyUnicode_EncodeFSDefault(fs), "a\xff", 2));
    CHECK(take_str(PyUnicode_DecodeFSDefaultAndSize("abc", 2), "ab"));
    CHECK(PyUnicode_DecodeLocale("a\xff", NULL) == NULL);
    EXPECT_ERROR(PyExc_UnicodeDecodeError, "'locale' codec can't decode byte 0xff in position 1: decoding error");
    PyObject *loc = PyUnicode_DecodeLocale("a\xff", "surrogateescape");
    CHECK(loc && PyUnicode_ReadChar(loc, 1) == 0xDCFF);
    CHECK(take_bytes(PyUnicode_EncodeLocale(loc, "surrogateescape"), "a\xff", 2));
    CHECK(PyUnicode_EncodeLocale(loc, NULL) == NULL);
    EXPECT_ERROR(PyExc_UnicodeEncodeError, "'locale' codec can't encode character '\\udcff' in position 1: encoding error");
    CHECK(PyUnicode_DecodeLocale("a", "replace") == NULL); EXPECT_ERROR(PyExc_ValueError, "unsupported error handler");
    CHECK(take_str(PyUnicode_DecodeLocaleAndSize("h\xc3\xa9!", 3, NULL), "h\xc3\xa9"));
    CHECK(PyUnicode_EncodeFSDefault(one) == NULL); EXPECT_ERROR(PyExc_TypeError, "bad argument type for built-in operation");

    /* The "O&" path converters, including their cleanup call. */
    PyObject *path = S("/tmp/x"), *result = NULL;
    CHECK(PyUnicode_FSConverter(path, &result) == Py_CLEANUP_SUPPORTED);
    CHECK(take_bytes(result, "/tmp/x", 6));
    result = NULL;
    PyObject *bpath = PyBytes_FromString("/tmp/y");
    CHECK(PyUnicode_FSDecoder(bpath, &result) == Py_CLEANUP_SUPPORTED);
    CHECK(take_str(Py_XNewRef(result), "/tmp/y"));
    CHECK(PyUnicode_FSDecoder(NULL, &result) == 1 && result == NULL);   /* released */
    CHECK(PyUnicode_FSConverter(one, &result) == 0);
    EXPECT_ERROR(PyExc_TypeError, "expected str, bytes or os.PathLike object, not int");
    PyObject *nulpath = PyUnicode_FromStringAndSize("a\0", 2);
    CHECK(PyUnicode_FSConverter(nulpath, &result) == 0); EXPECT_ERROR(PyExc_ValueError, "embedded null byte");
    CHECK(PyUnicode_FSDecoder(nulpath, &result) == 0); EXPECT_ERROR(PyExc_ValueError, "embedded null character");

    Py_DECREF(s); Py_DECREF(nul); Py_DECREF(one); Py_DECREF(fs); Py_DECREF(loc);
    Py_DECREF(path); Py_DECREF(bpath); Py_DECREF(nulpath);
}

static void test_unicode_errors(void)
{
    PyObject *d = PyUnicodeDecodeError_Create("utf-8", "ab\xff", 3, 2, 3, "bad byte");
    CHECK(take_repr(Py_XNewRef(d), "UnicodeDecodeError('utf-8', b'ab\\xff', 2, 3, 'bad byte')"));
    CHECK(take_str(PyUnicodeDecodeError_GetEncoding(d), "utf-8"));
    CHECK(take_bytes(PyUnicodeDecodeError_GetObject(d), "ab\xff", 3));
    CHECK(take_str(PyUnicodeDecodeError_GetReason(d), "bad byte"));
    Py_ssize_t v = -9;
    CHECK(PyUnicodeDecodeError_GetStart(d, &v) == 0 && v == 2);
    CHECK(PyUnicodeDecodeError_GetEnd(d, &v) == 0 && v == 3);
    /* Set stores as given; Get clamps: start to [0, len-1], end to [1, len]. */
    CHECK(PyUnicodeDecodeError_SetStart(d, 7) == 0 && PyUnicodeDecodeError_GetStart(d, &v) == 0 && v == 2);
    CHECK(PyUnicodeDecodeError_SetStart(d, -4) == 0 && PyUnicodeDecodeError_GetStart(d, &v) == 0 && v == 0);
    CHECK(PyUnicodeDecodeError_SetEnd(d, 30) == 0 && PyUnicodeDecodeError_GetEnd(d, &v) == 0 && v == 3);
    CHECK(PyUnicodeDecodeError_SetEnd(d, -3) == 0 && PyUnicodeDecodeError_GetEnd(d, &v) == 0 && v == 1);
    CHECK(PyUnicodeDecodeError_SetReason(d, "other") == 0);
    CHECK(take_str(PyUnicodeDecodeError_GetReason(d), "other"));
    PyObject *start = PyObject_GetAttrString(d, "start");
    CHECK(start && PyLong_AsLong(start) == -4);   /* the stored value is unclamped */
    Py_XDECREF(start);

    PyObject *e = NULL, *t = NULL;
    PyObject *globals = PyDict_New();
    PyObject *r = PyRun_String("e = UnicodeEncodeError('ascii', 'a\\xe9\\u20acb', 1, 3, 'r')\n"
                               "t = UnicodeTranslateError('abc', 1, 2, 'tr')\n", Py_file_input, globals, globals);
    Py_XDECREF(r);
    e = PyDict_GetItemString(globals, "e");
    t = PyDict_GetItemString(globals, "t");
    CHECK(e && t);
    if (e && t) {
        CHECK(take_str(PyUnicodeEncodeError_GetEncoding(e), "ascii"));
        CHECK(take_str(PyUnicodeEncodeError_GetObject(e), "a\xc3\xa9\xe2\x82\xac" "b"));
        CHECK(take_str(PyUnicodeEncodeError_GetReason(e), "r"));
        CHECK(PyUnicodeEncodeError_GetStart(e, &v) == 0 && v == 1);
        CHECK(PyUnicodeEncodeError_GetEnd(e, &v) == 0 && v == 3);
        CHECK(PyUnicodeEncodeError_SetStart(e, 2) == 0 && PyUnicodeEncodeError_SetEnd(e, 9) == 0);
        CHECK(PyUnicodeEncodeError_GetStart(e, &v) == 0 && v == 2);
        CHECK(PyUnicodeEncodeError_GetEnd(e, &v) == 0 && v == 4);
        CHECK(PyUnicodeEncodeError_SetReason(e, "why") == 0);
        CHECK(take_str(PyObject_Str(e), "'ascii' codec can't encode characters in position 2-8: why"));
        CHECK(take_str(PyUnicodeTranslateError_GetObject(t), "abc"));
        CHECK(take_str(PyUnicodeTranslateError_GetReason(t), "tr"));
        CHECK(PyUnicodeTranslateError_GetStart(t, &v) == 0 && v == 1);
        CHECK(PyUnicodeTranslateError_GetEnd(t, &v) == 0 && v == 2);
        CHECK(PyUnicodeTranslateError_SetStart(t, 0) == 0 && PyUnicodeTranslateError_SetEnd(t, 1) == 0);
        CHECK(PyUnicodeTranslateError_SetReason(t, "no") == 0);
        CHECK(take_str(PyObject_Str(t), "can't translate character '\\x61' in position 0: no"));
        CHECK(PyUnicodeTranslateError_GetEnd(t, &v) == 0 && v == 1);

        /* Bad input: wrong attribute types, wrong exception class, NULL. */
        PyObject *five = PyLong_FromLong(5);
        CHECK(PyObject_SetAttrString(e, "object", five) == 0);
        CHECK(PyUnicodeEncodeError_GetStart(e, &v) == -1); EXPECT_ERROR(PyExc_TypeError, "object attribute must be unicode");
        CHECK(PyUnicodeEncodeError_GetObject(e) == NULL); EXPECT_ERROR(PyExc_TypeError, "object attribute must be unicode");
        CHECK(PyObject_SetAttrString(e, "encoding", five) == 0);
        CHECK(PyUnicodeEncodeError_GetEncoding(e) == NULL); EXPECT_ERROR(PyExc_TypeError, "encoding attribute must be unicode");
        CHECK(PyObject_SetAttrString(d, "object", five) == 0);
        CHECK(PyUnicodeDecodeError_GetObject(d) == NULL); EXPECT_ERROR(PyExc_TypeError, "object attribute must be bytes");
        CHECK(PyUnicodeDecodeError_GetStart(t, &v) == -1);
        EXPECT_ERROR(PyExc_TypeError, "expected UnicodeDecodeError, got UnicodeTranslateError");
        CHECK(PyUnicodeEncodeError_GetReason(five) == NULL);
        EXPECT_ERROR(PyExc_TypeError, "expected UnicodeEncodeError, got int");
        Py_DECREF(five);
    }
    CHECK(PyUnicodeDecodeError_GetStart(NULL, &v) == -1); EXPECT_ERROR(PyExc_SystemError, NULL);
    CHECK(PyUnicodeTranslateError_SetReason(t, NULL) == -1); EXPECT_ERROR(PyExc_SystemError, NULL);
    CHECK(PyUnicodeDecodeError_Create(NULL, "a", 1, 0, 1, "r") == NULL); EXPECT_ERROR(PyExc_SystemError, NULL);
    Py_DECREF(globals);
    Py_XDECREF(d);
}

int main(void)
{
    for (int cycle = 0; cycle < 2; cycle++) {
        Py_Initialize();
        test_operations();
        test_codecs();
        test_wide_and_os();
        test_unicode_errors();
        CHECK(!PyErr_Occurred());
        Py_FinalizeEx();
    }
    return finish("test_capi_text");
}
