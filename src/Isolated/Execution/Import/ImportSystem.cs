using Isolated.Modules;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution.Import;

/// <summary>
/// The import system (importlib._bootstrap's algorithm, in C#): <c>__import__</c>, absolute and
/// relative names, packages and namespace packages, sys.meta_path finders (Python finders with
/// find_spec are honoured; the builtin BuiltinImporter and PathFinder sit on sys.meta_path like
/// importlib's), sys.path_hooks / sys.path_importer_cache, module specs, circular imports through
/// partially initialised modules, and the VM's IMPORT_NAME / IMPORT_FROM / import * operations.
/// Failure protocol: null with the exception set.
/// </summary>
public static class ImportSystem
{
    // ---- entry points for the VM ----

    /// <summary>IMPORT_NAME: calls builtins.__import__ when Python code replaced it, else imports
    /// directly. <paramref name="fromlist"/> is None or a tuple of names.</summary>
    public static PyObject? ImportName(ThreadState ts, PyDict globals, PyObject? locals, PyStr name, PyObject fromlist, int level)
    {
        var interp = ts.Interpreter;
        var state = SysState.Of(interp);
        var builtins = globals.GetStr("__builtins__") switch
        {
            PyModule m => m.Dict,
            PyDict d => d,
            _ => state.Builtins.Dict,
        };
        var import = builtins.GetStr("__import__");
        if (import is null) return ts.Raise(ExceptionKind.ImportError, "__import__ not found");
        if (!ReferenceEquals(import, state.Import.OriginalImportFunction))
            return Ops.Call(ts, import, [name, globals, locals ?? interp.None, fromlist, interp.Int(level)]);
        return ImportModuleLevel(ts, name.Value, globals, fromlist, level);
    }

    /// <summary>IMPORT_FROM: <c>getattr(module, name)</c>, falling back to sys.modules for a
    /// submodule, with CPython's "cannot import name" errors.</summary>
    public static PyObject? ImportFrom(ThreadState ts, PyObject module, PyStr name)
    {
        var interp = ts.Interpreter;
        int found = Ops.LookupAttr(ts, module, name, out var value);
        if (found > 0) return value;
        if (found < 0) return null;
        var pkgNameObj = Ops.GetAttr(ts, module, "__name__");
        if (pkgNameObj is null) ts.CurrentException = null;
        if (pkgNameObj is PyStr pkgName)
        {
            if (interp.Modules.GetStr(pkgName.Value + "." + name.Value) is { } sub) return sub;
        }
        string pkg = pkgNameObj is PyStr p ? p.Value : "<unknown module name>";
        string? file = null;
        if (module is PyModule pm && pm.Dict.GetStr("__file__") is PyStr f) file = f.Value;
        string msg;
        if (module is PyModule mod && IsInitializing(ts, mod))
            msg = $"cannot import name '{name.Value}' from partially initialized module '{pkg}' (most likely due to a circular import) ({file ?? "unknown location"})";
        else
            msg = $"cannot import name '{name.Value}' from '{pkg}' ({file ?? "unknown location"})";
        RaiseImportError(ts, ExceptionKind.ImportError, msg, pkgNameObj as PyStr is { } pn ? pn.Value : null, file);
        if (ts.CurrentException is { Fields: { Length: 4 } fields }) fields[3] = name;
        return null;
    }

    /// <summary>IMPORT_STAR: copies the module's public names (or __all__) into
    /// <paramref name="locals"/>.</summary>
    public static bool ImportStar(ThreadState ts, PyObject module, PyObject locals)
    {
        var interp = ts.Interpreter;
        string modName = module is PyModule m0 ? m0.Name : "?";
        List<PyObject>? names;
        bool fromAll = true;
        var all = Ops.GetAttr(ts, module, "__all__");
        if (all is null)
        {
            if (!IsAttributeError(ts)) return false;
            ts.CurrentException = null;
            fromAll = false;
            var dict = module is PyModule pm ? pm.Dict : Ops.GetAttr(ts, module, "__dict__");
            if (dict is null)
            {
                if (IsAttributeError(ts))
                {
                    ts.CurrentException = null;
                    ts.Raise(ExceptionKind.ImportError, "from-import-* object has no __dict__ and no __all__");
                }
                return false;
            }
            names = DictKeys(ts, dict);
        }
        else names = LateBound.ToList(ts, all);
        if (names is null) return false;
        foreach (var n in names)
        {
            if (n is not PyStr key)
            {
                ts.Raise(ExceptionKind.TypeError, fromAll
                    ? $"Item in {modName}.__all__ must be str, not {n.Type.Name}"
                    : $"Key in {modName}.__dict__ must be str, not {n.Type.Name}");
                return false;
            }
            if (!fromAll && key.Value.StartsWith('_')) continue;
            var value = Ops.GetAttr(ts, module, key);
            if (value is null) return false;
            if (locals is PyDict ld) ld.SetStr(key, value);
            else if (locals.Type.Slots.SetItem is { } set) { if (!set(ts, locals, key, value)) return false; }
            else
            {
                ts.Raise(ExceptionKind.SystemError, "no locals found during 'import *'");
                return false;
            }
        }
        return true;
    }

    static List<PyObject>? DictKeys(ThreadState ts, PyObject dict)
    {
        if (dict is PyDict d)
        {
            var keys = new List<PyObject>(d.Count);
            int pos = 0;
            while (d.Next(ref pos, out var k, out _)) keys.Add(k);
            return keys;
        }
        return LateBound.ToList(ts, dict);
    }

    // ---- __import__ ----

    /// <summary>builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0).</summary>
    public static PyObject? BuiltinImport(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[5];
        if (!ArgBinder.Bind(ts, "__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], 1, a)) return null;
        var interp = ts.Interpreter;
        if (a[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, $"__import__() argument 1 must be str, not {a[0]!.Type.Name}");
        long level = 0;
        if (a[4] is { } lv && !SysModule.AsInt(ts, lv, out level)) return null;
        var globals = a[1] is PyDict g ? g : null;
        return ImportModuleLevel(ts, name.Value, globals, a[3] ?? interp.None, (int)level);
    }

    /// <summary>PyImport_ImportModuleLevelObject.</summary>
    public static PyObject? ImportModuleLevel(ThreadState ts, string name, PyDict? globals, PyObject fromlist, int level)
    {
        var interp = ts.Interpreter;
        if (level < 0) return ts.Raise(ExceptionKind.ValueError, "level must be >= 0");
        string absName;
        if (level > 0)
        {
            var resolved = ResolveName(ts, name, globals, level);
            if (resolved is null) return null;
            absName = resolved;
        }
        else
        {
            if (name.Length == 0) return ts.Raise(ExceptionKind.ValueError, "Empty module name");
            absName = name;
        }
        var module = ImportModule(ts, absName);
        if (module is null) return null;

        bool hasFromList = !ReferenceEquals(fromlist, interp.None) && Ops.IsTrue(ts, fromlist) == 1;
        if (ts.HasError) return null;
        if (!hasFromList)
        {
            if (level == 0 || name.Length > 0)
            {
                int dot = name.IndexOf('.');
                if (dot < 0) return module;
                if (level == 0) return Cached(ts, name[..dot]);
                // Relative "import .a.b" without fromlist: the top of what was named.
                int cut = name.Length - dot;
                string modName = ModuleName(module) ?? absName;
                return Cached(ts, modName[..(modName.Length - cut)]);
            }
            return module;
        }
        if (module is PyModule pm && pm.Dict.GetStr("__path__") is not null)
            return HandleFromList(ts, module, fromlist, recursive: false) ? module : null;
        return module;
    }

    static PyObject? Cached(ThreadState ts, string name) =>
        ts.Interpreter.Modules.GetStr(name) ?? RaiseImportError(ts, ExceptionKind.KeyError, $"'{name}' not in sys.modules as expected", null, null);

    static string? ModuleName(PyObject module) =>
        module is PyModule m && m.Dict.GetStr("__name__") is PyStr s ? s.Value : null;

    /// <summary>importlib._bootstrap._handle_fromlist: imports submodules named in fromlist.</summary>
    static bool HandleFromList(ThreadState ts, PyObject module, PyObject fromlist, bool recursive)
    {
        var interp = ts.Interpreter;
        var items = LateBound.ToList(ts, fromlist);
        if (items is null) return false;
        string modName = ModuleName(module) ?? "?";
        foreach (var x in items)
        {
            if (x is not PyStr s)
            {
                ts.Raise(ExceptionKind.TypeError, recursive
                    ? $"Item in {modName}.__all__ must be str, not {x.Type.Name}"
                    : $"Item in ``from list'' must be str, not {x.Type.Name}");
                return false;
            }
            if (s.Value == "*")
            {
                if (!recursive && Ops.GetAttr(ts, module, "__all__") is { } all)
                {
                    if (!HandleFromList(ts, module, all, recursive: true)) return false;
                }
                ts.CurrentException = null;
                continue;
            }
            int has = Ops.LookupAttr(ts, module, s, out _);
            if (has < 0) return false;
            if (has > 0) continue;
            string fromName = modName + "." + s.Value;
            if (ImportModule(ts, fromName) is null)
            {
                // A missing submodule is fine: "from pkg import name" then fails in IMPORT_FROM
                // with the better message.
                if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.ModuleNotFoundError))
                    && ExceptionName(ts, e) == fromName && !ReferenceEquals(interp.Modules.GetStr(fromName), interp.None))
                {
                    ts.CurrentException = null;
                    continue;
                }
                return false;
            }
        }
        return true;
    }

    /// <summary>importlib._bootstrap._resolve_name with _calc___package__.</summary>
    static string? ResolveName(ThreadState ts, string name, PyDict? globals, int level)
    {
        var interp = ts.Interpreter;
        if (globals is null)
        {
            ts.Raise(ExceptionKind.KeyError, "'__name__' not in globals");
            return null;
        }
        string? package = null;
        var pkgObj = globals.GetStr("__package__");
        if (pkgObj is not null && !ReferenceEquals(pkgObj, interp.None))
        {
            if (pkgObj is not PyStr ps)
            {
                ts.Raise(ExceptionKind.TypeError, "package must be a string");
                return null;
            }
            package = ps.Value;
        }
        else if (globals.GetStr("__spec__") is { } spec && !ReferenceEquals(spec, interp.None))
        {
            var parent = Ops.GetAttr(ts, spec, "parent");
            if (parent is null) return null;
            package = parent as PyStr is { } pp ? pp.Value : null;
        }
        else
        {
            if (globals.GetStr("__name__") is not PyStr modName)
            {
                ts.Raise(ExceptionKind.KeyError, "'__name__' not in globals");
                return null;
            }
            package = modName.Value;
            if (globals.GetStr("__path__") is null)
            {
                int dot = package.LastIndexOf('.');
                package = dot < 0 ? "" : package[..dot];
            }
        }
        if (string.IsNullOrEmpty(package))
        {
            ts.Raise(ExceptionKind.ImportError, "attempted relative import with no known parent package");
            return null;
        }
        string baseName = package;
        for (int i = 1; i < level; i++)
        {
            int dot = baseName.LastIndexOf('.');
            if (dot < 0)
            {
                ts.Raise(ExceptionKind.ImportError, "attempted relative import beyond top-level package");
                return null;
            }
            baseName = baseName[..dot];
        }
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    // ---- import by absolute name ----

    /// <summary>Imports <paramref name="name"/> (absolute, dotted) and returns the module itself
    /// (importlib.import_module semantics); cached in sys.modules.</summary>
    public static PyObject? ImportModule(ThreadState ts, string name)
    {
        var interp = ts.Interpreter;
        var modules = interp.Modules;
        var importState = SysState.Of(interp).Import;
        if (modules.GetStr(name) is { } cached)
        {
            // Another thread may still be executing the module: wait until it is done (or take it
            // partially initialised when waiting would deadlock, as CPython does).
            if (importState.ModuleLocksIfAny is { } pending && pending.HeldByOther(ts, name))
                pending.WaitUntilLoaded(ts, name);
            if (ReferenceEquals(cached, interp.None))
                return RaiseImportError(ts, ExceptionKind.ModuleNotFoundError, $"import of {name} halted; None in sys.modules", name, null);
            return cached;
        }
        if (!Ops.EnterRecursiveCall(ts, " while importing a module")) return null;
        var locks = importState.ModuleLocks;
        if (!locks.Acquire(ts, name))
        {
            Ops.LeaveRecursiveCall(ts);
            return ts.Raise(ExceptionKind.RuntimeError, $"deadlock detected by _ModuleLock('{name}')");
        }
        try
        {
            // The thread we waited for may have loaded it meanwhile.
            if (modules.GetStr(name) is { } loaded)
                return ReferenceEquals(loaded, interp.None)
                    ? RaiseImportError(ts, ExceptionKind.ModuleNotFoundError, $"import of {name} halted; None in sys.modules", name, null)
                    : loaded;
            return FindAndLoad(ts, name);
        }
        finally
        {
            locks.Release(ts, name);
            Ops.LeaveRecursiveCall(ts);
        }
    }

    static PyObject? FindAndLoad(ThreadState ts, string name)
    {
        var interp = ts.Interpreter;
        PyObject? path = null;
        PyObject? parentModule = null;
        int dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            string parent = name[..dot];
            parentModule = ImportModule(ts, parent);
            if (parentModule is null) return null;
            // The parent's import may have imported us as a side effect.
            if (interp.Modules.GetStr(name) is { } done) return done;
            path = parentModule is PyModule pm ? pm.Dict.GetStr("__path__") : null;
            if (path is null)
            {
                var p = Ops.GetAttr(ts, parentModule, "__path__");
                if (p is null)
                {
                    ts.CurrentException = null;
                    return RaiseImportError(ts, ExceptionKind.ModuleNotFoundError,
                        $"No module named '{name}'; '{parent}' is not a package", name, null);
                }
                path = p;
            }
        }
        var spec = FindSpec(ts, name, path);
        if (spec is null)
        {
            if (ts.HasError) return null;
            return RaiseImportError(ts, ExceptionKind.ModuleNotFoundError, UnavailableModules.NotFoundMessage(name), name, null);
        }
        var module = LoadFromSpec(ts, spec, name);
        if (module is null) return null;
        if (parentModule is not null)
        {
            string child = name[(dot + 1)..];
            if (!Ops.SetAttr(ts, parentModule, interp.Str(child), module))
                return null;
        }
        return module;
    }

    /// <summary>importlib._bootstrap._find_spec: asks each sys.meta_path finder.</summary>
    public static PyObject? FindSpec(ThreadState ts, string name, PyObject? path)
    {
        var interp = ts.Interpreter;
        var state = SysState.Of(interp);
        var sys = state.SysModuleFor(ts);
        var metaPath = sys.Dict.GetStr("meta_path");
        if (metaPath is null)
        {
            ts.Raise(ExceptionKind.ImportError, "sys.meta_path is None, Python is likely shutting down");
            return null;
        }
        var finders = LateBound.ToList(ts, metaPath);
        if (finders is null) return null;
        var nameStr = interp.Str(name);
        foreach (var finder in finders)
        {
            PyObject? spec;
            if (ReferenceEquals(finder, state.Import.BuiltinImporter))
                spec = BuiltinSpec(ts, name);
            else if (ReferenceEquals(finder, state.Import.PathFinder))
            {
                spec = PathSpec(ts, name, path);
                if (spec is null && ts.HasError) return null;
            }
            else
            {
                var findSpec = Ops.GetAttr(ts, finder, "find_spec");
                if (findSpec is null)
                {
                    if (!IsAttributeError(ts)) return null;
                    ts.CurrentException = null;
                    continue;
                }
                spec = Ops.Call(ts, findSpec, [nameStr, path ?? interp.None, interp.None]);
                if (spec is null) return null;
            }
            if (spec is not null && !ReferenceEquals(spec, interp.None)) return spec;
        }
        return null;
    }

    static bool IsAttributeError(ThreadState ts) =>
        ts.CurrentException is { } e && e.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.AttributeError));

    /// <summary>BuiltinImporter.find_spec: a spec for a <see cref="ModuleRegistry"/> module.</summary>
    public static PyObject? BuiltinSpec(ThreadState ts, string name)
    {
        var interp = ts.Interpreter;
        if (!ModuleRegistry.IsBuiltin(name) && interp.Runtime.NativeExtensions?.IsBuiltin(name) != true) return null;
        return ModuleSpecType.Create(ts, name, LoaderTypes.BuiltinImporter(interp), "built-in", null, hasLocation: false);
    }

    /// <summary>Creates a fresh builtin module (or returns the interpreter's sys/builtins).</summary>
    public static PyObject? CreateBuiltin(ThreadState ts, string name, PyObject? spec = null)
    {
        if (ts.Interpreter.Modules.GetStr(name) is PyModule existing && name is "sys" or "builtins") return existing;
        var factory = ModuleRegistry.Find(name);
        if (factory is null && ts.Interpreter.Runtime.NativeExtensions is { } native && native.IsBuiltin(name))
            return native.CreateBuiltin(ts, spec ?? ts.Interpreter.None, name);
        if (factory is null) return ts.Raise(ExceptionKind.ImportError, $"no built-in module named {name}");
        var m = factory(ts);
        if (m is null && !ts.HasError) ts.Raise(ExceptionKind.SystemError, $"initialization of {name} did not return a module");
        return m;
    }

    /// <summary>PathFinder.find_spec over <paramref name="path"/> (sys.path when null).</summary>
    public static PyObject? PathSpec(ThreadState ts, string name, PyObject? path)
    {
        var interp = ts.Interpreter;
        var state = SysState.Of(interp);
        var sys = state.SysModuleFor(ts);
        path ??= sys.Dict.GetStr("path");
        if (path is null) return null;
        var entries = LateBound.ToList(ts, path);
        if (entries is null) return null;
        string tail = name[(name.LastIndexOf('.') + 1)..];
        var hooks = sys.Dict.GetStr("path_hooks");
        var hookList = hooks is null ? null : LateBound.ToList(ts, hooks);
        if (hookList is null) ts.CurrentException = null;
        var cache = sys.Dict.GetStr("path_importer_cache") as PyDict;
        List<string>? namespacePortions = null;
        foreach (var entryObj in entries)
        {
            if (entryObj is not PyStr entry) continue;
            // Python-level finders from path hooks take precedence over the builtin file search.
            if (hookList is { Count: > 0 } || cache is { Count: > 0 })
            {
                var finder = PathEntryFinder(ts, entry, hookList, cache);
                if (finder is null && ts.HasError) return null;
                if (finder is not null)
                {
                    var spec = LateBound.CallMethod(ts, finder, "find_spec", interp.Str(name), interp.None);
                    if (spec is null) return null;
                    if (ReferenceEquals(spec, interp.None)) continue;
                    var loader = Ops.GetAttr(ts, spec, "loader");
                    if (loader is null) return null;
                    if (!ReferenceEquals(loader, interp.None)) return spec;
                    var portions = Ops.GetAttr(ts, spec, "submodule_search_locations");
                    if (portions is null) return null;
                    if (LateBound.ToStrings(ts, portions) is { } ps) (namespacePortions ??= new()).AddRange(ps);
                    continue;
                }
            }
            if (DirectorySpec(ts, name, tail, entry.Value, ref namespacePortions) is { } found) return found;
        }
        if (namespacePortions is not null)
            return ModuleSpecType.Create(ts, name, LoaderTypes.NamespaceLoader(interp), null, namespacePortions, hasLocation: false);
        return null;
    }

    /// <summary>The builtin file search in one sys.path directory (FileFinder.find_spec): the spec
    /// of <paramref name="name"/> (last part <paramref name="tail"/>), or null; a directory without
    /// __init__ is added to <paramref name="namespacePortions"/>.</summary>
    public static PyObject? DirectorySpec(ThreadState ts, string name, string tail, string entry, ref List<string>? namespacePortions)
    {
        bool extensions = ts.Interpreter.Runtime.NativeExtensions is not null;
        string dir = entry.Length == 0 ? Directory.GetCurrentDirectory() : entry;
        string pkgDir = Path.Combine(dir, tail);
        if (Directory.Exists(pkgDir))
        {
            if (extensions && ExtensionFile(pkgDir, "__init__") is { } initExtension)
                return ModuleSpecType.Create(ts, name, LoaderTypes.ExtensionLoader(ts, name, initExtension), initExtension, [pkgDir], hasLocation: true);
            string init = Path.Combine(pkgDir, "__init__.py");
            if (File.Exists(init))
                return ModuleSpecType.Create(ts, name, LoaderTypes.SourceLoader(ts, name, init), init, [pkgDir], hasLocation: true);
            if (extensions && ExtensionFile(dir, tail) is { } extension)
                return ModuleSpecType.Create(ts, name, LoaderTypes.ExtensionLoader(ts, name, extension), extension, null, hasLocation: true);
            string moduleFile = Path.Combine(dir, tail + ".py");
            if (File.Exists(moduleFile))
                return ModuleSpecType.Create(ts, name, LoaderTypes.SourceLoader(ts, name, moduleFile), moduleFile, null, hasLocation: true);
            (namespacePortions ??= new()).Add(pkgDir);
            return null;
        }
        if (extensions && ExtensionFile(dir, tail) is { } ext)
            return ModuleSpecType.Create(ts, name, LoaderTypes.ExtensionLoader(ts, name, ext), ext, null, hasLocation: true);
        string file = Path.Combine(dir, tail + ".py");
        if (File.Exists(file))
            return ModuleSpecType.Create(ts, name, LoaderTypes.SourceLoader(ts, name, file), file, null, hasLocation: true);
        return null;
    }

    /// <summary>The file names an extension module may have, in the order they are tried (as
    /// CPython's FileFinder tries extensions before sources). The CPython-tagged name
    /// (name.cpython-312-x86_64-linux-gnu.so) is deliberately absent: such a file was compiled
    /// against CPython's ABI, which this runtime does not have, and loading it would crash.</summary>
    public static readonly string[] ExtensionSuffixes = [".isolated.so", ".abi3.so", ".so"];

    static string? ExtensionFile(string dir, string stem)
    {
        foreach (var suffix in ExtensionSuffixes)
        {
            string f = Path.Combine(dir, stem + suffix);
            if (File.Exists(f)) return f;
        }
        return null;
    }

    /// <summary>sys.path_importer_cache[entry], filled from sys.path_hooks; null when no hook
    /// claims the entry (the builtin file search handles it).</summary>
    static PyObject? PathEntryFinder(ThreadState ts, PyStr entry, List<PyObject>? hooks, PyDict? cache)
    {
        var interp = ts.Interpreter;
        if (cache is not null && cache.GetStr(entry) is { } cached)
            return ReferenceEquals(cached, interp.None) || LoaderTypes.IsFileFinder(interp, cached) ? null : cached;
        if (hooks is not null)
        {
            foreach (var hook in hooks)
            {
                if (LoaderTypes.IsFileFinderHook(interp, hook))
                {
                    // The builtin hook: a directory gets a FileFinder (cached as CPython does),
                    // whose search is the builtin one done here directly.
                    if (!Directory.Exists(entry.Value.Length == 0 ? Directory.GetCurrentDirectory() : entry.Value)) continue;
                    cache?.SetStr(entry, LoaderTypes.FileFinder(interp, entry));
                    return null;
                }
                var finder = Ops.Call(ts, hook, entry);
                if (finder is not null)
                {
                    cache?.SetStr(entry, finder);
                    return finder;
                }
                if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.ImportError)))
                {
                    ts.CurrentException = null;
                    continue;
                }
                return null;
            }
        }
        return null;
    }

    // ---- loading ----

    /// <summary>importlib._bootstrap._load_unlocked: creates the module, sets its attributes,
    /// registers it in sys.modules, executes it and returns what sys.modules then holds.</summary>
    public static PyObject? LoadFromSpec(ThreadState ts, PyObject spec, string name)
    {
        var interp = ts.Interpreter;
        var loader = Ops.GetAttr(ts, spec, "loader");
        if (loader is null) return null;
        PyObject? module = null;
        if (!ReferenceEquals(loader, interp.None) && !LoaderTypes.IsSourceLoader(interp, loader))
        {
            var create = Ops.GetAttr(ts, loader, "create_module");
            if (create is null)
            {
                if (!IsAttributeError(ts)) return null;
                ts.CurrentException = null;
                // A legacy loader with only load_module().
                if (Ops.GetAttr(ts, loader, "load_module") is { } legacy)
                    return Ops.Call(ts, legacy, interp.Str(name));
                ts.CurrentException = null;
                return ts.Raise(ExceptionKind.ImportError, "loaders that define exec_module() must also define create_module()");
            }
            module = Ops.Call(ts, create, spec);
            if (module is null) return null;
            if (ReferenceEquals(module, interp.None)) module = null;
        }
        module ??= ModuleType.New(interp, name);
        if (!InitModuleAttributes(ts, module, spec, loader)) return null;

        var modules = interp.Modules;
        var nameStr = interp.Str(name);
        modules.SetStr(nameStr, module);
        SetInitializing(ts, spec, true);
        bool ok;
        if (ReferenceEquals(loader, interp.None))
            ok = true;
        else if (LoaderTypes.IsSourceLoader(interp, loader) && module is PyModule pm)
            ok = ExecSourceFile(ts, pm, ((PyInstance)loader).InstanceDict!.GetStr("path") is PyStr p ? p.Value : "");
        else
        {
            var exec = Ops.GetAttr(ts, loader, "exec_module");
            ok = exec is not null && Ops.Call(ts, exec, module) is not null;
        }
        SetInitializing(ts, spec, false);
        if (!ok)
        {
            var saved = ts.FetchError();
            modules.TryDelItem(ts, nameStr, nameStr.Hash, out _);
            ts.CurrentException = saved;
            return null;
        }
        // The module may have replaced itself in sys.modules; move it to the end as importlib does.
        if (modules.GetStr(nameStr) is not { } final)
            return RaiseImportError(ts, ExceptionKind.KeyError, $"'{name}'", null, null);
        modules.TryDelItem(ts, nameStr, nameStr.Hash, out _);
        modules.SetStr(nameStr, final);
        return final;
    }

    /// <summary>importlib._bootstrap._init_module_attrs.</summary>
    static bool InitModuleAttributes(ThreadState ts, PyObject module, PyObject spec, PyObject loader)
    {
        var interp = ts.Interpreter;
        var specName = Ops.GetAttr(ts, spec, "name");
        if (specName is null) return false;
        var parent = Ops.GetAttr(ts, spec, "parent");
        if (parent is null) return false;
        var locations = Ops.GetAttr(ts, spec, "submodule_search_locations");
        if (locations is null) return false;
        var origin = Ops.GetAttr(ts, spec, "origin");
        if (origin is null) return false;
        var hasLocation = Ops.GetAttr(ts, spec, "has_location");
        if (hasLocation is null) return false;
        if (module is PyModule m)
        {
            var d = m.Dict;
            d.SetStr("__name__", specName);
            d.SetStr("__loader__", loader);
            d.SetStr("__package__", parent);
            d.SetStr("__spec__", spec);
            if (!ReferenceEquals(locations, interp.None)) d.SetStr("__path__", locations);
            if (Ops.IsTrue(ts, hasLocation) == 1 && origin is PyStr)
            {
                d.SetStr("__file__", origin);
                d.SetStr("__cached__", interp.None);
            }
            return true;
        }
        foreach (var (key, value) in (ReadOnlySpan<(string, PyObject)>)[("__name__", specName), ("__loader__", loader), ("__package__", parent), ("__spec__", spec)])
            if (!Ops.SetAttr(ts, module, interp.Str(key), value)) ts.CurrentException = null;
        return true;
    }

    static void SetInitializing(ThreadState ts, PyObject spec, bool value)
    {
        if (spec is PyInstance { InstanceDict: { } d })
            d.SetStr("_initializing", ts.Interpreter.Bool(value));
        else if (!Ops.SetAttr(ts, spec, ts.Interpreter.Str("_initializing"), ts.Interpreter.Bool(value)))
            ts.CurrentException = null;
    }

    static bool IsInitializing(ThreadState ts, PyModule m)
    {
        var spec = m.Dict.GetStr("__spec__");
        if (spec is null || ReferenceEquals(spec, ts.Interpreter.None)) return false;
        var v = Ops.GetAttr(ts, spec, "_initializing");
        if (v is null)
        {
            ts.CurrentException = null;
            return false;
        }
        int r = Ops.IsTrue(ts, v);
        ts.CurrentException = null;
        return r == 1;
    }

    /// <summary>Reads, compiles and executes a .py file in the module's namespace.</summary>
    public static bool ExecSourceFile(ThreadState ts, PyModule module, string path)
    {
        string source;
        try
        {
            source = SourceReader.Decode(File.ReadAllBytes(path), path);
        }
        catch (Isolated.Parsing.PythonSyntaxError e)
        {
            ts.Raise(SourceExecution.SyntaxErrorFrom(ts, e));
            return false;
        }
        catch (IOException e)
        {
            ts.Raise(ExceptionKind.OSError, e.Message);
            return false;
        }
        catch (UnauthorizedAccessException e)
        {
            ts.Raise(ExceptionKind.PermissionError, e.Message);
            return false;
        }
        SysState.Of(ts.Interpreter).Import.RememberSource(path, source);
        var d = module.Dict;
        if (d.GetStr("__builtins__") is null) d.SetStr("__builtins__", SysState.Of(ts.Interpreter).Builtins);
        return SourceExecution.Exec(ts, source, path, d, null, SourceMode.File) is not null;
    }

    // ---- errors ----

    /// <summary>Raises ImportError/ModuleNotFoundError with its msg, name and path attributes set.</summary>
    public static PyObject? RaiseImportError(ThreadState ts, ExceptionKind kind, string message, string? name, string? path)
    {
        var interp = ts.Interpreter;
        var exc = interp.NewException(kind, message);
        if (kind is ExceptionKind.ImportError or ExceptionKind.ModuleNotFoundError)
        {
            var f = ExceptionLayouts.Fields(ts, exc, ExceptionLayout.ImportError);
            f[0] = interp.Str(message);
            f[1] = name is null ? interp.None : interp.Str(name);
            f[2] = path is null ? interp.None : interp.Str(path);
        }
        return ts.Raise(exc);
    }

    /// <summary>ImportError.name of a pending exception, or null.</summary>
    internal static string? ExceptionName(ThreadState ts, PyBaseException e)
    {
        var saved = ts.FetchError();
        var name = Ops.GetAttr(ts, e, "name");
        ts.CurrentException = saved;
        return name is PyStr s ? s.Value : null;
    }
}
