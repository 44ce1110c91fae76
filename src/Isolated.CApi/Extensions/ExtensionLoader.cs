using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Extensions;

/// <summary>
/// Loads C extension modules for the import system (installed on the runtime by ProcessRuntime):
/// dlopens the shared object, calls its PyInit_&lt;name&gt;, and builds the module. A multi-phase
/// module (PyInit returns PyModuleDef_Init(&amp;def)) gets one module object and state per
/// interpreter; a single-phase module (PyInit returns a module) keeps its state in C globals shared
/// by the whole process, so it is refused in subinterpreters, as CPython 3.12 refuses it in
/// interpreters that require isolated extensions (here every subinterpreter has its own GIL).
/// </summary>
internal sealed unsafe class ExtensionLoader : INativeExtensions
{
    readonly object _lock = new();
    // Shared objects stay loaded for the life of the process (CPython never unloads them either).
    readonly Dictionary<string, nint> _handles = new(StringComparer.Ordinal);

    public bool IsBuiltin(string name) => Inittab.Find(name) != 0;

    public string[] BuiltinNames() => Inittab.Names();

    public PyObject? CreateBuiltin(ThreadState ts, PyObject spec, string name)
    {
        nint init = Inittab.Find(name);
        if (init == 0) return ts.Raise(ExceptionKind.ImportError, $"no built-in module named {name}");
        return Initialize(ts, spec, name, init, null);
    }

    public PyObject? CreateFromFile(ThreadState ts, PyObject spec, string name, string path)
    {
        nint handle;
        lock (_lock)
        {
            if (!_handles.TryGetValue(path, out handle))
            {
                handle = DlOpen(path, RtldNow | RtldLocal);
                if (handle == 0)
                {
                    string reason = Marshal.PtrToStringUTF8(DlError()) ?? "unknown dlopen error";
                    return ImportSystem.RaiseImportError(ts, ExceptionKind.ImportError, reason, name, path);
                }
                _handles.Add(path, handle);
            }
        }
        string shortName = name[(name.LastIndexOf('.') + 1)..];
        nint init = DlSym(handle, "PyInit_" + shortName);
        if (init == 0)
            return ImportSystem.RaiseImportError(ts, ExceptionKind.ImportError,
                $"dynamic module does not define module export function (PyInit_{shortName})", name, path);
        return Initialize(ts, spec, name, init, path);
    }

    PyObject? Initialize(ThreadState ts, PyObject spec, string name, nint init, string? path)
    {
        var previous = NativeCall.Enter(ts);
        nint r;
        try { r = ((delegate* unmanaged<nint>)init)(); }
        finally { NativeCall.Leave(previous); }
        NativeInstances.AssignHostObjectTypes(ts.Interpreter);
        if (r == 0)
        {
            if (!ts.HasError) ts.Raise(ExceptionKind.SystemError, $"initialization of {ShortName(name)} failed without raising an exception");
            return null;
        }
        if (NativeModuleDef.IsMarkedDefinition(r))
        {
            if (ts.HasError)
            {
                ts.CurrentException = null;
                return ts.Raise(ExceptionKind.SystemError, $"initialization of {ShortName(name)} raised unreported exception");
            }
            return ModuleFactory.FromDefAndSpec(ts, (NativeModuleDef*)r, spec);
        }
        var module = NativeCall.Result(ts, r, $"initialization of {ShortName(name)}");
        if (module is null) return null;
        if (!ts.Interpreter.IsMain)
            return ImportSystem.RaiseImportError(ts, ExceptionKind.ImportError,
                $"module {name} does not support loading in subinterpreters", name, path);
        if (module is PyModule pm && pm.NativeState is ExtensionModuleState st && st.Def->Name != null)
        {
            // The import system names the module after the spec (a package's submodule).
            pm.Dict.SetStr(ts.Interpreter.Intern("__name__"), ts.Interpreter.Str(name));
            // PyState_FindModule finds a single-phase module once imported, as in CPython.
            NativeInterpreterState.Of(ts.Interpreter).ModulesByDef[(nint)st.Def] = pm;
        }
        return module;
    }

    static string ShortName(string name) => name[(name.LastIndexOf('.') + 1)..];

    public long NativeReferenceCount(PyObject obj)
    {
        nint h = obj.NativeHeader;
        if (h == 0) return 0;
        long n = *NativeArena.RefCount(h);
        // Immortal headers (types, singletons) are not C's references; nor is the interpreter's
        // own reference behind borrowed pointers.
        if (n >= NativeArena.ImmortalRefCount) return 0;
        if (obj is not PyNativeInstance && (*NativeArena.Flags(h) & NativeArena.FlagInterpreterReference) != 0) n--;
        return n;
    }

    public bool Exec(ThreadState ts, PyObject module)
    {
        if (module is not PyModule { NativeState: ExtensionModuleState st }) return true;
        if (st.Def->Slots == null || st.Executed) return true;
        st.Executed = true;
        return ModuleFactory.ExecDef(ts, module, st.Def);
    }

    const int RtldNow = 2, RtldLocal = 0;

    [DllImport("libc", EntryPoint = "dlopen")]
    static extern nint DlOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "dlsym")]
    static extern nint DlSym(nint handle, [MarshalAs(UnmanagedType.LPUTF8Str)] string symbol);

    [DllImport("libc", EntryPoint = "dlerror")]
    static extern nint DlError();
}
