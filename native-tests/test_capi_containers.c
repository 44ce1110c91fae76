/* Containers through the C API: the sequence and mapping protocols, dict, list, tuple, set and
 * frozenset, slices and iterators. Results are checked by value, reference rules where they
 * matter (borrowed vs new), and bad input gives CPython's exception and message (NULL:
 * SystemError; the wrong kind of object for a concrete-type function: SystemError; wrong types
 * for the abstract protocol: TypeError; out of range: IndexError/KeyError/ValueError). */
#include "capi_test.h"

static void test_sequence_protocol(void)
{
    PyObject *l = EVAL("[3, 1, 2, 1]"), *t = EVAL("(1, 2, 1)"), *one = PyLong_FromLong(1), *nine = PyLong_FromLong(9);
    PyObject *i = PyLong_FromLong(5), *d = EVAL("{'a': 1}"), *s = PyUnicode_FromString("abc");
    CHECK(PySequence_Check(l) == 1 && PySequence_Check(s) == 1 && PySequence_Check(d) == 0 && PySequence_Check(i) == 0);
    CHECK(PySequence_Size(l) == 4 && PySequence_Length(t) == 3 && PyObject_Size(s) == 3 && PyObject_Length(d) == 1);
    CHECK(PySequence_Size(i) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "object of type 'int' has no len()");
    CHECK(PyObject_Size(NULL) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK_REPR(PySequence_GetItem(l, -1), "1");
    CHECK(PySequence_GetItem(l, 4) == NULL); EXPECT_ERROR_MSG(PyExc_IndexError, "list index out of range");
    CHECK_REPR(PySequence_GetSlice(t, 1, 100), "(2, 1)");
    CHECK(PySequence_Count(l, one) == 2 && PySequence_Count(t, nine) == 0);
    CHECK(PySequence_Index(l, one) == 1 && PySequence_Index(t, one) == 0);
    CHECK(PySequence_Index(l, nine) == -1); EXPECT_ERROR_MSG(PyExc_ValueError, "sequence.index(x): x not in sequence");
    CHECK(PySequence_Count(i, one) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "argument of type 'int' is not iterable");
    CHECK(PySequence_Contains(l, one) == 1 && PySequence_In(t, nine) == 0);
    CHECK(PySequence_In(i, one) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "argument of type 'int' is not iterable");

    CHECK_REPR(PySequence_Concat(t, t), "(1, 2, 1, 1, 2, 1)");
    CHECK_REPR(PySequence_Repeat(s, 3), "'abcabcabc'");
    CHECK(PySequence_Repeat(i, 2) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object can't be repeated");
    CHECK(PySequence_Concat(i, i) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object can't be concatenated");
    CHECK(PySequence_InPlaceConcat(d, t) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'dict' object can't be concatenated");
    PyObject *r = PySequence_InPlaceConcat(l, t);   /* list += tuple: the same list, extended */
    CHECK(r == l && repr_is(l, "[3, 1, 2, 1, 1, 2, 1]"));
    Py_XDECREF(r);
    r = PySequence_InPlaceRepeat(t, 2);             /* tuple *= 2: a new tuple */
    CHECK(r != t && repr_is(r, "(1, 2, 1, 1, 2, 1)") && repr_is(t, "(1, 2, 1)"));
    Py_XDECREF(r);

    CHECK(PySequence_SetItem(l, 0, nine) == 0 && repr_is(l, "[9, 1, 2, 1, 1, 2, 1]"));
    CHECK(PySequence_SetItem(t, 0, nine) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'tuple' object does not support item assignment");
    CHECK(PySequence_DelItem(l, 1) == 0 && repr_is(l, "[9, 2, 1, 1, 2, 1]"));
    CHECK(PySequence_DelItem(l, 10) == -1); EXPECT_ERROR_MSG(PyExc_IndexError, "list assignment index out of range");
    CHECK(PySequence_SetSlice(l, 1, 4, t) == 0 && repr_is(l, "[9, 1, 2, 1, 2, 1]"));
    CHECK(PySequence_SetSlice(l, 0, 2, NULL) == 0 && repr_is(l, "[2, 1, 2, 1]"));
    CHECK(PySequence_DelSlice(l, 2, 100) == 0 && repr_is(l, "[2, 1]"));
    CHECK(PySequence_SetSlice(t, 0, 1, t) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'tuple' object does not support item assignment");
    CHECK(PySequence_DelSlice(NULL, 0, 1) == -1); EXPECT_ERROR(PyExc_SystemError);

    CHECK_REPR(PySequence_Tuple(l), "(2, 1)");
    CHECK_REPR(PySequence_List(s), "['a', 'b', 'c']");
    PyObject *fast = PySequence_Fast(t, "not a sequence");
    CHECK(fast == t);
    Py_XDECREF(fast);
    CHECK(PySequence_Fast(i, "need a sequence") == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "need a sequence");

    /* Item access through the object protocol. */
    PyObject *key = PyUnicode_FromString("b");
    CHECK(PyObject_SetItem(d, key, nine) == 0);
    CHECK_REPR(PyObject_GetItem(d, key), "9");
    CHECK(PyObject_DelItem(d, key) == 0 && PyObject_Size(d) == 1);
    CHECK(PyObject_DelItem(d, key) == -1); EXPECT_ERROR_MSG(PyExc_KeyError, "'b'");
    CHECK(PyObject_DelItemString(d, "a") == 0 && PyObject_Size(d) == 0);
    CHECK(PyObject_DelItemString(d, "a") == -1); EXPECT_ERROR_MSG(PyExc_KeyError, "'a'");
    CHECK(PyObject_DelItemString(d, NULL) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyObject_SetItem(t, one, one) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'tuple' object does not support item assignment");
    CHECK(PyObject_SetItem(d, key, NULL) == -1); EXPECT_ERROR(PyExc_SystemError);
    Py_DECREF(key);
    Py_DECREF(l); Py_DECREF(t); Py_DECREF(one); Py_DECREF(nine); Py_DECREF(i); Py_DECREF(d); Py_DECREF(s);
}

static void test_mapping_protocol(void)
{
    EXEC("class Mapping:\n"
         "    def __init__(self): self.data = {'x': 1, 'y': 2}\n"
         "    def __getitem__(self, k): return self.data[k]\n"
         "    def __setitem__(self, k, v): self.data[k] = v\n"
         "    def __len__(self): return len(self.data)\n"
         "    def keys(self): return self.data.keys()\n"
         "    def values(self): return self.data.values()\n"
         "    def items(self): return self.data.items()\n"
         "mapping = Mapping()\n");
    PyObject *m = EVAL("mapping"), *i = PyLong_FromLong(1);
    CHECK(PyMapping_Check(m) == 1 && PyMapping_Check(i) == 0 && PyMapping_Check(NULL) == 0);
    CHECK(PyMapping_Size(m) == 2 && PyMapping_Length(m) == 2);
    CHECK(PyMapping_Size(i) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "object of type 'int' has no len()");
    CHECK_REPR(PyMapping_Keys(m), "['x', 'y']");
    CHECK_REPR(PyMapping_Values(m), "[1, 2]");
    CHECK_REPR(PyMapping_Items(m), "[('x', 1), ('y', 2)]");
    CHECK(PyMapping_Keys(i) == NULL); EXPECT_ERROR_MSG(PyExc_AttributeError, "'int' object has no attribute 'keys'");
    CHECK_REPR(PyMapping_GetItemString(m, "y"), "2");
    CHECK(PyMapping_GetItemString(m, "z") == NULL); EXPECT_ERROR_MSG(PyExc_KeyError, "'z'");
    CHECK(PyMapping_SetItemString(m, "z", i) == 0);
    CHECK(PyMapping_HasKeyString(m, "z") == 1 && PyMapping_HasKeyString(m, "w") == 0 && !PyErr_Occurred());
    PyObject *k = PyUnicode_FromString("x"), *lst = PyList_New(0);
    CHECK(PyMapping_HasKey(m, k) == 1 && PyMapping_HasKey(m, lst) == 0 && !PyErr_Occurred());
    CHECK(PyMapping_HasKey(NULL, k) == 0 && PyMapping_HasKeyString(m, NULL) == 0 && !PyErr_Occurred());
    CHECK(PyMapping_SetItemString(i, "a", i) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object does not support item assignment");
    CHECK(PyMapping_SetItemString(m, NULL, i) == -1); EXPECT_ERROR(PyExc_SystemError);
    Py_DECREF(k); Py_DECREF(lst); Py_DECREF(m); Py_DECREF(i);
}

static void test_dicts(void)
{
    PyObject *d = EVAL("{'a': 1, 'b': 2}");
    PyObject *c = PyDict_Copy(d);
    CHECK(c && c != d && repr_is(c, "{'a': 1, 'b': 2}"));
    PyDict_Clear(d);
    CHECK(PyDict_Size(d) == 0 && PyDict_Size(c) == 2);
    PyDict_Clear(NULL);   /* ignored, as CPython */
    CHECK_REPR(PyDict_Keys(c), "['a', 'b']");
    CHECK_REPR(PyDict_Values(c), "[1, 2]");
    CHECK_REPR(PyDict_Items(c), "[('a', 1), ('b', 2)]");
    PyObject *other = EVAL("{'b': 20, 'c': 30}");
    CHECK(PyDict_Merge(c, other, 0) == 0 && repr_is(c, "{'a': 1, 'b': 2, 'c': 30}"));
    CHECK(PyDict_Merge(c, other, 1) == 0 && repr_is(c, "{'a': 1, 'b': 20, 'c': 30}"));
    PyObject *m = EVAL("__import__('types').MappingProxyType({'z': 26, 'a': 0})");
    CHECK(PyDict_Update(c, m) == 0 && repr_is(c, "{'a': 0, 'b': 20, 'c': 30, 'z': 26}"));
    PyObject *pairs = EVAL("[('p', 1), ['q', 2], 'ab']");
    CHECK(PyDict_MergeFromSeq2(d, pairs, 1) == 0 && repr_is(d, "{'p': 1, 'q': 2, 'a': 'b'}"));
    PyObject *pairs2 = EVAL("[('p', 100), ('n', 5)]");
    CHECK(PyDict_MergeFromSeq2(d, pairs2, 0) == 0 && repr_is(d, "{'p': 1, 'q': 2, 'a': 'b', 'n': 5}"));
    CHECK(PyDict_DelItemString(d, "q") == 0 && repr_is(d, "{'p': 1, 'a': 'b', 'n': 5}"));
    CHECK(PyDict_DelItemString(d, "q") == -1); EXPECT_ERROR_MSG(PyExc_KeyError, "'q'");

    PyObject *bad3 = EVAL("[(1, 2, 3)]"), *bad1 = EVAL("[1]"), *i = PyLong_FromLong(1), *l = PyList_New(0);
    CHECK(PyDict_MergeFromSeq2(d, bad3, 1) == -1);
    EXPECT_ERROR_MSG(PyExc_ValueError, "dictionary update sequence element #0 has length 3; 2 is required");
    CHECK(PyDict_MergeFromSeq2(d, bad1, 1) == -1);
    EXPECT_ERROR_MSG(PyExc_TypeError, "cannot convert dictionary update sequence element #0 to a sequence");
    CHECK(PyDict_Update(d, i) == -1); EXPECT_ERROR_MSG(PyExc_AttributeError, "'int' object has no attribute 'keys'");
    CHECK(PyDict_Merge(l, d, 1) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyDict_Copy(l) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyDict_Keys(NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyDict_Items(i) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyDict_Values(l) == NULL); EXPECT_ERROR(PyExc_SystemError);

    /* A read-only proxy. */
    PyObject *proxy = PyDictProxy_New(d);
    CHECK(proxy && PyMapping_Size(proxy) == 3);
    CHECK_REPR(PyMapping_GetItemString(proxy, "n"), "5");
    CHECK(PyMapping_SetItemString(proxy, "n", i) == -1);
    EXPECT_ERROR_MSG(PyExc_TypeError, "'mappingproxy' object does not support item assignment");
    CHECK(PyDict_SetItemString(d, "late", i) == 0 && PyMapping_Size(proxy) == 4);   /* a view, not a copy */
    Py_XDECREF(proxy);
    CHECK(PyDictProxy_New(i) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "mappingproxy() argument must be a mapping, not int");

    Py_DECREF(bad3); Py_DECREF(bad1); Py_DECREF(i); Py_DECREF(l);
    Py_DECREF(pairs); Py_DECREF(pairs2); Py_DECREF(m); Py_DECREF(other); Py_DECREF(c); Py_DECREF(d);
}

static void test_lists_and_tuples(void)
{
    PyObject *l = EVAL("[5, 3, 9, 1]"), *t = EVAL("(0, 1, 2, 3, 4)"), *d = PyDict_New();
    CHECK_REPR(PyList_GetSlice(l, 1, 3), "[3, 9]");
    CHECK_REPR(PyList_GetSlice(l, -10, 100), "[5, 3, 9, 1]");   /* clamped, as CPython */
    CHECK_REPR(PyTuple_GetSlice(t, 3, 100), "(3, 4)");
    CHECK_REPR(PyTuple_GetSlice(t, 4, 2), "()");
    PyObject *whole = PyTuple_GetSlice(t, 0, 5);
    CHECK(whole == t);   /* the whole tuple is the tuple itself */
    Py_XDECREF(whole);
    CHECK(PyList_Sort(l) == 0 && repr_is(l, "[1, 3, 5, 9]"));
    CHECK(PyList_Reverse(l) == 0 && repr_is(l, "[9, 5, 3, 1]"));
    PyObject *items = EVAL("['a', 'b']");
    CHECK(PyList_SetSlice(l, 1, 3, items) == 0 && repr_is(l, "[9, 'a', 'b', 1]"));
    CHECK(PyList_SetSlice(l, 0, 1, NULL) == 0 && repr_is(l, "['a', 'b', 1]"));
    CHECK(PyList_Sort(l) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "'<' not supported between instances of 'int' and 'str'");
    CHECK(PyList_Sort(t) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyList_Reverse(d) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyList_GetSlice(NULL, 0, 1) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyList_SetSlice(t, 0, 1, NULL) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyTuple_GetSlice(l, 0, 1) == NULL); EXPECT_ERROR(PyExc_SystemError);
    PyObject *i = PyLong_FromLong(3);
    CHECK(PyList_SetSlice(l, 0, 1, i) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "can only assign an iterable");
    Py_DECREF(i); Py_DECREF(items); Py_DECREF(l); Py_DECREF(t); Py_DECREF(d);
}

static void test_sets(void)
{
    PyObject *src = EVAL("[3, 1, 3, 2]");
    PyObject *s = PySet_New(src), *f = PyFrozenSet_New(src), *empty = PySet_New(NULL), *fempty = PyFrozenSet_New(NULL);
    CHECK(s && PySet_Check(s) && PyAnySet_Check(s) && !PyFrozenSet_Check(s));
    CHECK(f && PyFrozenSet_Check(f) && PyFrozenSet_CheckExact(f) && PyAnySet_Check(f) && !PySet_Check(f));
    CHECK(PySet_Size(s) == 3 && PySet_Size(f) == 3 && PySet_Size(empty) == 0 && PySet_Size(fempty) == 0);
    PyObject *one = PyLong_FromLong(1), *nine = PyLong_FromLong(9), *l = PyList_New(0);
    CHECK(PySet_Contains(s, one) == 1 && PySet_Contains(f, nine) == 0);
    CHECK(PySet_Contains(s, l) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "unhashable type: 'list'");
    CHECK(PySet_Add(s, nine) == 0 && PySet_Size(s) == 4 && PySet_Contains(s, nine) == 1);
    CHECK(PySet_Add(s, nine) == 0 && PySet_Size(s) == 4);
    CHECK(PySet_Add(fempty, nine) == 0 && PySet_Size(fempty) == 1);   /* filling a new frozenset */
    CHECK(PySet_Add(s, l) == -1); EXPECT_ERROR_MSG(PyExc_TypeError, "unhashable type: 'list'");
    CHECK(PySet_Discard(s, nine) == 1 && PySet_Discard(s, nine) == 0 && PySet_Size(s) == 3);
    CHECK(PySet_Discard(f, one) == -1); EXPECT_ERROR(PyExc_SystemError);
    PyObject *popped = PySet_Pop(s);
    CHECK(popped && PyLong_Check(popped) && PySet_Size(s) == 2 && PySet_Contains(s, popped) == 0);
    Py_XDECREF(popped);
    CHECK(PySet_Clear(s) == 0 && PySet_Size(s) == 0);
    CHECK(PySet_Pop(s) == NULL); EXPECT_ERROR_MSG(PyExc_KeyError, "'pop from an empty set'");
    CHECK(PySet_Pop(f) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PySet_Clear(f) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PySet_Size(l) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PySet_Contains(NULL, one) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PySet_Add(l, one) == -1); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PySet_New(one) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object is not iterable");
    CHECK(PyFrozenSet_New(one) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object is not iterable");
    Py_DECREF(one); Py_DECREF(nine); Py_DECREF(l);
    Py_DECREF(src); Py_DECREF(s); Py_DECREF(f); Py_DECREF(empty); Py_DECREF(fempty);
}

static void test_slices(void)
{
    PyObject *one = PyLong_FromLong(1), *minus2 = PyLong_FromLong(-2), *zero = PyLong_FromLong(0);
    PyObject *sl = PySlice_New(one, NULL, minus2);
    CHECK(sl && PySlice_Check(sl) && repr_is(sl, "slice(1, None, -2)"));
    Py_ssize_t start, stop, step, len;
    CHECK(PySlice_Unpack(sl, &start, &stop, &step) == 0 && start == 1 && stop == PY_SSIZE_T_MIN && step == -2);
    len = PySlice_AdjustIndices(5, &start, &stop, step);
    CHECK(len == 1 && start == 1 && stop == -1);
    CHECK(PySlice_GetIndicesEx(sl, 10, &start, &stop, &step, &len) == 0 && start == 1 && stop == -1 && step == -2 && len == 1);
    PyObject *fwd = PySlice_New(minus2, NULL, NULL);
    CHECK(PySlice_GetIndices(fwd, 10, &start, &stop, &step) == 0 && start == 8 && stop == 10 && step == 1);
    PyObject *zs = PySlice_New(NULL, NULL, zero);
    CHECK(PySlice_Unpack(zs, &start, &stop, &step) == -1); EXPECT_ERROR_MSG(PyExc_ValueError, "slice step cannot be zero");
    CHECK(PySlice_GetIndicesEx(zs, 3, &start, &stop, &step, &len) == -1 && len == 0);
    EXPECT_ERROR_MSG(PyExc_ValueError, "slice step cannot be zero");
    PyObject *s = PyUnicode_FromString("x");
    PyObject *bad = PySlice_New(s, NULL, NULL);
    CHECK(PySlice_Unpack(bad, &start, &stop, &step) == -1);
    EXPECT_ERROR_MSG(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
    CHECK(PySlice_Unpack(s, &start, &stop, &step) == -1); EXPECT_ERROR(PyExc_SystemError);
    PyObject *t = EVAL("(0, 1, 2, 3, 4)");
    CHECK_REPR(PyObject_GetItem(t, sl), "(1,)");
    Py_DECREF(t); Py_DECREF(bad); Py_DECREF(s); Py_DECREF(zs); Py_DECREF(fwd); Py_DECREF(sl);
    Py_DECREF(one); Py_DECREF(minus2); Py_DECREF(zero);
}

static void test_iterators(void)
{
    PyObject *l = EVAL("[1, 2]"), *i = PyLong_FromLong(7);
    PyObject *it = PyObject_GetIter(l);
    CHECK(it && PyIter_Check(it) == 1 && PyIter_Check(l) == 0 && PyIter_Check(NULL) == 0);
    PyObject *self = PyObject_SelfIter(it);
    CHECK(self == it);
    Py_XDECREF(self);
    CHECK_REPR(PyIter_Next(it), "1");
    CHECK_REPR(PyIter_Next(it), "2");
    CHECK(PyIter_Next(it) == NULL && !PyErr_Occurred());
    Py_XDECREF(it);
    CHECK(PyObject_GetIter(i) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object is not iterable");
    CHECK(PyIter_Next(l) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'list' object is not an iterator");

    /* iter(seq) over __getitem__ and iter(callable, sentinel). */
    EXEC("class Seq:\n"
         "    def __getitem__(self, i):\n"
         "        if i >= 3: raise IndexError(i)\n"
         "        return i * 10\n"
         "counter = iter([1, 2, 3, 4]).__next__\n");
    PyObject *seq = EVAL("Seq()"), *counter = EVAL("counter"), *three = PyLong_FromLong(3);
    PyObject *si = PySeqIter_New(seq);
    CHECK(si && PyIter_Check(si));
    CHECK_REPR(PySequence_List(si), "[0, 10, 20]");
    Py_XDECREF(si);
    PyObject *ci = PyCallIter_New(counter, three);
    CHECK(ci && PyIter_Check(ci));
    CHECK_REPR(PySequence_List(ci), "[1, 2]");
    Py_XDECREF(ci);
    CHECK(PySeqIter_New(NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyCallIter_New(counter, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);

    /* PyIter_Send on a generator: next values, then the return value. */
    EXEC("def gen():\n"
         "    got = yield 1\n"
         "    yield got * 2\n"
         "    return 'done'\n");
    PyObject *g = EVAL("gen()"), *result = NULL, *twentyone = PyLong_FromLong(21);
    CHECK(PyIter_Send(g, Py_None, &result) == PYGEN_NEXT && repr_is(result, "1"));
    Py_XDECREF(result);
    CHECK(PyIter_Send(g, twentyone, &result) == PYGEN_NEXT && repr_is(result, "42"));
    Py_XDECREF(result);
    CHECK(PyIter_Send(g, Py_None, &result) == PYGEN_RETURN && repr_is(result, "'done'"));
    Py_XDECREF(result);
    /* A plain iterator: next() steps, then PYGEN_RETURN with None. */
    PyObject *li = PyObject_GetIter(l);
    CHECK(PyIter_Send(li, Py_None, &result) == PYGEN_NEXT && repr_is(result, "1"));
    Py_XDECREF(result);
    CHECK(PyIter_Send(li, Py_None, &result) == PYGEN_NEXT); Py_XDECREF(result);
    CHECK(PyIter_Send(li, Py_None, &result) == PYGEN_RETURN && result == Py_None);
    Py_XDECREF(result);
    CHECK(PyIter_Send(li, i, &result) == PYGEN_ERROR && result == NULL);
    EXPECT_ERROR_MSG(PyExc_AttributeError, "'list_iterator' object has no attribute 'send'");
    CHECK(PyIter_Send(NULL, Py_None, &result) == PYGEN_ERROR); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyIter_Send(li, Py_None, NULL) == PYGEN_ERROR); EXPECT_ERROR(PyExc_SystemError);
    Py_DECREF(li);

    /* Async iteration. */
    EXEC("class AIt:\n"
         "    def __aiter__(self): return self\n"
         "    async def __anext__(self): raise StopAsyncIteration\n"
         "class BadAIter:\n"
         "    def __aiter__(self): return 5\n");
    PyObject *ait = EVAL("AIt()"), *bad = EVAL("BadAIter()");
    PyObject *a = PyObject_GetAIter(ait);
    CHECK(a == ait && PyAIter_Check(a) == 1 && PyAIter_Check(l) == 0 && PyAIter_Check(NULL) == 0);
    Py_XDECREF(a);
    CHECK(PyObject_GetAIter(i) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'int' object is not an async iterable");
    CHECK(PyObject_GetAIter(bad) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "aiter() returned not an async iterator of type 'int'");
    Py_DECREF(ait); Py_DECREF(bad);
    Py_DECREF(g); Py_DECREF(twentyone); Py_DECREF(seq); Py_DECREF(counter); Py_DECREF(three);
    Py_DECREF(l); Py_DECREF(i);
}

int main(void)
{
    for (int cycle = 0; cycle < 2; cycle++) {
        Py_Initialize();
        begin_python();
        test_sequence_protocol();
        test_mapping_protocol();
        test_dicts();
        test_lists_and_tuples();
        test_sets();
        test_slices();
        test_iterators();
        CHECK(!PyErr_Occurred());
        end_python();
        Py_FinalizeEx();
    }
    return report("test_capi_containers");
}
