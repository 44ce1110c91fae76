using Isolated.Modules;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution.Import;

/// <summary>
/// The finder and loader objects of the builtin import path, shaped like importlib's so that
/// inspect, linecache, traceback, pkgutil and runpy can use them: BuiltinImporter (meta path
/// finder + loader for <see cref="ModuleRegistry"/> modules), PathFinder (meta path finder over
/// sys.path), SourceFileLoader (one per .py file: get_source, is_package, get_filename,
/// exec_module) and NamespaceLoader. Each is a per-interpreter type created on first use; their
/// instances keep their state in an instance dict.
/// </summary>
public static class LoaderTypes
{
    static PyType NewType(Interpreter interp, string name, Action<ThreadState?, PyType> fill) =>
        interp.Types.NewBuiltin(name, interp.Types.Object, TypeFlags.HasInstanceDict, static s =>
        {
            s.New = null;
            s.Init = null;
        }, fill);

    static PyInstance NewInstance(Interpreter interp, PyType type) => new(type) { InstanceDict = interp.NewDict() };

    // ---- BuiltinImporter ----

    public static PyObject BuiltinImporter(Interpreter interp)
    {
        var st = SysState.Of(interp).Import;
        if (st.BuiltinImporter is { } existing) return existing;
        st.BuiltinImporterType ??= NewType(interp, "BuiltinImporter", static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_frozen_importlib"));
            t.AddMethod("find_spec", static (ts, self, args, kw) =>
            {
                Span<PyObject?> a = new PyObject?[3];
                if (!ArgBinder.Bind(ts, "find_spec", args, kw, ["fullname", "path", "target"], 1, a)) return null;
                if (a[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, "find_spec() argument 'fullname' must be str");
                return ImportSystem.BuiltinSpec(ts, name.Value) ?? ts.Interpreter.None;
            });
            t.AddMethod("create_module", static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "create_module", args, kw, 1, 1)) return null;
                if (Ops.GetAttr(ts, args[0], "name") is not PyStr name) return ts.HasError ? null : ts.Raise(ExceptionKind.TypeError, "spec name must be str");
                return ImportSystem.CreateBuiltin(ts, name.Value, args[0]);
            });
            t.AddMethod("exec_module", static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "exec_module", args, kw, 1, 1)) return null;
                // Multi-phase modules of the C host's inittab run their exec slots now.
                if (ts.Interpreter.Runtime.NativeExtensions is { } native && !native.Exec(ts, args[0])) return null;
                return ts.Interpreter.None;
            });
            t.AddMethod("is_package", static (ts, self, args, kw) => ts.Interpreter.False);
            t.AddMethod("get_source", static (ts, self, args, kw) => ts.Interpreter.None);
            t.AddMethod("get_code", static (ts, self, args, kw) => ts.Interpreter.None);
            t.AddMethod("invalidate_caches", static (ts, self, args, kw) => ts.Interpreter.None);
        });
        st.BuiltinImporter = NewInstance(interp, st.BuiltinImporterType);
        return st.BuiltinImporter;
    }

    // ---- PathFinder ----

    public static PyObject PathFinder(Interpreter interp)
    {
        var st = SysState.Of(interp).Import;
        if (st.PathFinder is { } existing) return existing;
        st.PathFinderType ??= NewType(interp, "PathFinder", static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_frozen_importlib_external"));
            t.AddMethod("find_spec", static (ts, self, args, kw) =>
            {
                Span<PyObject?> a = new PyObject?[3];
                if (!ArgBinder.Bind(ts, "find_spec", args, kw, ["fullname", "path", "target"], 1, a)) return null;
                if (a[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, "find_spec() argument 'fullname' must be str");
                var path = a[1] is { } p && !ReferenceEquals(p, ts.Interpreter.None) ? p : null;
                var spec = ImportSystem.PathSpec(ts, name.Value, path);
                return spec ?? (ts.HasError ? null : ts.Interpreter.None);
            });
            t.AddMethod("invalidate_caches", static (ts, self, args, kw) =>
            {
                SysState.Of(ts.Interpreter).Import.InvalidateCaches();
                return ts.Interpreter.None;
            });
        });
        st.PathFinder = NewInstance(interp, st.PathFinderType);
        return st.PathFinder;
    }

    // ---- FileFinder and its path hook ----

    /// <summary>sys.path_hooks' builtin entry (CPython's FileFinder.path_hook(...)): a FileFinder
    /// for a directory, ImportError otherwise. importlib's own PathFinder (which vim calls with
    /// its 'runtimepath' directories) finds files through it; the builtin import system
    /// recognises it and searches directly (ImportSystem.PathEntryFinder).</summary>
    public static PyObject FileFinderHook(Interpreter interp)
    {
        var st = SysState.Of(interp).Import;
        if (st.FileFinderHook is { } existing) return existing;
        var hook = interp.NewBuiltinFunction("path_hook_for_FileFinder", interp.None, static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "path_hook_for_FileFinder", args, kw, 1, 1)) return null;
            if (args[0] is not PyStr path) return ts.Raise(ExceptionKind.TypeError, "path_hook_for_FileFinder() argument must be str");
            if (!Directory.Exists(path.Value.Length == 0 ? Directory.GetCurrentDirectory() : path.Value))
                return ImportSystem.RaiseImportError(ts, ExceptionKind.ImportError, "only directories are supported", null, path.Value);
            return FileFinder(ts.Interpreter, path);
        });
        hook.Module = interp.Str("_frozen_importlib_external");
        st.FileFinderHook = hook;
        return hook;
    }

    public static bool IsFileFinderHook(Interpreter interp, PyObject hook) =>
        ReferenceEquals(hook, SysState.Of(interp).Import.FileFinderHook);

    public static bool IsFileFinder(Interpreter interp, PyObject finder) =>
        SysState.Of(interp).Import.FileFinderType is { } t && ReferenceEquals(finder.Type, t);

    /// <summary>A FileFinder for one directory: find_spec(fullname, target=None) is the builtin
    /// file search in that directory.</summary>
    public static PyObject FileFinder(Interpreter interp, PyStr path)
    {
        var st = SysState.Of(interp).Import;
        st.FileFinderType ??= NewType(interp, "FileFinder", static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_frozen_importlib_external"));
            t.AddMethod("find_spec", static (ts, self, args, kw) =>
            {
                Span<PyObject?> a = new PyObject?[2];
                if (!ArgBinder.Bind(ts, "find_spec", args, kw, ["fullname", "target"], 1, a)) return null;
                if (a[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, "find_spec() argument 'fullname' must be str");
                string tail = name.Value[(name.Value.LastIndexOf('.') + 1)..];
                List<string>? portions = null;
                var spec = ImportSystem.DirectorySpec(ts, name.Value, tail, LoaderPath(self), ref portions);
                if (spec is not null || ts.HasError) return spec;
                // A namespace portion: a spec without a loader, as importlib's FileFinder returns.
                if (portions is not null) return ModuleSpecType.Create(ts, name.Value, ts.Interpreter.None, null, portions, hasLocation: false);
                return ts.Interpreter.None;
            });
            t.AddMethod("invalidate_caches", static (ts, self, args, kw) => ts.Interpreter.None);
        });
        var finder = NewInstance(interp, st.FileFinderType);
        finder.InstanceDict!.SetStr("path", path);
        return finder;
    }

    // ---- SourceFileLoader ----

    public static PyInstance SourceLoader(ThreadState ts, string name, string path)
    {
        var interp = ts.Interpreter;
        var st = SysState.Of(interp).Import;
        st.SourceLoaderType ??= NewType(interp, "SourceFileLoader", static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_frozen_importlib_external"));
            t.AddMethod("create_module", static (ts, self, args, kw) => ts.Interpreter.None);
            t.AddMethod("exec_module", static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "exec_module", args, kw, 1, 1)) return null;
                if (args[0] is not PyModule m) return ts.Raise(ExceptionKind.TypeError, "exec_module() argument must be a module");
                return ImportSystem.ExecSourceFile(ts, m, LoaderPath(self)) ? ts.Interpreter.None : null;
            });
            t.AddMethod("get_filename", static (ts, self, args, kw) => ts.Interpreter.Str(LoaderPath(self)));
            t.AddMethod("get_source", static (ts, self, args, kw) =>
            {
                var path = LoaderPath(self);
                try
                {
                    return ts.Interpreter.Str(SourceReader.Decode(File.ReadAllBytes(path), path));
                }
                catch (IOException e)
                {
                    return ts.Raise(ExceptionKind.ImportError, $"source not available through get_data(): {e.Message}");
                }
            });
            t.AddMethod("is_package", static (ts, self, args, kw) =>
                ts.Interpreter.Bool(Path.GetFileNameWithoutExtension(LoaderPath(self)) == "__init__"));
            t.AddMethod("load_module", static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "load_module", args, kw, 0, 1)) return null;
                var n = args.Length == 1 ? args[0] as PyStr : ((PyInstance)self).InstanceDict!.GetStr("name") as PyStr;
                return n is null ? ts.Raise(ExceptionKind.TypeError, "load_module() argument must be str") : ImportSystem.ImportModule(ts, n.Value);
            });
            t.AddMethod("get_resource_reader", static (ts, self, args, kw) => ts.Interpreter.None);
        });
        var loader = NewInstance(interp, st.SourceLoaderType);
        loader.InstanceDict!.SetStr("name", interp.Str(name));
        loader.InstanceDict.SetStr("path", interp.Str(path));
        return loader;
    }

    static string LoaderPath(PyObject self) =>
        ((PyInstance)self).InstanceDict!.GetStr("path") is PyStr p ? p.Value : "";

    /// <summary>True for loaders this file created (the import system calls them directly).</summary>
    public static bool IsSourceLoader(Interpreter interp, PyObject loader) =>
        SysState.Of(interp).Import.SourceLoaderType is { } t && ReferenceEquals(loader.Type, t);

    // ---- ExtensionFileLoader ----

    /// <summary>A loader for one extension module file (a shared object found on sys.path); the
    /// C API library creates and executes the module.</summary>
    public static PyInstance ExtensionLoader(ThreadState ts, string name, string path)
    {
        var interp = ts.Interpreter;
        var st = SysState.Of(interp).Import;
        st.ExtensionLoaderType ??= NewType(interp, "ExtensionFileLoader", static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_frozen_importlib_external"));
            t.AddMethod("create_module", static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "create_module", args, kw, 1, 1)) return null;
                var d = ((PyInstance)self).InstanceDict!;
                string name = d.GetStr("name") is PyStr n ? n.Value : "";
                if (ts.Interpreter.Runtime.NativeExtensions is not { } native)
                    return ImportSystem.RaiseImportError(ts, ExceptionKind.ImportError,
                        $"cannot load extension module {name}: extension modules need the C API library (libisolated.so)", name, LoaderPath(self));
                return native.CreateFromFile(ts, args[0], name, LoaderPath(self));
            });
            t.AddMethod("exec_module", static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "exec_module", args, kw, 1, 1)) return null;
                if (ts.Interpreter.Runtime.NativeExtensions is { } native && !native.Exec(ts, args[0])) return null;
                return ts.Interpreter.None;
            });
            t.AddMethod("get_filename", static (ts, self, args, kw) => ts.Interpreter.Str(LoaderPath(self)));
            t.AddMethod("get_source", static (ts, self, args, kw) => ts.Interpreter.None);
            t.AddMethod("get_code", static (ts, self, args, kw) => ts.Interpreter.None);
            t.AddMethod("is_package", static (ts, self, args, kw) =>
                ts.Interpreter.Bool(Path.GetFileName(LoaderPath(self)).StartsWith("__init__.", StringComparison.Ordinal)));
        });
        var loader = NewInstance(interp, st.ExtensionLoaderType);
        loader.InstanceDict!.SetStr("name", interp.Str(name));
        loader.InstanceDict.SetStr("path", interp.Str(path));
        return loader;
    }

    // ---- NamespaceLoader ----

    public static PyObject NamespaceLoader(Interpreter interp)
    {
        var st = SysState.Of(interp).Import;
        st.NamespaceLoaderType ??= NewType(interp, "NamespaceLoader", static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_frozen_importlib_external"));
            t.AddMethod("create_module", static (ts, self, args, kw) => ts.Interpreter.None);
            t.AddMethod("exec_module", static (ts, self, args, kw) => ts.Interpreter.None);
            t.AddMethod("is_package", static (ts, self, args, kw) => ts.Interpreter.True);
            t.AddMethod("get_source", static (ts, self, args, kw) => ts.Interpreter.EmptyStr);
        });
        return NewInstance(interp, st.NamespaceLoaderType);
    }
}
