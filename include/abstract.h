/* The object protocol: attributes, comparison, hashing, truth, calls. */
#ifndef Py_ABSTRACT_H
#define Py_ABSTRACT_H

#ifdef __cplusplus
extern "C" {
#endif

#define Py_LT 0
#define Py_LE 1
#define Py_EQ 2
#define Py_NE 3
#define Py_GT 4
#define Py_GE 5

PyAPI_FUNC(PyObject *) PyObject_Repr(PyObject *o);
PyAPI_FUNC(PyObject *) PyObject_Str(PyObject *o);
PyAPI_FUNC(PyObject *) PyObject_GetAttr(PyObject *o, PyObject *name);
PyAPI_FUNC(PyObject *) PyObject_GetAttrString(PyObject *o, const char *name);
PyAPI_FUNC(int) PyObject_SetAttr(PyObject *o, PyObject *name, PyObject *value);
/* object.__getattribute__ / __setattr__ themselves (for tp_getattro/tp_setattro written in C). */
PyAPI_FUNC(PyObject *) PyObject_GenericGetAttr(PyObject *o, PyObject *name);
PyAPI_FUNC(int) PyObject_GenericSetAttr(PyObject *o, PyObject *name, PyObject *value);
/* object's __dict__ getter and setter (for Py_tp_getset entries of types with a dict). */
PyAPI_FUNC(PyObject *) PyObject_GenericGetDict(PyObject *o, void *context);
PyAPI_FUNC(int) PyObject_GenericSetDict(PyObject *o, PyObject *value, void *context);
PyAPI_FUNC(int) PyObject_SetAttrString(PyObject *o, const char *name, PyObject *value);
PyAPI_FUNC(int) PyObject_HasAttr(PyObject *o, PyObject *name);
PyAPI_FUNC(int) PyObject_HasAttrString(PyObject *o, const char *name);
PyAPI_FUNC(PyObject *) PyObject_RichCompare(PyObject *a, PyObject *b, int op);
PyAPI_FUNC(int) PyObject_RichCompareBool(PyObject *a, PyObject *b, int op);
PyAPI_FUNC(Py_hash_t) PyObject_Hash(PyObject *o);
PyAPI_FUNC(int) PyObject_IsTrue(PyObject *o);
PyAPI_FUNC(int) PyObject_Not(PyObject *o);
/* New reference to the type of o. */
PyAPI_FUNC(PyObject *) PyObject_Type(PyObject *o);
PyAPI_FUNC(int) PyCallable_Check(PyObject *o);
PyAPI_FUNC(PyObject *) PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs);
PyAPI_FUNC(PyObject *) PyObject_CallObject(PyObject *callable, PyObject *args);
PyAPI_FUNC(PyObject *) PyObject_CallNoArgs(PyObject *callable);
PyAPI_FUNC(PyObject *) PyObject_CallOneArg(PyObject *callable, PyObject *arg);

/* Items, sequences and mappings. */
PyAPI_FUNC(PyObject *) PyObject_GetItem(PyObject *o, PyObject *key);
PyAPI_FUNC(int) PyObject_SetItem(PyObject *o, PyObject *key, PyObject *value);
PyAPI_FUNC(int) PyObject_DelItem(PyObject *o, PyObject *key);
PyAPI_FUNC(Py_ssize_t) PyObject_Size(PyObject *o);
PyAPI_FUNC(Py_ssize_t) PyObject_Length(PyObject *o);
PyAPI_FUNC(int) PySequence_Check(PyObject *o);
PyAPI_FUNC(Py_ssize_t) PySequence_Size(PyObject *o);
PyAPI_FUNC(Py_ssize_t) PySequence_Length(PyObject *o);
PyAPI_FUNC(PyObject *) PySequence_GetItem(PyObject *o, Py_ssize_t i);
PyAPI_FUNC(int) PySequence_SetItem(PyObject *o, Py_ssize_t i, PyObject *v);
PyAPI_FUNC(int) PySequence_DelItem(PyObject *o, Py_ssize_t i);
PyAPI_FUNC(PyObject *) PySequence_GetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2);
PyAPI_FUNC(int) PySequence_Contains(PyObject *seq, PyObject *ob);
PyAPI_FUNC(PyObject *) PySequence_Tuple(PyObject *o);
PyAPI_FUNC(PyObject *) PySequence_List(PyObject *o);
/* A list or tuple as a new reference to itself, any other iterable as a new list; TypeError with
   message m when o is not iterable. */
PyAPI_FUNC(PyObject *) PySequence_Fast(PyObject *o, const char *m);
PyAPI_FUNC(PyObject *) PySequence_Concat(PyObject *o1, PyObject *o2);
PyAPI_FUNC(int) PyMapping_Check(PyObject *o);
PyAPI_FUNC(Py_ssize_t) PyMapping_Size(PyObject *o);
PyAPI_FUNC(Py_ssize_t) PyMapping_Length(PyObject *o);
PyAPI_FUNC(PyObject *) PyMapping_Keys(PyObject *o);
PyAPI_FUNC(PyObject *) PyMapping_Values(PyObject *o);
PyAPI_FUNC(PyObject *) PyMapping_Items(PyObject *o);
PyAPI_FUNC(PyObject *) PyMapping_GetItemString(PyObject *o, const char *key);

/* Iteration: PyIter_Next returns NULL without an exception at the end. */
PyAPI_FUNC(PyObject *) PyObject_GetIter(PyObject *o);
PyAPI_FUNC(PyObject *) PyIter_Next(PyObject *iter);
PyAPI_FUNC(int) PyIter_Check(PyObject *o);

/* Numbers. */
PyAPI_FUNC(int) PyNumber_Check(PyObject *o);
PyAPI_FUNC(PyObject *) PyNumber_Add(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_Subtract(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_Multiply(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_TrueDivide(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_FloorDivide(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_Remainder(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_Divmod(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_Power(PyObject *o1, PyObject *o2, PyObject *o3);
PyAPI_FUNC(PyObject *) PyNumber_Lshift(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_Rshift(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_And(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_Or(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_Xor(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_MatrixMultiply(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceAdd(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceSubtract(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceMultiply(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_Negative(PyObject *o);
PyAPI_FUNC(PyObject *) PyNumber_Positive(PyObject *o);
PyAPI_FUNC(PyObject *) PyNumber_Absolute(PyObject *o);
PyAPI_FUNC(PyObject *) PyNumber_Invert(PyObject *o);
PyAPI_FUNC(PyObject *) PyNumber_Index(PyObject *o);
PyAPI_FUNC(PyObject *) PyNumber_Long(PyObject *o);
PyAPI_FUNC(PyObject *) PyNumber_Float(PyObject *o);
PyAPI_FUNC(Py_ssize_t) PyNumber_AsSsize_t(PyObject *o, PyObject *exc);

/* More of the object protocol. */
PyAPI_FUNC(PyObject *) PyObject_ASCII(PyObject *o);
PyAPI_FUNC(PyObject *) PyObject_Bytes(PyObject *o);
/* dir(o); with NULL, dir() of the running Python frame, or NULL without an exception when none runs. */
PyAPI_FUNC(PyObject *) PyObject_Dir(PyObject *o);
/* format(obj, format_spec); a NULL format_spec is "". */
PyAPI_FUNC(PyObject *) PyObject_Format(PyObject *obj, PyObject *format_spec);
PyAPI_FUNC(int) PyObject_IsInstance(PyObject *inst, PyObject *cls);
PyAPI_FUNC(int) PyObject_IsSubclass(PyObject *derived, PyObject *cls);
/* tp_hash of an unhashable type: TypeError, -1. */
PyAPI_FUNC(Py_hash_t) PyObject_HashNotImplemented(PyObject *o);
/* tp_iter of an iterator: a new reference to o. */
PyAPI_FUNC(PyObject *) PyObject_SelfIter(PyObject *o);
PyAPI_FUNC(PyObject *) PyObject_GetAIter(PyObject *o);
PyAPI_FUNC(int) PyAIter_Check(PyObject *o);
PyAPI_FUNC(int) PyIndex_Check(PyObject *o);
PyAPI_FUNC(int) PyObject_DelItemString(PyObject *o, const char *key);
PyAPI_FUNC(int) PySequence_In(PyObject *o, PyObject *value);
PyAPI_FUNC(Py_ssize_t) PySequence_Count(PyObject *o, PyObject *value);
PyAPI_FUNC(Py_ssize_t) PySequence_Index(PyObject *o, PyObject *value);
PyAPI_FUNC(PyObject *) PySequence_InPlaceConcat(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PySequence_Repeat(PyObject *o, Py_ssize_t count);
PyAPI_FUNC(PyObject *) PySequence_InPlaceRepeat(PyObject *o, Py_ssize_t count);
/* o[i1:i2] = v; a NULL v deletes the slice. */
PyAPI_FUNC(int) PySequence_SetSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2, PyObject *v);
PyAPI_FUNC(int) PySequence_DelSlice(PyObject *o, Py_ssize_t i1, Py_ssize_t i2);
/* 1 if o[key] succeeds, else 0; errors are swallowed. */
PyAPI_FUNC(int) PyMapping_HasKey(PyObject *o, PyObject *key);
PyAPI_FUNC(int) PyMapping_HasKeyString(PyObject *o, const char *key);
PyAPI_FUNC(int) PyMapping_SetItemString(PyObject *o, const char *key, PyObject *v);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceTrueDivide(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceFloorDivide(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceRemainder(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlacePower(PyObject *o1, PyObject *o2, PyObject *o3);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceLshift(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceRshift(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceAnd(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceOr(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceXor(PyObject *o1, PyObject *o2);
PyAPI_FUNC(PyObject *) PyNumber_InPlaceMatrixMultiply(PyObject *o1, PyObject *o2);
/* bin()/oct()/str()/hex() of an integer, for base 2, 8, 10, 16. */
PyAPI_FUNC(PyObject *) PyNumber_ToBase(PyObject *n, int base);

/* One step of iter.send(arg) (next(iter) when arg is None). */
typedef enum {
    PYGEN_RETURN = 0,   /* *presult: the return value */
    PYGEN_ERROR = -1,   /* *presult: NULL, an exception is set */
    PYGEN_NEXT = 1,     /* *presult: the yielded value */
} PySendResult;
PyAPI_FUNC(PySendResult) PyIter_Send(PyObject *iter, PyObject *arg, PyObject **presult);

/* Vectorcall: args[0..nargs) positional, then one value per name in kwnames (a tuple or NULL).
   PY_VECTORCALL_ARGUMENTS_OFFSET in nargsf lets the callee use args[-1] temporarily. */
#define PY_VECTORCALL_ARGUMENTS_OFFSET ((size_t)1 << (8 * sizeof(size_t) - 1))
PyAPI_FUNC(Py_ssize_t) PyVectorcall_NARGS(size_t nargsf);
PyAPI_FUNC(PyObject *) PyObject_Vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf,
                                           PyObject *kwnames);
/* args[0] is self: calls getattr(self, name)(*args[1:], **kw). */
PyAPI_FUNC(PyObject *) PyObject_VectorcallMethod(PyObject *name, PyObject *const *args, size_t nargsf,
                                                 PyObject *kwnames);
PyAPI_FUNC(PyObject *) PyVectorcall_Call(PyObject *callable, PyObject *tuple, PyObject *dict);

/* An int, or the int o.fileno() returns; ValueError when negative. */
PyAPI_FUNC(int) PyObject_AsFileDescriptor(PyObject *o);

/* CPython's type flags that the Limited API's Py*_Check macros test. */
#define Py_TPFLAGS_HEAPTYPE (1UL << 9)
#define Py_TPFLAGS_BASETYPE (1UL << 10)
#define Py_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define Py_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define Py_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define Py_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define Py_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define Py_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define Py_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define Py_TPFLAGS_TYPE_SUBCLASS (1UL << 31)

PyAPI_FUNC(unsigned long) PyType_GetFlags(PyTypeObject *type);
PyAPI_FUNC(int) PyType_IsSubtype(PyTypeObject *a, PyTypeObject *b);
#define PyType_HasFeature(t, f) ((PyType_GetFlags(t) & (f)) != 0)
#define PyType_FastSubclass(t, f) PyType_HasFeature((t), (f))

/* The current interpreter's builtin types (each interpreter has its own), for &PyLong_Type etc. */
PyAPI_FUNC(PyTypeObject *) PyIsolated_GetType(int which);
#define PyIsolated_TYPE_OBJECT 0
#define PyIsolated_TYPE_TYPE 1
#define PyIsolated_TYPE_LONG 2
#define PyIsolated_TYPE_BOOL 3
#define PyIsolated_TYPE_UNICODE 4
#define PyIsolated_TYPE_TUPLE 5
#define PyIsolated_TYPE_DICT 6
#define PyIsolated_TYPE_MODULE 7
#define PyIsolated_TYPE_FLOAT 8
#define PyIsolated_TYPE_COMPLEX 9
#define PyIsolated_TYPE_LIST 10
#define PyIsolated_TYPE_BYTES 11
#define PyBaseObject_Type (*PyIsolated_GetType(PyIsolated_TYPE_OBJECT))
#define PyType_Type (*PyIsolated_GetType(PyIsolated_TYPE_TYPE))
#define PyLong_Type (*PyIsolated_GetType(PyIsolated_TYPE_LONG))
#define PyBool_Type (*PyIsolated_GetType(PyIsolated_TYPE_BOOL))
#define PyUnicode_Type (*PyIsolated_GetType(PyIsolated_TYPE_UNICODE))
#define PyTuple_Type (*PyIsolated_GetType(PyIsolated_TYPE_TUPLE))
#define PyDict_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICT))
#define PyModule_Type (*PyIsolated_GetType(PyIsolated_TYPE_MODULE))
#define PyFloat_Type (*PyIsolated_GetType(PyIsolated_TYPE_FLOAT))
#define PyComplex_Type (*PyIsolated_GetType(PyIsolated_TYPE_COMPLEX))
#define PyList_Type (*PyIsolated_GetType(PyIsolated_TYPE_LIST))
#define PyBytes_Type (*PyIsolated_GetType(PyIsolated_TYPE_BYTES))

#define Py_IS_TYPE(op, type) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)(type))
#define PyObject_TypeCheck(op, type) (Py_IS_TYPE((op), (type)) || PyType_IsSubtype(Py_TYPE(op), (type)))

#define PyType_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TYPE_SUBCLASS)
#define PyType_CheckExact(op) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)&PyType_Type)
#define PyLong_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_LONG_SUBCLASS)
#define PyLong_CheckExact(op) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)&PyLong_Type)
#define PyBool_Check(op) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)&PyBool_Type)
#define PyUnicode_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_UNICODE_SUBCLASS)
#define PyUnicode_CheckExact(op) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)&PyUnicode_Type)
#define PyTuple_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_TUPLE_SUBCLASS)
#define PyTuple_CheckExact(op) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)&PyTuple_Type)
#define PyDict_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_DICT_SUBCLASS)
#define PyDict_CheckExact(op) Py_Is((PyObject *)Py_TYPE(op), (PyObject *)&PyDict_Type)
#define PyExceptionInstance_Check(op) PyType_FastSubclass(Py_TYPE(op), Py_TPFLAGS_BASE_EXC_SUBCLASS)
#define PyExceptionInstance_Class(x) ((PyObject *)Py_TYPE(x))
#define PyExceptionClass_Check(x) \
    (PyType_Check((x)) && PyType_FastSubclass((PyTypeObject *)(x), Py_TPFLAGS_BASE_EXC_SUBCLASS))

/* Names CPython's headers define over other calls. */
#define PyObject_DelAttr(o, name) PyObject_SetAttr((o), (name), NULL)
#define PyObject_DelAttrString(o, name) PyObject_SetAttrString((o), (name), NULL)
#define PyMapping_DelItem(o, key) PyObject_DelItem((o), (key))
#define PyMapping_DelItemString(o, key) PyObject_DelItemString((o), (key))
#define PyLong_AS_LONG(op) PyLong_AsLong(op)
#define PyLong_FromPid PyLong_FromLong
#define PyLong_AsPid(op) ((pid_t)PyLong_AsLong(op))
#define PyEval_CallObject(callable, arg) PyEval_CallObjectWithKeywords((callable), (arg), NULL)
#define PyThreadState_GET() PyThreadState_Get()

/* More of the current interpreter's builtin types, as CPython's Limited API names them. */
#define PyIsolated_TYPE_CFUNCTION 64
#define PyIsolated_TYPE_CALLITER 65
#define PyIsolated_TYPE_CLASSMETHODDESCR 66
#define PyIsolated_TYPE_DICTITEMS 67
#define PyIsolated_TYPE_DICTKEYS 68
#define PyIsolated_TYPE_DICTVALUES 69
#define PyIsolated_TYPE_DICTITERITEM 70
#define PyIsolated_TYPE_DICTITERKEY 71
#define PyIsolated_TYPE_DICTITERVALUE 72
#define PyIsolated_TYPE_DICTREVITERITEM 73
#define PyIsolated_TYPE_DICTREVITERKEY 74
#define PyIsolated_TYPE_DICTREVITERVALUE 75
#define PyIsolated_TYPE_DICTPROXY 76
#define PyIsolated_TYPE_ELLIPSIS 77
#define PyIsolated_TYPE_ENUM 78
#define PyIsolated_TYPE_FILTER 79
#define PyIsolated_TYPE_GETSETDESCR 80
#define PyIsolated_TYPE_LISTITER 81
#define PyIsolated_TYPE_LISTREVITER 82
#define PyIsolated_TYPE_LONGRANGEITER 83
#define PyIsolated_TYPE_MAP 84
#define PyIsolated_TYPE_MEMBERDESCR 85
#define PyIsolated_TYPE_METHODDESCR 86
#define PyIsolated_TYPE_PROPERTY 87
#define PyIsolated_TYPE_RANGEITER 88
#define PyIsolated_TYPE_RANGE 89
#define PyIsolated_TYPE_REVERSED 90
#define PyIsolated_TYPE_SEQITER 91
#define PyIsolated_TYPE_SETITER 92
#define PyIsolated_TYPE_SUPER 93
#define PyIsolated_TYPE_TRACEBACK 94
#define PyIsolated_TYPE_TUPLEITER 95
#define PyIsolated_TYPE_UNICODEITER 96
#define PyIsolated_TYPE_WRAPPERDESCR 97
#define PyIsolated_TYPE_ZIP 98
#define PyIsolated_TYPE_GENERICALIAS 99
#define PyIsolated_TYPE_BYTESITER 100
#define PyIsolated_TYPE_BYTEARRAYITER 101
#define PyIsolated_TYPE_WEAKREF 102
#define PyIsolated_TYPE_WEAKPROXY 103
#define PyIsolated_TYPE_WEAKCALLABLEPROXY 104
#define PyCFunction_Type (*PyIsolated_GetType(PyIsolated_TYPE_CFUNCTION))
#define PyCallIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_CALLITER))
#define PyClassMethodDescr_Type (*PyIsolated_GetType(PyIsolated_TYPE_CLASSMETHODDESCR))
#define PyDictItems_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICTITEMS))
#define PyDictKeys_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICTKEYS))
#define PyDictValues_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICTVALUES))
#define PyDictIterItem_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICTITERITEM))
#define PyDictIterKey_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICTITERKEY))
#define PyDictIterValue_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICTITERVALUE))
#define PyDictRevIterItem_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICTREVITERITEM))
#define PyDictRevIterKey_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICTREVITERKEY))
#define PyDictRevIterValue_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICTREVITERVALUE))
#define PyDictProxy_Type (*PyIsolated_GetType(PyIsolated_TYPE_DICTPROXY))
#define PyEllipsis_Type (*PyIsolated_GetType(PyIsolated_TYPE_ELLIPSIS))
#define PyEnum_Type (*PyIsolated_GetType(PyIsolated_TYPE_ENUM))
#define PyFilter_Type (*PyIsolated_GetType(PyIsolated_TYPE_FILTER))
#define PyGetSetDescr_Type (*PyIsolated_GetType(PyIsolated_TYPE_GETSETDESCR))
#define PyListIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_LISTITER))
#define PyListRevIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_LISTREVITER))
#define PyLongRangeIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_LONGRANGEITER))
#define PyMap_Type (*PyIsolated_GetType(PyIsolated_TYPE_MAP))
#define PyMemberDescr_Type (*PyIsolated_GetType(PyIsolated_TYPE_MEMBERDESCR))
#define PyMethodDescr_Type (*PyIsolated_GetType(PyIsolated_TYPE_METHODDESCR))
#define PyProperty_Type (*PyIsolated_GetType(PyIsolated_TYPE_PROPERTY))
#define PyRangeIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_RANGEITER))
#define PyRange_Type (*PyIsolated_GetType(PyIsolated_TYPE_RANGE))
#define PyReversed_Type (*PyIsolated_GetType(PyIsolated_TYPE_REVERSED))
#define PySeqIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_SEQITER))
#define PySetIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_SETITER))
#define PySuper_Type (*PyIsolated_GetType(PyIsolated_TYPE_SUPER))
#define PyTraceBack_Type (*PyIsolated_GetType(PyIsolated_TYPE_TRACEBACK))
#define PyTupleIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_TUPLEITER))
#define PyUnicodeIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_UNICODEITER))
#define PyWrapperDescr_Type (*PyIsolated_GetType(PyIsolated_TYPE_WRAPPERDESCR))
#define PyZip_Type (*PyIsolated_GetType(PyIsolated_TYPE_ZIP))
#define Py_GenericAliasType (*PyIsolated_GetType(PyIsolated_TYPE_GENERICALIAS))
#define PyBytesIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_BYTESITER))
#define PyByteArrayIter_Type (*PyIsolated_GetType(PyIsolated_TYPE_BYTEARRAYITER))
#define _PyWeakref_RefType (*PyIsolated_GetType(PyIsolated_TYPE_WEAKREF))
#define _PyWeakref_ProxyType (*PyIsolated_GetType(PyIsolated_TYPE_WEAKPROXY))
#define _PyWeakref_CallableProxyType (*PyIsolated_GetType(PyIsolated_TYPE_WEAKCALLABLEPROXY))

#define PyCFunction_CheckExact(op) Py_IS_TYPE((op), &PyCFunction_Type)
#define PyCFunction_Check(op) PyObject_TypeCheck((op), &PyCFunction_Type)
#define PyCallIter_Check(op) Py_IS_TYPE((op), &PyCallIter_Type)
#define PySeqIter_Check(op) Py_IS_TYPE((op), &PySeqIter_Type)
#define PyRange_Check(op) Py_IS_TYPE((op), &PyRange_Type)
#define PyTraceBack_Check(op) Py_IS_TYPE((op), &PyTraceBack_Type)
#define PyDictKeys_Check(op) PyObject_TypeCheck((op), &PyDictKeys_Type)
#define PyDictValues_Check(op) PyObject_TypeCheck((op), &PyDictValues_Type)
#define PyDictItems_Check(op) PyObject_TypeCheck((op), &PyDictItems_Type)
#define PyDictViewSet_Check(op) (PyDictKeys_Check(op) || PyDictItems_Check(op))
#define PyWeakref_CheckRef(op) PyObject_TypeCheck((op), &_PyWeakref_RefType)
#define PyWeakref_CheckRefExact(op) Py_IS_TYPE((op), &_PyWeakref_RefType)
#define PyWeakref_CheckProxy(op) \
    (Py_IS_TYPE((op), &_PyWeakref_ProxyType) || Py_IS_TYPE((op), &_PyWeakref_CallableProxyType))
#define PyWeakref_Check(op) (PyWeakref_CheckRef(op) || PyWeakref_CheckProxy(op))

#ifdef __cplusplus
}
#endif

#endif /* !Py_ABSTRACT_H */
