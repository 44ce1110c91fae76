/* float and complex objects. */
#ifndef Py_FLOATOBJECT_H
#define Py_FLOATOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) PyFloat_FromDouble(double v);
/* Returns a new float NaN, or an infinity with the sign of sign (a double). */
#define Py_RETURN_NAN return PyFloat_FromDouble(Py_NAN)
#define Py_RETURN_INF(sign) return PyFloat_FromDouble(copysign(Py_HUGE_VAL, (double)(sign)))
/* A float, or any object with __float__ or __index__; -1.0 with an exception on failure. */
PyAPI_FUNC(double) PyFloat_AsDouble(PyObject *o);
/* float(str) for a str, bytes or bytearray. */
PyAPI_FUNC(PyObject *) PyFloat_FromString(PyObject *str);
/* sys.float_info */
PyAPI_FUNC(PyObject *) PyFloat_GetInfo(void);
PyAPI_FUNC(double) PyFloat_GetMax(void);
PyAPI_FUNC(double) PyFloat_GetMin(void);
PyAPI_FUNC(PyObject *) PyComplex_FromDoubles(double real, double imag);
PyAPI_FUNC(double) PyComplex_RealAsDouble(PyObject *o);
PyAPI_FUNC(double) PyComplex_ImagAsDouble(PyObject *o);

#define PyFloat_Check(op) PyObject_TypeCheck((op), &PyFloat_Type)
#define PyFloat_CheckExact(op) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)&PyFloat_Type)
#define PyComplex_Check(op) PyObject_TypeCheck((op), &PyComplex_Type)
#define PyComplex_CheckExact(op) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)&PyComplex_Type)

#ifdef __cplusplus
}
#endif

#endif /* !Py_FLOATOBJECT_H */
