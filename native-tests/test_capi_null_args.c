/* test_capi_null_args: NULL in every object (and name) argument of the priority families of the
 * Limited API (issue 6: objects, calls, numbers, sequences, mappings, iterators, ints, floats,
 * strs, bytes, tuples, lists, dicts, sets, imports, code, modules, capsules, argument parsing),
 * one argument at a time with the others valid, and objects of the wrong type where a concrete
 * type is required: each call returns its error value with an exception set (SystemError for a
 * NULL, as CPython's "bad argument to internal function" / "null argument to internal routine";
 * the documented exception for a wrong type), never a crash. Functions whose NULL has a meaning
 * (PySet_New(NULL): an empty set) or that report no error (PyDict_GetItem, the *_Check
 * predicates, PyObject_HasAttr) are checked for that. Runs plain and under valgrind. */
#include <Python.h>
#include <stdio.h>
#include <string.h>
#include "capi_test.h"

static int calls;

/* The call failed (result says so) with an exception of one of the expected kinds set. */
static void failed_with(int result_is_error, PyObject *kind, const char *call, int line)
{
    calls++;
    if (!result_is_error || !PyErr_Occurred()) {
        fprintf(stderr, "%s:%d: %s: no error reported\n", __FILE__, line, call);
        failures++;
    }
    else if (!PyErr_ExceptionMatches(kind)) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        PyObject *r = value ? PyObject_Repr(value) : NULL;
        fprintf(stderr, "%s:%d: %s: %s (%s), expected %s\n", __FILE__, line, call,
                type ? PyUnicode_AsUTF8(PyObject_GetAttrString(type, "__name__")) : "?",
                r ? PyUnicode_AsUTF8(r) : "?", PyUnicode_AsUTF8(PyObject_GetAttrString(kind, "__name__")));
        Py_XDECREF(r);
        Py_XDECREF(type); Py_XDECREF(value); Py_XDECREF(tb);
        failures++;
    }
    PyErr_Clear();
}

/* A call that answers without an error (a predicate, a lookup that suppresses errors). */
static void answered(int ok, const char *call, int line)
{
    calls++;
    if (!ok || PyErr_Occurred()) {
        fprintf(stderr, "%s:%d: %s: unexpected result or error\n", __FILE__, line, call);
        failures++;
    }
    PyErr_Clear();
}

/* NULL object: SystemError with NULL / -1 as the result. */
#define NUL(call) failed_with((call) == NULL, PyExc_SystemError, #call, __LINE__)
#define M1(call) failed_with((call) == -1, PyExc_SystemError, #call, __LINE__)
#define DBL(call) failed_with((call) == -1.0, PyExc_SystemError, #call, __LINE__)
/* Wrong type: the given exception. */
#define NUL_T(kind, call) failed_with((call) == NULL, (kind), #call, __LINE__)
#define M1_T(kind, call) failed_with((call) == -1, (kind), #call, __LINE__)
#define ANSWER(cond) answered((cond), #cond, __LINE__)

static void test_objects(PyObject *o, PyObject *name, PyObject *f, PyObject *args)
{
    NUL(PyObject_GetAttr(NULL, name));
    NUL(PyObject_GetAttr(o, NULL));
    NUL(PyObject_GetAttrString(NULL, "x"));
    NUL(PyObject_GetAttrString(o, NULL));
    M1(PyObject_SetAttr(NULL, name, o));
    M1(PyObject_SetAttr(o, NULL, o));
    M1(PyObject_SetAttrString(NULL, "x", o));
    M1(PyObject_SetAttrString(o, NULL, o));
    M1(PyObject_DelAttr(NULL, name));
    M1(PyObject_DelAttrString(o, NULL));
    NUL(PyObject_GenericGetAttr(NULL, name));
    M1(PyObject_GenericSetAttr(NULL, name, o));
    ANSWER(PyObject_HasAttr(NULL, name) == 0);
    ANSWER(PyObject_HasAttrString(o, NULL) == 0);
    NUL(PyObject_RichCompare(NULL, o, Py_EQ));
    NUL(PyObject_RichCompare(o, NULL, Py_EQ));
    M1(PyObject_RichCompareBool(NULL, o, Py_LT));
    M1(PyObject_Hash(NULL));
    M1(PyObject_IsTrue(NULL));
    M1(PyObject_Not(NULL));
    NUL(PyObject_Type(NULL));
    M1(PyObject_Size(NULL));
    M1(PyObject_Length(NULL));
    NUL(PyObject_GetItem(NULL, o));
    NUL(PyObject_GetItem(o, NULL));
    M1(PyObject_SetItem(NULL, o, o));
    M1(PyObject_SetItem(args, NULL, o));
    M1(PyObject_DelItem(NULL, o));
    NUL(PyObject_GetIter(NULL));
    M1(PyObject_IsInstance(NULL, (PyObject *)&PyLong_Type));
    M1(PyObject_IsInstance(o, NULL));
    M1(PyObject_IsSubclass(NULL, (PyObject *)&PyLong_Type));
    NUL(PyObject_Format(NULL, NULL));
    NUL(PyObject_Call(NULL, args, NULL));
    NUL(PyObject_Call(f, NULL, NULL));
    NUL(PyObject_CallObject(NULL, args));
    NUL(PyObject_CallNoArgs(NULL));
    NUL(PyObject_CallFunctionObjArgs(NULL, NULL));
    NUL(PyObject_CallMethodObjArgs(NULL, name, NULL));
    NUL(PyObject_CallMethodObjArgs(o, NULL, NULL));
    NUL(PyObject_CallFunction(NULL, "i", 1));
    NUL(PyObject_CallMethod(NULL, "x", NULL));
    NUL(PyObject_CallMethod(o, NULL, NULL));
    NUL(PyObject_Vectorcall(NULL, NULL, 0, NULL));
    PyObject *self_args[1] = {o};
    NUL(PyObject_VectorcallMethod(NULL, self_args, 1, NULL));
    Py_buffer view;
    M1(PyObject_GetBuffer(NULL, &view, PyBUF_SIMPLE));
    ANSWER(PyObject_CheckBuffer(NULL) == 0);
    NUL(PyObject_SelfIter(NULL));
    ANSWER(PyCallable_Check(NULL) == 0);
}

static void test_numbers(PyObject *o)
{
    binaryfunc binary[] = {PyNumber_Add, PyNumber_Subtract, PyNumber_Multiply, PyNumber_MatrixMultiply,
        PyNumber_FloorDivide, PyNumber_TrueDivide, PyNumber_Remainder, PyNumber_Divmod, PyNumber_Lshift,
        PyNumber_Rshift, PyNumber_And, PyNumber_Xor, PyNumber_Or, PyNumber_InPlaceAdd, PyNumber_InPlaceSubtract,
        PyNumber_InPlaceMultiply, PyNumber_InPlaceMatrixMultiply, PyNumber_InPlaceFloorDivide,
        PyNumber_InPlaceTrueDivide, PyNumber_InPlaceRemainder, PyNumber_InPlaceLshift, PyNumber_InPlaceRshift,
        PyNumber_InPlaceAnd, PyNumber_InPlaceXor, PyNumber_InPlaceOr};
    for (size_t i = 0; i < sizeof binary / sizeof binary[0]; i++) {
        NUL(binary[i](NULL, o));
        NUL(binary[i](o, NULL));
    }
    unaryfunc unary[] = {PyNumber_Negative, PyNumber_Positive, PyNumber_Absolute, PyNumber_Invert,
        PyNumber_Long, PyNumber_Float, PyNumber_Index};
    for (size_t i = 0; i < sizeof unary / sizeof unary[0]; i++) NUL(unary[i](NULL));
    NUL(PyNumber_Power(NULL, o, Py_None));
    NUL(PyNumber_Power(o, NULL, Py_None));
    NUL(PyNumber_InPlacePower(NULL, o, Py_None));
    M1(PyNumber_AsSsize_t(NULL, NULL));
    NUL(PyNumber_ToBase(NULL, 10));
    ANSWER(PyNumber_Check(NULL) == 0);
    ANSWER(PyIndex_Check(NULL) == 0);
}

static void test_sequences_and_mappings(PyObject *l, PyObject *d, PyObject *o)
{
    M1(PySequence_Size(NULL));
    M1(PySequence_Length(NULL));
    NUL(PySequence_Concat(NULL, l));
    NUL(PySequence_Concat(l, NULL));
    NUL(PySequence_Repeat(NULL, 2));
    NUL(PySequence_InPlaceConcat(NULL, l));
    NUL(PySequence_InPlaceRepeat(NULL, 2));
    NUL(PySequence_GetItem(NULL, 0));
    NUL(PySequence_GetSlice(NULL, 0, 1));
    M1(PySequence_SetItem(NULL, 0, o));
    M1(PySequence_DelItem(NULL, 0));
    M1(PySequence_SetSlice(NULL, 0, 1, l));
    M1(PySequence_DelSlice(NULL, 0, 1));
    NUL(PySequence_Tuple(NULL));
    NUL(PySequence_List(NULL));
    NUL(PySequence_Fast(NULL, "message"));
    M1(PySequence_Count(NULL, o));
    M1(PySequence_Count(l, NULL));
    M1(PySequence_Contains(NULL, o));
    M1(PySequence_In(NULL, o));
    M1(PySequence_Index(NULL, o));
    M1(PySequence_Index(l, NULL));
    ANSWER(PySequence_Check(NULL) == 0);

    M1(PyMapping_Size(NULL));
    M1(PyMapping_Length(NULL));
    NUL(PyMapping_Keys(NULL));
    NUL(PyMapping_Values(NULL));
    NUL(PyMapping_Items(NULL));
    NUL(PyMapping_GetItemString(NULL, "k"));
    NUL(PyMapping_GetItemString(d, NULL));
    M1(PyMapping_SetItemString(NULL, "k", o));
    M1(PyMapping_SetItemString(d, NULL, o));
    M1(PyMapping_SetItemString(d, "k", NULL));
    ANSWER(PyMapping_HasKey(NULL, o) == 0);
    ANSWER(PyMapping_HasKeyString(d, NULL) == 0);
    ANSWER(PyMapping_Check(NULL) == 0);

    NUL(PyIter_Next(NULL));
    PyObject *result = NULL;
    M1(PyIter_Send(NULL, Py_None, &result));
    ANSWER(PyIter_Check(NULL) == 0);
    ANSWER(PyAIter_Check(NULL) == 0);
}

static void test_concrete_types(PyObject *wrong, PyObject *s, PyObject *o)
{
    /* ints and floats */
    M1(PyLong_AsLong(NULL));
    int overflow;
    M1(PyLong_AsLongAndOverflow(NULL, &overflow));
    M1(PyLong_AsLongLong(NULL));
    M1(PyLong_AsLongLongAndOverflow(NULL, &overflow));
    failed_with(PyLong_AsUnsignedLong(NULL) == (unsigned long)-1, PyExc_SystemError, "PyLong_AsUnsignedLong(NULL)", __LINE__);
    failed_with(PyLong_AsUnsignedLongLong(NULL) == (unsigned long long)-1, PyExc_SystemError, "PyLong_AsUnsignedLongLong(NULL)", __LINE__);
    failed_with(PyLong_AsUnsignedLongMask(NULL) == (unsigned long)-1, PyExc_SystemError, "PyLong_AsUnsignedLongMask(NULL)", __LINE__);
    failed_with(PyLong_AsUnsignedLongLongMask(NULL) == (unsigned long long)-1, PyExc_SystemError, "PyLong_AsUnsignedLongLongMask(NULL)", __LINE__);
    M1(PyLong_AsSsize_t(NULL));
    failed_with(PyLong_AsSize_t(NULL) == (size_t)-1, PyExc_SystemError, "PyLong_AsSize_t(NULL)", __LINE__);
    DBL(PyLong_AsDouble(NULL));
    NUL(PyLong_AsVoidPtr(NULL));
    DBL(PyFloat_AsDouble(NULL));
    NUL(PyFloat_FromString(NULL));
    failed_with(PyLong_AsSsize_t(s) == -1, PyExc_TypeError, "PyLong_AsSsize_t(str)", __LINE__);
    failed_with(PyFloat_AsDouble(s) == -1.0, PyExc_TypeError, "PyFloat_AsDouble(str)", __LINE__);

    /* strs */
    Py_ssize_t n;
    NUL(PyUnicode_AsUTF8AndSize(NULL, &n));
    NUL(PyUnicode_AsUTF8String(NULL));
    NUL(PyUnicode_AsASCIIString(NULL));
    M1(PyUnicode_GetLength(NULL));
    NUL(PyUnicode_Concat(NULL, s));
    NUL(PyUnicode_Concat(s, NULL));
    NUL(PyUnicode_Split(NULL, NULL, -1));
    NUL(PyUnicode_RSplit(NULL, NULL, -1));
    NUL(PyUnicode_Splitlines(NULL, 0));
    NUL(PyUnicode_Partition(NULL, s));
    NUL(PyUnicode_RPartition(s, NULL));
    NUL_T(PyExc_TypeError, PyUnicode_Join(NULL, o));   /* NULL separator: a space (CPython); o holds ints */
    NUL(PyUnicode_Join(s, NULL));
    M1(PyUnicode_Contains(NULL, s));
    M1(PyUnicode_Contains(s, NULL));
    failed_with(PyUnicode_Find(NULL, s, 0, 1, 1) == -2, PyExc_SystemError, "PyUnicode_Find(NULL, ...)", __LINE__);
    M1(PyUnicode_Count(NULL, s, 0, 1));
    M1(PyUnicode_Tailmatch(NULL, s, 0, 1, 1));
    NUL(PyUnicode_Replace(NULL, s, s, -1));
    NUL(PyUnicode_Format(NULL, o));
    NUL(PyUnicode_Substring(NULL, 0, 1));
    failed_with(PyUnicode_ReadChar(NULL, 0) == (Py_UCS4)-1, PyExc_SystemError, "PyUnicode_ReadChar(NULL, 0)", __LINE__);
    NUL(PyUnicode_FromObject(NULL));
    NUL(PyUnicode_FromEncodedObject(NULL, NULL, NULL));
    NUL(PyUnicode_AsEncodedString(NULL, "utf-8", NULL));
    NUL(PyUnicode_AsWideCharString(NULL, NULL));
    NUL(PyUnicode_FromWideChar(NULL, 1));
    NUL(PyUnicode_RichCompare(NULL, s, Py_EQ));
    NUL(PyUnicode_EncodeFSDefault(NULL));
    NUL_T(PyExc_TypeError, PyUnicode_AsUTF8AndSize(wrong, &n));
    NUL_T(PyExc_TypeError, PyUnicode_Concat(s, wrong));
    NUL_T(PyExc_TypeError, PyUnicode_Join(s, wrong));

    /* bytes */
    M1(PyBytes_Size(NULL));
    NUL(PyBytes_AsString(NULL));
    char *buffer;
    M1(PyBytes_AsStringAndSize(NULL, &buffer, &n));
    NUL(PyBytes_FromObject(NULL));
    NUL(PyBytes_FromStringAndSize(NULL, -1));
    NUL_T(PyExc_TypeError, PyBytes_AsString(wrong));
    M1_T(PyExc_TypeError, PyBytes_Size(wrong));

    /* tuples */
    M1(PyTuple_Size(NULL));
    NUL(PyTuple_GetItem(NULL, 0));
    NUL(PyTuple_GetSlice(NULL, 0, 1));
    M1(PyTuple_SetItem(NULL, 0, Py_NewRef(o)));   /* the reference is stolen even on failure */
    NUL(PyTuple_New(-1));
    M1(PyTuple_Size(wrong));
    NUL(PyTuple_GetItem(wrong, 0));

    /* lists */
    M1(PyList_Size(NULL));
    NUL(PyList_GetItem(NULL, 0));
    M1(PyList_SetItem(NULL, 0, Py_NewRef(o)));
    M1(PyList_Insert(NULL, 0, o));
    M1(PyList_Append(NULL, o));
    NUL(PyList_GetSlice(NULL, 0, 1));
    M1(PyList_SetSlice(NULL, 0, 1, NULL));
    M1(PyList_Sort(NULL));
    M1(PyList_Reverse(NULL));
    NUL(PyList_AsTuple(NULL));
    NUL(PyList_New(-1));
    M1(PyList_Append(wrong, o));
    M1(PyList_Size(wrong));

    /* dicts */
    PyObject *d = PyDict_New();
    ANSWER(PyDict_GetItem(NULL, o) == NULL);
    ANSWER(PyDict_GetItem(d, NULL) == NULL);
    ANSWER(PyDict_GetItemString(NULL, "k") == NULL);
    NUL(PyDict_GetItemWithError(NULL, o));
    M1(PyDict_SetItem(NULL, o, o));
    M1(PyDict_SetItem(d, NULL, o));
    M1(PyDict_SetItem(d, o, NULL));
    M1(PyDict_SetItemString(NULL, "k", o));
    M1(PyDict_SetItemString(d, NULL, o));
    M1(PyDict_SetItemString(d, "k", NULL));
    M1(PyDict_DelItem(NULL, o));
    M1(PyDict_DelItem(d, NULL));
    M1(PyDict_DelItemString(NULL, "k"));
    M1(PyDict_DelItemString(d, NULL));
    PyDict_Clear(NULL);   /* void: ignored */
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    ANSWER(PyDict_Next(NULL, &pos, &key, &value) == 0);
    NUL(PyDict_Keys(NULL));
    NUL(PyDict_Values(NULL));
    NUL(PyDict_Items(NULL));
    M1(PyDict_Size(NULL));
    NUL(PyDict_Copy(NULL));
    M1(PyDict_Contains(NULL, o));
    M1(PyDict_Update(NULL, d));
    M1(PyDict_Update(d, NULL));
    M1(PyDict_Merge(NULL, d, 1));
    M1(PyDict_MergeFromSeq2(NULL, o, 1));
    NUL(PyDictProxy_New(NULL));
    M1(PyDict_SetItem(wrong, o, o));
    NUL(PyDict_Keys(wrong));
    M1(PyDict_Size(wrong));
    Py_DECREF(d);

    /* sets */
    PyObject *set = PySet_New(NULL), *frozen = PyFrozenSet_New(NULL);
    ANSWER(set != NULL && PySet_Size(set) == 0 && frozen != NULL && PySet_Size(frozen) == 0);
    M1(PySet_Size(NULL));
    M1(PySet_Contains(NULL, o));
    M1(PySet_Contains(set, NULL));
    M1(PySet_Add(NULL, o));
    M1(PySet_Add(set, NULL));
    M1(PySet_Discard(NULL, o));
    NUL(PySet_Pop(NULL));
    M1(PySet_Clear(NULL));
    M1(PySet_Add(wrong, o));
    M1(PySet_Size(wrong));
    Py_XDECREF(set);
    Py_XDECREF(frozen);
}

static void test_imports_code_modules(PyObject *o, PyObject *s)
{
    NUL(PyImport_Import(NULL));
    NUL(PyImport_ImportModule(NULL));
    NUL(PyImport_ImportModuleLevelObject(NULL, NULL, NULL, NULL, 0));
    NUL(PyImport_AddModuleObject(NULL));
    NUL(PyImport_AddModule(NULL));
    NUL(PyImport_ReloadModule(NULL));
    NUL(PyImport_GetModule(NULL));
    NUL(PyImport_ExecCodeModule("capi_null_mod", NULL));
    NUL(PyImport_ExecCodeModuleObject(NULL, o, NULL, NULL));
    NUL(Py_CompileString(NULL, "<null>", Py_file_input));
    NUL(Py_CompileString("1", NULL, Py_file_input));
    NUL(PyEval_EvalCode(NULL, test_globals, test_globals));
    PyObject *code = Py_CompileString("1", "<null>", Py_eval_input);
    NUL(PyEval_EvalCode(code, NULL, NULL));
    Py_XDECREF(code);

    PyObject *m = PyModule_New("capi_null_mod");
    NUL(PyModule_New(NULL));
    NUL(PyModule_NewObject(NULL));
    NUL(PyModule_GetDict(NULL));
    NUL(PyModule_GetName(NULL));
    NUL(PyModule_GetNameObject(NULL));
    NUL(PyModule_GetFilenameObject(NULL));
    NUL(PyModule_GetState(NULL));
    NUL(PyModule_GetDef(NULL));
    M1(PyModule_AddObjectRef(NULL, "x", o));
    M1(PyModule_AddObjectRef(m, NULL, o));
    M1(PyModule_AddObjectRef(m, "x", NULL));
    M1(PyModule_AddIntConstant(NULL, "x", 1));
    M1(PyModule_AddIntConstant(m, NULL, 1));
    M1(PyModule_AddStringConstant(NULL, "x", "y"));
    M1(PyModule_AddStringConstant(m, "x", NULL));
    M1(PyModule_AddType(NULL, &PyLong_Type));
    M1(PyModule_AddType(m, NULL));
    M1(PyModule_SetDocString(NULL, "doc"));
    M1(PyModule_AddFunctions(NULL, NULL));
    /* Not a module: CPython's errors, which differ by function. */
    CHECK(PyModule_GetDict(s) == NULL);
    EXPECT_ERROR_MSG(PyExc_SystemError, "bad argument to internal function");
    CHECK(PyModule_GetNameObject(s) == NULL);
    EXPECT_ERROR_MSG(PyExc_TypeError, "bad argument type for built-in operation");
    CHECK(PyModule_GetState(s) == NULL);
    EXPECT_ERROR_MSG(PyExc_TypeError, "bad argument type for built-in operation");
    CHECK(PyModule_GetFilenameObject(s) == NULL);
    EXPECT_ERROR_MSG(PyExc_TypeError, "bad argument type for built-in operation");
    CHECK(PyModule_AddIntConstant(s, "x", 1) == -1);
    EXPECT_ERROR_MSG(PyExc_TypeError, "PyModule_AddObjectRef() first argument must be a module");
    CHECK(PyModule_AddType(s, &PyLong_Type) == -1);
    EXPECT_ERROR_MSG(PyExc_TypeError, "PyModule_AddObjectRef() first argument must be a module");
    Py_XDECREF(m);

    /* capsules: ValueError, as CPython words it ("called with invalid PyCapsule object") */
    NUL_T(PyExc_ValueError, PyCapsule_New(NULL, "name", NULL));
    NUL_T(PyExc_ValueError, PyCapsule_GetPointer(NULL, "name"));
    NUL_T(PyExc_ValueError, PyCapsule_GetPointer(o, "name"));
    NUL_T(PyExc_ValueError, PyCapsule_GetName(NULL));
    NUL_T(PyExc_ValueError, PyCapsule_GetContext(NULL));
    NUL_T(PyExc_ValueError, PyCapsule_GetDestructor(NULL));
    M1_T(PyExc_ValueError, PyCapsule_SetPointer(NULL, &calls));
    M1_T(PyExc_ValueError, PyCapsule_SetName(NULL, "name"));
    M1_T(PyExc_ValueError, PyCapsule_SetContext(NULL, NULL));
    M1_T(PyExc_ValueError, PyCapsule_SetDestructor(NULL, NULL));
    ANSWER(PyCapsule_IsValid(NULL, "name") == 0);
}

static void test_argument_parsing(PyObject *o)
{
    int i = 0;
    PyObject *out = NULL;
    static char *kwlist[] = {"a", NULL};
    failed_with(PyArg_ParseTuple(NULL, "i", &i) == 0, PyExc_SystemError, "PyArg_ParseTuple(NULL, ...)", __LINE__);
    failed_with(PyArg_ParseTuple(o, "i", &i) == 0, PyExc_SystemError, "PyArg_ParseTuple(not a tuple, ...)", __LINE__);
    failed_with(PyArg_ParseTupleAndKeywords(NULL, NULL, "i", kwlist, &i) == 0, PyExc_SystemError,
                "PyArg_ParseTupleAndKeywords(NULL, ...)", __LINE__);
    failed_with(PyArg_UnpackTuple(NULL, "f", 1, 1, &out) == 0, PyExc_SystemError, "PyArg_UnpackTuple(NULL, ...)", __LINE__);
    failed_with(PyArg_ValidateKeywordArguments(NULL) == 0, PyExc_SystemError, "PyArg_ValidateKeywordArguments(NULL)", __LINE__);
    NUL(Py_BuildValue("O", (PyObject *)NULL));   /* no error set before: SystemError */
}

int main(void)
{
    for (int cycle = 0; cycle < 2; cycle++) {
        Py_Initialize();
        begin_python();
        PyObject *o = PyLong_FromLong(1000), *name = PyUnicode_FromString("real");
        PyObject *f = EVAL("abs"), *args = EVAL("(-1,)"), *l = EVAL("[1, 2]"), *d = EVAL("{'k': 1}");
        PyObject *s = PyUnicode_FromString("text");
        test_objects(o, name, f, args);
        test_numbers(o);
        test_sequences_and_mappings(l, d, o);
        test_concrete_types(o, s, l);
        test_imports_code_modules(o, s);
        test_argument_parsing(o);
        CHECK(!PyErr_Occurred());
        Py_DECREF(o); Py_DECREF(name); Py_XDECREF(f); Py_XDECREF(args); Py_XDECREF(l); Py_XDECREF(d); Py_DECREF(s);
        end_python();
        Py_FinalizeEx();
    }
    printf("test_capi_null_args: %d calls\n", calls / 2);
    return report("test_capi_null_args");
}
