/* Extension modules: PyModuleDef, single-phase (PyModule_Create) and multi-phase (PEP 489)
 * initialisation, per-module state. Layouts are CPython 3.12's.
 *
 * Isolation: a module object belongs to one interpreter. A multi-phase module gets one module
 * object and one state per interpreter that imports it; a single-phase module (PyModule_Create
 * in PyInit_*) can be imported in the main interpreter only. */
#ifndef Py_MODULEOBJECT_H
#define Py_MODULEOBJECT_H

#ifdef __cplusplus
extern "C" {
#endif

typedef int (*visitproc)(PyObject *, void *);
typedef int (*traverseproc)(PyObject *, visitproc, void *);
typedef int (*inquiry)(PyObject *);
typedef void (*freefunc)(void *);

typedef struct PyModuleDef_Base {
    PyObject_HEAD
    PyObject *(*m_init)(void);
    Py_ssize_t m_index;
    PyObject *m_copy;
} PyModuleDef_Base;

#define PyModuleDef_HEAD_INIT { PyObject_HEAD_INIT(NULL) NULL, 0, NULL }

struct PyModuleDef_Slot {
    int slot;       /* Py_mod_* */
    void *value;
};
typedef struct PyModuleDef_Slot PyModuleDef_Slot;

#define Py_mod_create 1
#define Py_mod_exec 2
#define Py_mod_multiple_interpreters 3

/* Values of Py_mod_multiple_interpreters (a module without the slot counts as "supported").
 * Every interpreter has its own GIL here, so a subinterpreter created with
 * check_multi_interp_extensions (the isolated configuration) loads only modules declaring
 * Py_MOD_PER_INTERPRETER_GIL_SUPPORTED, as CPython 3.12 does under an own GIL; one without the
 * check (Py_NewInterpreter, the legacy configuration) loads any multi-phase module. Single-phase
 * modules load in the main interpreter only (their objects could not stay in one interpreter). */
#define Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED ((void *)0)
#define Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED ((void *)1)
#define Py_MOD_PER_INTERPRETER_GIL_SUPPORTED ((void *)2)

struct PyModuleDef {
    PyModuleDef_Base m_base;     /* PyModuleDef_HEAD_INIT, or zeros */
    const char *m_name;
    const char *m_doc;
    Py_ssize_t m_size;           /* bytes of per-module state (zeroed), 0 for none, -1 for none
                                    and single-phase only */
    PyMethodDef *m_methods;
    PyModuleDef_Slot *m_slots;   /* non-NULL: multi-phase initialisation */
    traverseproc m_traverse;
    inquiry m_clear;
    freefunc m_free;             /* called with the module when it goes away */
};
typedef struct PyModuleDef PyModuleDef;

#define PYTHON_API_VERSION 1013
#define PYTHON_ABI_VERSION 3

/* Single-phase: a new module built from def (its functions, docstring and state). */
PyAPI_FUNC(PyObject *) PyModule_Create2(PyModuleDef *def, int apiver);
#define PyModule_Create(def) PyModule_Create2((def), PYTHON_ABI_VERSION)
/* Multi-phase: PyInit_* returns PyModuleDef_Init(&def). */
PyAPI_FUNC(PyObject *) PyModuleDef_Init(PyModuleDef *def);
PyAPI_FUNC(PyObject *) PyModule_FromDefAndSpec2(PyModuleDef *def, PyObject *spec, int apiver);
#define PyModule_FromDefAndSpec(def, spec) PyModule_FromDefAndSpec2((def), (spec), PYTHON_ABI_VERSION)
PyAPI_FUNC(int) PyModule_ExecDef(PyObject *module, PyModuleDef *def);

/* The module's state (NULL when m_size is 0) and definition (borrowed, NULL with no exception
 * for modules not made from a PyModuleDef). */
PyAPI_FUNC(void *) PyModule_GetState(PyObject *module);
PyAPI_FUNC(PyModuleDef *) PyModule_GetDef(PyObject *module);

PyAPI_FUNC(int) PyModule_AddFunctions(PyObject *module, PyMethodDef *functions);
PyAPI_FUNC(int) PyModule_SetDocString(PyObject *module, const char *doc);
/* Adds the type under its short name (tp_name after the last dot). */
PyAPI_FUNC(int) PyModule_AddType(PyObject *module, PyTypeObject *type);
PyAPI_FUNC(PyObject *) PyModule_GetFilenameObject(PyObject *module);

#define PyModule_AddIntMacro(m, c) PyModule_AddIntConstant((m), #c, (c))
#define PyModule_AddStringMacro(m, c) PyModule_AddStringConstant((m), #c, (c))

/* UTF-8 of __file__ (deprecated in CPython; PyModule_GetFilenameObject is the str). */
PyAPI_FUNC(const char *) PyModule_GetFilename(PyObject *module);

/* The module made from a single-phase def in the current interpreter (PEP 3121's table; each
 * interpreter has its own, as in CPython). Importing a single-phase extension adds it; defs with
 * m_slots (multi-phase) are refused by AddModule and never found. */
PyAPI_FUNC(int) PyState_AddModule(PyObject *module, PyModuleDef *def);
PyAPI_FUNC(PyObject *) PyState_FindModule(PyModuleDef *def);
PyAPI_FUNC(int) PyState_RemoveModule(PyModuleDef *def);

#ifdef __cplusplus
}
#endif

#endif /* !Py_MODULEOBJECT_H */
