/* Attribute tables of types made from a spec: PyMemberDef (a field of the instance's C struct)
 * and PyGetSetDef (C getter/setter functions). Layouts and values are CPython 3.12's. */
#ifndef Py_DESCROBJECT_H
#define Py_DESCROBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

typedef PyObject *(*getter)(PyObject *, void *);
typedef int (*setter)(PyObject *, PyObject *, void *);

typedef struct PyGetSetDef {
    const char *name;
    getter get;
    setter set;      /* NULL: read-only */
    const char *doc;
    void *closure;
} PyGetSetDef;

struct PyMemberDef {
    const char *name;
    int type;            /* Py_T_* */
    Py_ssize_t offset;   /* from the start of the object */
    int flags;           /* Py_READONLY */
    const char *doc;
};
typedef struct PyMemberDef PyMemberDef;

#define Py_T_SHORT 0
#define Py_T_INT 1
#define Py_T_LONG 2
#define Py_T_FLOAT 3
#define Py_T_DOUBLE 4
#define Py_T_STRING 5
#define _Py_T_OBJECT 6
#define Py_T_CHAR 7
#define Py_T_BYTE 8
#define Py_T_UBYTE 9
#define Py_T_USHORT 10
#define Py_T_UINT 11
#define Py_T_ULONG 12
#define Py_T_STRING_INPLACE 13
#define Py_T_BOOL 14
#define Py_T_OBJECT_EX 16
#define Py_T_LONGLONG 17
#define Py_T_ULONGLONG 18
#define Py_T_PYSSIZET 19
#define _Py_T_NONE 20

#define Py_READONLY 1
#define Py_AUDIT_READ 2
#define Py_RELATIVE_OFFSET 8

/* Descriptors made from these tables (what PyType_FromSpec puts in a type's dict). */
PyAPI_FUNC(PyObject *) PyDescr_NewMethod(PyTypeObject *type, PyMethodDef *meth);
PyAPI_FUNC(PyObject *) PyDescr_NewClassMethod(PyTypeObject *type, PyMethodDef *meth);
PyAPI_FUNC(PyObject *) PyDescr_NewMember(PyTypeObject *type, PyMemberDef *member);
PyAPI_FUNC(PyObject *) PyDescr_NewGetSet(PyTypeObject *type, PyGetSetDef *getset);
/* A slot wrapper (e.g. int.__add__) bound to self. */
PyAPI_FUNC(PyObject *) PyWrapper_New(PyObject *descr, PyObject *self);
/* Reads / writes the field m describes at obj_addr + m->offset (a NULL value deletes). */
PyAPI_FUNC(PyObject *) PyMember_GetOne(const char *obj_addr, PyMemberDef *m);
PyAPI_FUNC(int) PyMember_SetOne(char *obj_addr, PyMemberDef *m, PyObject *o);

#ifdef __cplusplus
}
#endif

#endif /* !Py_DESCROBJECT_H */
