/* Modules, imports and sys. Each interpreter has its own sys.modules. */
#ifndef Py_IMPORT_H
#define Py_IMPORT_H

#ifdef __cplusplus
extern "C" {
#endif

PyAPI_FUNC(PyObject *) PyImport_ImportModule(const char *name);
PyAPI_FUNC(PyObject *) PyImport_Import(PyObject *name);
/* Borrowed: the current interpreter's sys.modules. */
PyAPI_FUNC(PyObject *) PyImport_GetModuleDict(void);
/* Borrowed: sys.modules[name], created empty when absent. */
PyAPI_FUNC(PyObject *) PyImport_AddModule(const char *name);

PyAPI_FUNC(PyObject *) PyModule_New(const char *name);
PyAPI_FUNC(PyObject *) PyModule_NewObject(PyObject *name);
/* Borrowed. */
PyAPI_FUNC(PyObject *) PyModule_GetDict(PyObject *module);
PyAPI_FUNC(PyObject *) PyModule_GetNameObject(PyObject *module);
PyAPI_FUNC(const char *) PyModule_GetName(PyObject *module);
PyAPI_FUNC(int) PyModule_AddObjectRef(PyObject *module, const char *name, PyObject *value);
/* Steals the reference to value only on success. */
PyAPI_FUNC(int) PyModule_AddObject(PyObject *module, const char *name, PyObject *value);
PyAPI_FUNC(int) PyModule_AddIntConstant(PyObject *module, const char *name, long value);
PyAPI_FUNC(int) PyModule_AddStringConstant(PyObject *module, const char *name, const char *value);
#define PyModule_Check(op) PyObject_TypeCheck((op), &PyModule_Type)
#define PyModule_CheckExact(op) Py_IS_TYPE((op), &PyModule_Type)

/* The host's builtin modules: call before Py_Initialize. Importing name in any interpreter
 * calls initfunc (single-phase modules in the main interpreter only). */
struct _inittab {
    const char *name;
    PyObject *(*initfunc)(void);
};
PyAPI_FUNC(int) PyImport_AppendInittab(const char *name, PyObject *(*initfunc)(void));
/* Adds the entries of newtab, up to the one whose name is NULL. */
PyAPI_FUNC(int) PyImport_ExtendInittab(struct _inittab *newtab);

/* Borrowed, like PyImport_AddModule. */
PyAPI_FUNC(PyObject *) PyImport_AddModuleObject(PyObject *name);
/* New reference to sys.modules[name]; NULL without an exception when absent. */
PyAPI_FUNC(PyObject *) PyImport_GetModule(PyObject *name);
PyAPI_FUNC(PyObject *) PyImport_ImportModuleNoBlock(const char *name);
/* __import__(name, globals, locals, fromlist, level). */
PyAPI_FUNC(PyObject *) PyImport_ImportModuleLevel(const char *name, PyObject *globals, PyObject *locals,
                                                  PyObject *fromlist, int level);
PyAPI_FUNC(PyObject *) PyImport_ImportModuleLevelObject(PyObject *name, PyObject *globals, PyObject *locals,
                                                        PyObject *fromlist, int level);
#define PyImport_ImportModuleEx(n, g, l, f) PyImport_ImportModuleLevel((n), (g), (l), (f), 0)
/* importlib.reload(m). */
PyAPI_FUNC(PyObject *) PyImport_ReloadModule(PyObject *m);
/* Runs code object co as the body of module `name` (created in sys.modules when absent), with
 * __file__ = pathname (or co's filename); on failure the module is removed again. */
PyAPI_FUNC(PyObject *) PyImport_ExecCodeModule(const char *name, PyObject *co);
PyAPI_FUNC(PyObject *) PyImport_ExecCodeModuleEx(const char *name, PyObject *co, const char *pathname);
PyAPI_FUNC(PyObject *) PyImport_ExecCodeModuleWithPathnames(const char *name, PyObject *co,
                                                            const char *pathname, const char *cpathname);
PyAPI_FUNC(PyObject *) PyImport_ExecCodeModuleObject(PyObject *name, PyObject *co, PyObject *pathname,
                                                     PyObject *cpathname);
/* The path entry finder for path (sys.path_importer_cache, else the first of sys.path_hooks
 * that accepts it; None when none does). New reference. */
PyAPI_FUNC(PyObject *) PyImport_GetImporter(PyObject *path);
/* importlib's bytecode magic number (as a little-endian long). This runtime writes no bytecode
 * caches (sys.implementation.cache_tag is None), so GetMagicTag returns NULL. */
PyAPI_FUNC(long) PyImport_GetMagicNumber(void);
PyAPI_FUNC(const char *) PyImport_GetMagicTag(void);
/* 1 imported, 0 no such frozen module, -1 error. The runtime has no frozen modules (its
 * builtins are C# modules and the stdlib is read from source), so these return 0. */
PyAPI_FUNC(int) PyImport_ImportFrozenModule(const char *name);
PyAPI_FUNC(int) PyImport_ImportFrozenModuleObject(PyObject *name);


/* Borrowed; NULL without an exception when sys has no such attribute. */
PyAPI_FUNC(PyObject *) PySys_GetObject(const char *name);
PyAPI_FUNC(int) PySys_SetObject(const char *name, PyObject *value);
/* sys.argv = argv ([''] when argc is 0); with updatepath (always for PySys_SetArgv),
 * sys.path[0] gets the script's directory as CPython computes it. */
PyAPI_FUNC(void) PySys_SetArgv(int argc, wchar_t **argv);
PyAPI_FUNC(void) PySys_SetArgvEx(int argc, wchar_t **argv, int updatepath);

/* Borrowed: the builtins namespace of the current frame (or the interpreter's). */
PyAPI_FUNC(PyObject *) PyEval_GetBuiltins(void);

#ifdef __cplusplus
}
#endif

#endif /* !Py_IMPORT_H */
