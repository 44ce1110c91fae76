/* The number protocol (PyNumber_*), int (PyLong_*), float (PyFloat_*) and complex through the C
 * API: results checked by value, reference rules (new references, in-place operations on
 * mutable objects return the same object), and bad input giving CPython's exception and message
 * (NULL: SystemError; wrong types: TypeError; out of range: OverflowError/ValueError). */
#include "capi_test.h"
#include <float.h>
#include <stdint.h>

static void test_binary_operators(void)
{
    PyObject *a = PyLong_FromLong(17), *b = PyLong_FromLong(5), *f = PyFloat_FromDouble(2.5);
    CHECK_REPR(PyNumber_Add(a, b), "22");
    CHECK_REPR(PyNumber_Subtract(a, b), "12");
    CHECK_REPR(PyNumber_Multiply(a, b), "85");
    CHECK_REPR(PyNumber_TrueDivide(a, b), "3.4");
    CHECK_REPR(PyNumber_FloorDivide(a, b), "3");
    CHECK_REPR(PyNumber_Remainder(a, b), "2");
    CHECK_REPR(PyNumber_Divmod(a, b), "(3, 2)");
    CHECK_REPR(PyNumber_Power(a, b, Py_None), "1419857");
    PyObject *seven = PyLong_FromLong(7), *two = PyLong_FromLong(2);
    CHECK_REPR(PyNumber_Power(a, b, seven), "5");   /* pow(17, 5, 7) */
    CHECK_REPR(PyNumber_Lshift(a, b), "544");
    CHECK_REPR(PyNumber_Rshift(a, two), "4");
    CHECK_REPR(PyNumber_And(a, b), "1");
    CHECK_REPR(PyNumber_Or(a, b), "21");
    CHECK_REPR(PyNumber_Xor(a, b), "20");
    CHECK_REPR(PyNumber_Add(a, f), "19.5");
    CHECK_REPR(PyNumber_Multiply(f, f), "6.25");

    /* Errors: CPython's messages. */
    PyObject *s = PyUnicode_FromString("a");
    CHECK(PyNumber_Add(a, s) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
    PyObject *zero = PyLong_FromLong(0);
    CHECK(PyNumber_TrueDivide(a, zero) == NULL); EXPECT_ERROR_MSG(PyExc_ZeroDivisionError, "division by zero");
    CHECK(PyNumber_Divmod(a, zero) == NULL); EXPECT_ERROR_MSG(PyExc_ZeroDivisionError, "integer division or modulo by zero");
    CHECK(PyNumber_Remainder(a, zero) == NULL); EXPECT_ERROR_MSG(PyExc_ZeroDivisionError, "integer modulo by zero");
    CHECK(PyNumber_MatrixMultiply(a, b) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "unsupported operand type(s) for @: 'int' and 'int'");
    CHECK(PyNumber_Power(a, b, zero) == NULL); EXPECT_ERROR_MSG(PyExc_ValueError, "pow() 3rd argument cannot be 0");
    PyObject *minus = PyLong_FromLong(-1);
    CHECK(PyNumber_Lshift(a, minus) == NULL); EXPECT_ERROR_MSG(PyExc_ValueError, "negative shift count");
    CHECK(PyNumber_Add(NULL, a) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyNumber_Subtract(a, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyNumber_Power(a, b, NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);

    /* A Python class's __matmul__ and __rsub__ are used (a subclass overriding a dunder wins). */
    EXEC("class M:\n"
         "    def __matmul__(self, o): return ('matmul', o)\n"
         "    def __rsub__(self, o): return ('rsub', o)\n"
         "    def __imatmul__(self, o): return ('imatmul', o)\n"
         "m = M()\n");
    PyObject *m = EVAL("m");
    CHECK_REPR(PyNumber_MatrixMultiply(m, a), "('matmul', 17)");
    CHECK_REPR(PyNumber_Subtract(a, m), "('rsub', 17)");
    CHECK_REPR(PyNumber_InPlaceMatrixMultiply(m, b), "('imatmul', 5)");
    Py_DECREF(m);
    Py_DECREF(s); Py_DECREF(zero); Py_DECREF(minus); Py_DECREF(seven); Py_DECREF(two);
    Py_DECREF(a); Py_DECREF(b); Py_DECREF(f);
}

static void test_inplace_operators(void)
{
    PyObject *a = PyLong_FromLong(12), *b = PyLong_FromLong(5);
    CHECK_REPR(PyNumber_InPlaceAdd(a, b), "17");
    CHECK_REPR(PyNumber_InPlaceSubtract(a, b), "7");
    CHECK_REPR(PyNumber_InPlaceMultiply(a, b), "60");
    CHECK_REPR(PyNumber_InPlaceTrueDivide(a, b), "2.4");
    CHECK_REPR(PyNumber_InPlaceFloorDivide(a, b), "2");
    CHECK_REPR(PyNumber_InPlaceRemainder(a, b), "2");
    CHECK_REPR(PyNumber_InPlacePower(a, b, Py_None), "248832");
    CHECK_REPR(PyNumber_InPlaceLshift(a, b), "384");
    PyObject *two = PyLong_FromLong(2), *zero = PyLong_FromLong(0);
    CHECK_REPR(PyNumber_InPlaceRshift(a, two), "3");
    CHECK_REPR(PyNumber_InPlaceAnd(a, b), "4");
    CHECK_REPR(PyNumber_InPlaceOr(a, b), "13");
    CHECK_REPR(PyNumber_InPlaceXor(a, b), "9");
    CHECK(repr_is(a, "12"));   /* ints are immutable: a itself is unchanged */

    /* A list's += extends it in place and returns the same object (a new reference). */
    PyObject *l = EVAL("[1]"), *l2 = EVAL("[2, 3]");
    PyObject *r = PyNumber_InPlaceAdd(l, l2);
    CHECK(r == l && repr_is(l, "[1, 2, 3]"));
    Py_XDECREF(r);
    r = PyNumber_InPlaceMultiply(l, two);
    CHECK(r == l && repr_is(l, "[1, 2, 3, 1, 2, 3]"));
    Py_XDECREF(r);

    CHECK(PyNumber_InPlaceMatrixMultiply(a, b) == NULL);
    EXPECT_ERROR_MSG(PyExc_TypeError, "unsupported operand type(s) for @=: 'int' and 'int'");
    CHECK(PyNumber_InPlaceTrueDivide(a, zero) == NULL); EXPECT_ERROR_MSG(PyExc_ZeroDivisionError, "division by zero");
    CHECK(PyNumber_InPlaceOr(NULL, b) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyNumber_InPlacePower(a, NULL, Py_None) == NULL); EXPECT_ERROR(PyExc_SystemError);
    Py_DECREF(two); Py_DECREF(zero); Py_DECREF(l); Py_DECREF(l2); Py_DECREF(a); Py_DECREF(b);
}

static void test_unary_and_conversions(void)
{
    PyObject *a = PyLong_FromLong(-6), *f = PyFloat_FromDouble(-2.75), *s = PyUnicode_FromString("12");
    CHECK_REPR(PyNumber_Negative(a), "6");
    CHECK_REPR(PyNumber_Positive(a), "-6");
    CHECK_REPR(PyNumber_Absolute(f), "2.75");
    CHECK_REPR(PyNumber_Invert(a), "5");
    CHECK_REPR(PyNumber_Index(a), "-6");
    CHECK_REPR(PyNumber_Long(f), "-2");
    CHECK_REPR(PyNumber_Long(s), "12");
    CHECK_REPR(PyNumber_Float(a), "-6.0");
    CHECK_REPR(PyNumber_Float(s), "12.0");
    CHECK(PyNumber_Invert(f) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "bad operand type for unary ~: 'float'");
    CHECK(PyNumber_Negative(s) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "bad operand type for unary -: 'str'");
    CHECK(PyNumber_Absolute(s) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "bad operand type for abs(): 'str'");
    CHECK(PyNumber_Index(f) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    PyObject *l = PyList_New(0);
    CHECK(PyNumber_Long(l) == NULL);
    EXPECT_ERROR_MSG(PyExc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'list'");
    CHECK(PyNumber_Float(l) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "float() argument must be a string or a real number, not 'list'");
    CHECK(PyNumber_Positive(NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);

    CHECK(PyNumber_Check(a) == 1 && PyNumber_Check(f) == 1 && PyNumber_Check(s) == 0 && PyNumber_Check(NULL) == 0);
    CHECK(PyIndex_Check(a) == 1 && PyIndex_Check(f) == 0 && PyIndex_Check(NULL) == 0);
    PyObject *c = PyComplex_FromDoubles(1.5, -2.0);
    CHECK(PyNumber_Check(c) == 1);
    CHECK(PyComplex_RealAsDouble(c) == 1.5 && PyComplex_ImagAsDouble(c) == -2.0);
    CHECK(PyComplex_RealAsDouble(a) == -6.0);   /* any real number: float(x) */
    Py_DECREF(c);

    /* PyNumber_AsSsize_t: clamps with exc NULL, raises exc otherwise. */
    PyObject *big = EVAL("2**100"), *nbig = EVAL("-2**100");
    CHECK(PyNumber_AsSsize_t(a, PyExc_OverflowError) == -6);
    CHECK(PyNumber_AsSsize_t(big, NULL) == PY_SSIZE_T_MAX && !PyErr_Occurred());
    CHECK(PyNumber_AsSsize_t(nbig, NULL) == PY_SSIZE_T_MIN && !PyErr_Occurred());
    CHECK(PyNumber_AsSsize_t(big, PyExc_IndexError) == -1);
    EXPECT_ERROR_MSG(PyExc_IndexError, "cannot fit 'int' into an index-sized integer");
    CHECK(PyNumber_AsSsize_t(f, NULL) == -1); EXPECT_ERROR(PyExc_TypeError);

    /* PyNumber_ToBase: bin/oct/str/hex, __index__ honoured. */
    PyObject *n = PyLong_FromLong(-255);
    CHECK_REPR(PyNumber_ToBase(n, 2), "'-0b11111111'");
    CHECK_REPR(PyNumber_ToBase(n, 8), "'-0o377'");
    CHECK_REPR(PyNumber_ToBase(n, 10), "'-255'");
    CHECK_REPR(PyNumber_ToBase(n, 16), "'-0xff'");
    CHECK_REPR(PyNumber_ToBase(big, 16), "'0x10000000000000000000000000'");
    CHECK(PyNumber_ToBase(n, 3) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyNumber_ToBase(f, 2) == NULL); EXPECT_ERROR_MSG(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    Py_DECREF(n); Py_DECREF(big); Py_DECREF(nbig); Py_DECREF(l);
    Py_DECREF(a); Py_DECREF(f); Py_DECREF(s);
}

static void test_longs(void)
{
    CHECK_REPR(PyLong_FromLongLong(-9223372036854775807LL - 1), "-9223372036854775808");
    CHECK_REPR(PyLong_FromUnsignedLong(18446744073709551615UL), "18446744073709551615");
    CHECK_REPR(PyLong_FromSize_t((size_t)1 << 63), "9223372036854775808");
    CHECK_REPR(PyLong_FromDouble(-3.99), "-3");
    CHECK_REPR(PyLong_FromDouble(1e20), "100000000000000000000");
    CHECK(PyLong_FromDouble(1.0 / 0.0) == NULL); EXPECT_ERROR_MSG(PyExc_OverflowError, "cannot convert float infinity to integer");
    CHECK(PyLong_FromDouble(0.0 / 0.0) == NULL); EXPECT_ERROR_MSG(PyExc_ValueError, "cannot convert float NaN to integer");

    char *end = NULL;
    const char *text = "0x1F";
    CHECK_REPR(PyLong_FromString(text, &end, 0), "31");
    CHECK(end == text + 4);
    CHECK_REPR(PyLong_FromString(" -101 ", NULL, 2), "-5");
    CHECK_REPR(PyLong_FromString("123456789012345678901234567890", NULL, 10), "123456789012345678901234567890");
    CHECK(PyLong_FromString("12x", &end, 10) == NULL);
    EXPECT_ERROR_MSG(PyExc_ValueError, "invalid literal for int() with base 10: '12x'");
    CHECK(PyLong_FromString("12", NULL, 1) == NULL); EXPECT_ERROR_MSG(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    CHECK(PyLong_FromString(NULL, NULL, 10) == NULL); EXPECT_ERROR(PyExc_SystemError);

    PyObject *big = EVAL("2**64 + 5"), *neg = PyLong_FromLong(-1), *mid = EVAL("2**53");
    CHECK(PyLong_AsUnsignedLongMask(big) == 5);
    CHECK(PyLong_AsUnsignedLongLongMask(big) == 5);
    CHECK(PyLong_AsUnsignedLongLongMask(neg) == 18446744073709551615ULL);
    CHECK(PyLong_AsDouble(mid) == 9007199254740992.0);
    CHECK(PyLong_AsDouble(neg) == -1.0 && !PyErr_Occurred());
    PyObject *huge = EVAL("10**400");
    CHECK(PyLong_AsDouble(huge) == -1.0); EXPECT_ERROR_MSG(PyExc_OverflowError, "int too large to convert to float");
    PyObject *fl = PyFloat_FromDouble(1.5);
    CHECK(PyLong_AsDouble(fl) == -1.0); EXPECT_ERROR(PyExc_TypeError);
    CHECK(PyLong_AsUnsignedLongMask(fl) == (unsigned long)-1); EXPECT_ERROR(PyExc_TypeError);

    long long v = PyLong_AsLongLong(big);
    CHECK(v == -1); EXPECT_ERROR_MSG(PyExc_OverflowError, "Python int too large to convert to C long long");
    int overflow = 0;
    CHECK(PyLong_AsLongLongAndOverflow(big, &overflow) == -1 && overflow == 1 && !PyErr_Occurred());
    PyObject *nbig = EVAL("-2**70");
    CHECK(PyLong_AsLongLongAndOverflow(nbig, &overflow) == -1 && overflow == -1 && !PyErr_Occurred());
    CHECK(PyLong_AsLongLongAndOverflow(mid, &overflow) == 9007199254740992LL && overflow == 0);
    CHECK(PyLong_AsSsize_t(mid) == 9007199254740992LL);
    CHECK(PyLong_AsSsize_t(big) == -1); EXPECT_ERROR(PyExc_OverflowError);
    CHECK(PyLong_AsSize_t(mid) == 9007199254740992ULL);
    CHECK(PyLong_AsSize_t(neg) == (size_t)-1); EXPECT_ERROR_MSG(PyExc_OverflowError, "can't convert negative value to size_t");
    CHECK(PyLong_AsLongLong(NULL) == -1); EXPECT_ERROR(PyExc_SystemError);

    /* Pointers round-trip. */
    int local = 0;
    PyObject *p = PyLong_FromVoidPtr(&local);
    CHECK(p && PyLong_AsVoidPtr(p) == (void *)&local);
    Py_XDECREF(p);
    p = PyLong_FromVoidPtr(NULL);
    CHECK(repr_is(p, "0") && PyLong_AsVoidPtr(p) == NULL && !PyErr_Occurred());
    Py_XDECREF(p);
    CHECK(PyLong_AsVoidPtr(huge) == NULL); EXPECT_ERROR(PyExc_OverflowError);

    PyObject *info = PyLong_GetInfo();
    CHECK(info != NULL);
    if (info) {
        PyObject *bits = PyObject_GetAttrString(info, "sizeof_digit");
        CHECK(bits && PyLong_AsLong(bits) > 0);
        Py_XDECREF(bits);
        Py_DECREF(info);
    }
    Py_DECREF(big); Py_DECREF(neg); Py_DECREF(mid); Py_DECREF(huge); Py_DECREF(fl); Py_DECREF(nbig);
}

static void test_floats(void)
{
    PyObject *s = PyUnicode_FromString("  -1.25e2 ");
    CHECK_REPR(PyFloat_FromString(s), "-125.0");
    PyObject *b = PyBytes_FromString("inf");
    CHECK_REPR(PyFloat_FromString(b), "inf");
    PyObject *bad = PyUnicode_FromString("x1");
    CHECK(PyFloat_FromString(bad) == NULL); EXPECT_ERROR_MSG(PyExc_ValueError, "could not convert string to float: 'x1'");
    PyObject *i = PyLong_FromLong(3);
    CHECK(PyFloat_FromString(i) == NULL); EXPECT_ERROR(PyExc_TypeError);
    CHECK(PyFloat_FromString(NULL) == NULL); EXPECT_ERROR(PyExc_SystemError);
    CHECK(PyFloat_GetMax() == DBL_MAX);
    CHECK(PyFloat_GetMin() == DBL_MIN);
    PyObject *info = PyFloat_GetInfo();
    CHECK(info != NULL);
    if (info) {
        PyObject *dig = PyObject_GetAttrString(info, "dig");
        CHECK(dig && PyLong_AsLong(dig) == DBL_DIG);
        PyObject *max = PyObject_GetAttrString(info, "max");
        CHECK(max && PyFloat_AsDouble(max) == DBL_MAX);
        Py_XDECREF(dig); Py_XDECREF(max);
        Py_DECREF(info);
    }
    Py_DECREF(s); Py_DECREF(b); Py_DECREF(bad); Py_DECREF(i);
}

int main(void)
{
    for (int cycle = 0; cycle < 2; cycle++) {
        Py_Initialize();
        begin_python();
        test_binary_operators();
        test_inplace_operators();
        test_unary_and_conversions();
        test_longs();
        test_floats();
        CHECK(!PyErr_Occurred());
        end_python();
        Py_FinalizeEx();
    }
    return report("test_capi_number");
}
