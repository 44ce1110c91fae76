using Isolated.Modules;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution.Import;

/// <summary>
/// The <c>_imp</c> module: the hooks CPython's pure-Python importlib needs from the runtime
/// (builtin modules, the import lock, extension suffixes). There are no frozen modules and no
/// .pyc files here, so the frozen and hash-based-pyc functions answer accordingly.
/// </summary>
public static class ImpModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_imp");
        var d = m.Dict;
        d.SetStr("__doc__", interp.Str("(Extremely) low-level import machinery bits as used by importlib."));
        d.SetStr("check_hash_based_pycs", interp.Str("never"));
        Add(m, "is_builtin", static (ts, self, args, kw) =>
        {
            if (!NameArgument(ts, "is_builtin", args, kw, out var name)) return null;
            // -1: a builtin that cannot be initialised again (sys, builtins), as CPython.
            return ts.Interpreter.Int(!ModuleRegistry.IsBuiltin(name) ? 0 : name is "sys" or "builtins" ? -1 : 1);
        });
        Add(m, "create_builtin", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "create_builtin", args, kw, 1, 1)) return null;
            var nameObj = Ops.GetAttr(ts, args[0], "name");
            if (nameObj is null) return null;
            if (nameObj is not PyStr name) return ts.Raise(ExceptionKind.TypeError, $"name must be string, not {nameObj.Type.Name}");
            if (ts.Interpreter.Modules.GetStr(name) is PyModule existing && ModuleRegistry.IsBuiltin(name.Value)) return existing;
            return ImportSystem.CreateBuiltin(ts, name.Value, args[0]);
        });
        Add(m, "exec_builtin", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "exec_builtin", args, kw, 1, 1)) return null;
            if (ts.Interpreter.Runtime.NativeExtensions is { } native && !native.Exec(ts, args[0])) return null;
            return ts.Interpreter.Int(0);
        });
        Add(m, "is_frozen", static (ts, self, args, kw) => NameArgument(ts, "is_frozen", args, kw, out _) ? ts.Interpreter.False : null);
        Add(m, "is_frozen_package", static (ts, self, args, kw) => NameArgument(ts, "is_frozen_package", args, kw, out _) ? ts.Interpreter.False : null);
        Add(m, "find_frozen", static (ts, self, args, kw) => ts.Interpreter.None);
        Add(m, "get_frozen_object", static (ts, self, args, kw) =>
            NameArgument(ts, "get_frozen_object", args, kw, out var name)
                ? ImportSystem.RaiseImportError(ts, ExceptionKind.ImportError, $"No such frozen object named '{name}'", name, null)
                : null);
        Add(m, "init_frozen", static (ts, self, args, kw) => ts.Interpreter.None);
        Add(m, "_frozen_module_names", static (ts, self, args, kw) => ts.Interpreter.EmptyTuple);
        Add(m, "acquire_lock", static (ts, self, args, kw) =>
        {
            SysState.Of(ts.Interpreter).Import.LockDepth++;
            return ts.Interpreter.None;
        });
        Add(m, "release_lock", static (ts, self, args, kw) =>
        {
            var st = SysState.Of(ts.Interpreter).Import;
            if (st.LockDepth == 0) return ts.Raise(ExceptionKind.RuntimeError, "not holding the import lock");
            st.LockDepth--;
            return ts.Interpreter.None;
        });
        Add(m, "lock_held", static (ts, self, args, kw) => ts.Interpreter.Bool(SysState.Of(ts.Interpreter).Import.LockDepth > 0));
        Add(m, "extension_suffixes", static (ts, self, args, kw) =>
            LateBound.NewStrList(ts, ImportSystem.ExtensionSuffixes));
        Add(m, "_fix_co_filename", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "_fix_co_filename", args, kw, 2, 2) ? ts.Interpreter.None : null);
        Add(m, "source_hash", static (ts, self, args, kw) =>
            ts.Raise(ExceptionKind.NotImplementedError, "hash-based .pyc files are not used by this runtime"));
        Add(m, "_override_frozen_modules_for_tests", static (ts, self, args, kw) => ts.Interpreter.None);
        Add(m, "_override_multi_interp_extensions_check", static (ts, self, args, kw) => ts.Interpreter.Int(-1));
        Add(m, "create_dynamic", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "create_dynamic", args, kw, 1, 2)) return null;
            if (ts.Interpreter.Runtime.NativeExtensions is not { } native)
                return ts.Raise(ExceptionKind.ImportError, "extension modules need the C API library (libisolated.so)");
            if (Ops.GetAttr(ts, args[0], "name") is not PyStr name) return ts.HasError ? null : ts.Raise(ExceptionKind.TypeError, "spec.name must be str");
            if (Ops.GetAttr(ts, args[0], "origin") is not PyStr origin) return ts.HasError ? null : ts.Raise(ExceptionKind.TypeError, "spec.origin must be str");
            return native.CreateFromFile(ts, args[0], name.Value, origin.Value);
        });
        Add(m, "exec_dynamic", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "exec_dynamic", args, kw, 1, 1)) return null;
            if (ts.Interpreter.Runtime.NativeExtensions is { } native && !native.Exec(ts, args[0])) return null;
            return ts.Interpreter.Int(0);
        });
        return m;
    }

    static bool NameArgument(ThreadState ts, string function, ReadOnlySpan<PyObject> args, PyTuple? kw, out string name)
    {
        name = "";
        if (!ArgBinder.CheckPositional(ts, function, args, kw, 1, 1)) return false;
        if (args[0] is not PyStr s)
        {
            ts.Raise(ExceptionKind.TypeError, $"{function}() argument must be str, not {args[0].Type.Name}");
            return false;
        }
        name = s.Value;
        return true;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn);
        f.Module = interp.Str("_imp");
        m.Dict.SetStr(interp.Intern(name), f);
    }
}
