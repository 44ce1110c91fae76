/* str objects: UTF-8 in and out. */
#ifndef Py_UNICODEOBJECT_H
#define Py_UNICODEOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) PyUnicode_FromString(const char *u);
PyAPI_FUNC(PyObject *) PyUnicode_FromStringAndSize(const char *u, Py_ssize_t size);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors);
/* Decoding and encoding by codec name through the interpreter's codec registry (str.encode,
   bytes.decode): NULL encoding means UTF-8, NULL errors "strict". */
PyAPI_FUNC(PyObject *) PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeLatin1(const char *s, Py_ssize_t size, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_DecodeASCII(const char *s, Py_ssize_t size, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsEncodedString(PyObject *unicode, const char *encoding, const char *errors);
PyAPI_FUNC(PyObject *) PyUnicode_AsUTF8String(PyObject *unicode);
PyAPI_FUNC(PyObject *) PyUnicode_AsLatin1String(PyObject *unicode);
PyAPI_FUNC(PyObject *) PyUnicode_AsASCIIString(PyObject *unicode);
/* The UTF-8 text of the str, valid while the object lives (and at most until its interpreter
   ends). */
PyAPI_FUNC(const char *) PyUnicode_AsUTF8(PyObject *unicode);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8AndSize(PyObject *unicode, Py_ssize_t *size);
PyAPI_FUNC(Py_ssize_t) PyUnicode_GetLength(PyObject *unicode);
PyAPI_FUNC(PyObject *) PyUnicode_InternFromString(const char *u);
PyAPI_FUNC(int) PyUnicode_CompareWithASCIIString(PyObject *unicode, const char *string);

#ifdef __cplusplus
}
#endif

#endif /* !Py_UNICODEOBJECT_H */
