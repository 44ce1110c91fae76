/* The codec registry and the builtin codec error handlers (one registry per interpreter,
 * shared with Python's codecs module). */
#ifndef Py_CODECREGISTRY_H
#define Py_CODECREGISTRY_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(int) PyCodec_Register(PyObject *search_function);
PyAPI_FUNC(int) PyCodec_Unregister(PyObject *search_function);
/* 1 when a codec is registered for the encoding, else 0 (never an error). */
PyAPI_FUNC(int) PyCodec_KnownEncoding(const char *encoding);
/* codecs.encode / codecs.decode: any object in, any object out; NULL errors is "strict". */
PyAPI_FUNC(PyObject *) PyCodec_Encode(PyObject *object, const char *encoding, const char *errors);
PyAPI_FUNC(PyObject *) PyCodec_Decode(PyObject *object, const char *encoding, const char *errors);
PyAPI_FUNC(PyObject *) PyCodec_Encoder(const char *encoding);
PyAPI_FUNC(PyObject *) PyCodec_Decoder(const char *encoding);
PyAPI_FUNC(PyObject *) PyCodec_IncrementalEncoder(const char *encoding, const char *errors);
PyAPI_FUNC(PyObject *) PyCodec_IncrementalDecoder(const char *encoding, const char *errors);
PyAPI_FUNC(PyObject *) PyCodec_StreamReader(const char *encoding, PyObject *stream, const char *errors);
PyAPI_FUNC(PyObject *) PyCodec_StreamWriter(const char *encoding, PyObject *stream, const char *errors);

PyAPI_FUNC(int) PyCodec_RegisterError(const char *name, PyObject *error);
/* The handler registered under name; NULL name means "strict". */
PyAPI_FUNC(PyObject *) PyCodec_LookupError(const char *name);
/* The builtin handlers: (replacement, resume position) for a UnicodeError, or the error raised. */
PyAPI_FUNC(PyObject *) PyCodec_StrictErrors(PyObject *exc);
PyAPI_FUNC(PyObject *) PyCodec_IgnoreErrors(PyObject *exc);
PyAPI_FUNC(PyObject *) PyCodec_ReplaceErrors(PyObject *exc);
PyAPI_FUNC(PyObject *) PyCodec_XMLCharRefReplaceErrors(PyObject *exc);
PyAPI_FUNC(PyObject *) PyCodec_BackslashReplaceErrors(PyObject *exc);
PyAPI_FUNC(PyObject *) PyCodec_NameReplaceErrors(PyObject *exc);

#ifdef __cplusplus
}
#endif

#endif /* !Py_CODECREGISTRY_H */
