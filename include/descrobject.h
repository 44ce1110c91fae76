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

#ifdef __cplusplus
}
#endif

#endif /* !Py_DESCROBJECT_H */
