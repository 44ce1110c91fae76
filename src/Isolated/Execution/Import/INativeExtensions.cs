using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution.Import;

/// <summary>
/// Extension modules written in C (DESIGN §6): the C API library installs an implementation on
/// <see cref="Runtime.NativeExtensions"/>; the runtime itself knows nothing about native code. The
/// import system asks it for modules registered with PyImport_AppendInittab (as builtins) and for
/// the files it finds on sys.path with an extension suffix.
/// </summary>
public interface INativeExtensions
{
    /// <summary>Whether <paramref name="name"/> is in the C host's table of builtin modules.</summary>
    bool IsBuiltin(string name);

    /// <summary>The names in the C host's table of builtin modules (sys.builtin_module_names lists them).</summary>
    string[] BuiltinNames();

    /// <summary>Creates the module of a builtin (inittab) entry; multi-phase modules are executed
    /// later by <see cref="Exec"/>.</summary>
    PyObject? CreateBuiltin(ThreadState ts, PyObject spec, string name);

    /// <summary>Loads the shared object at <paramref name="path"/> and creates its module.</summary>
    PyObject? CreateFromFile(ThreadState ts, PyObject spec, string name, string path);

    /// <summary>Runs the exec slots of a multi-phase module (nothing for other modules).</summary>
    bool Exec(ThreadState ts, PyObject module);

    /// <summary>The references C code holds to <paramref name="obj"/> (its ob_refcnt; 0 when it
    /// never crossed), for sys.getrefcount.</summary>
    long NativeReferenceCount(PyObject obj);
}
