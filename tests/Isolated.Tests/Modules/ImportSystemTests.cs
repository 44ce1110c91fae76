using Isolated.Execution.Import;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Modules;

public class ImportSystemTests
{
    static string TempTree(params (string Path, string Text)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), $"imptest_{Guid.NewGuid():N}");
        foreach (var (p, t) in files)
        {
            var full = Path.Combine(root, p);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, t);
        }
        Directory.CreateDirectory(root);
        return root;
    }

    [Fact]
    public void BuiltinModulesImport()
    {
        var h = new ModuleTestHost();
        Assert.Same(h.Sys, ImportSystem.ImportModule(h.Ts, "sys"));
        var imp = ImportSystem.ImportModule(h.Ts, "_imp");
        Assert.IsType<PyModule>(imp);
        Assert.Same(imp, h.Interp.Modules.GetStr("_imp"));
        var spec = ((PyModule)imp!).Dict.GetStr("__spec__")!;
        Assert.StartsWith("ModuleSpec(name='_imp', loader=<_frozen_importlib.BuiltinImporter object at", h.Repr(spec));
    }

    [Fact]
    public void MissingModuleIsModuleNotFoundError()
    {
        var h = new ModuleTestHost();
        Assert.Null(ImportSystem.ImportModule(h.Ts, "no_such_module_here"));
        var e = h.Ts.FetchError()!;
        Assert.Equal("ModuleNotFoundError", e.Type.Name);
        Assert.Equal("ModuleNotFoundError: No module named 'no_such_module_here'", e.ToString());
        Assert.Equal("'no_such_module_here'", h.Repr(Ops.GetAttr(h.Ts, e, "name")!));
        Assert.Null(ImportSystem.ImportModule(h.Ts, "sys.nope"));
        Assert.Equal("ModuleNotFoundError: No module named 'sys.nope'; 'sys' is not a package", h.Ts.FetchError()!.ToString());
    }

    [Fact]
    public void RelativeImportWithoutPackage()
    {
        var h = new ModuleTestHost();
        var globals = h.Interp.NewDict();
        globals.SetStr("__name__", h.Interp.Str("__main__"));
        Assert.Null(ImportSystem.ImportModuleLevel(h.Ts, "x", globals, h.Interp.None, 1));
        Assert.Equal("ImportError: attempted relative import with no known parent package", h.Ts.FetchError()!.ToString());
        globals.SetStr("__package__", h.Interp.Str("a"));
        Assert.Null(ImportSystem.ImportModuleLevel(h.Ts, "x", globals, h.Interp.None, 3));
        Assert.Equal("ImportError: attempted relative import beyond top-level package", h.Ts.FetchError()!.ToString());
        Assert.Null(ImportSystem.ImportModuleLevel(h.Ts, "", globals, h.Interp.None, 0));
        Assert.Equal("ValueError: Empty module name", h.Ts.FetchError()!.ToString());
    }

    [Fact]
    public void PathFinderFindsModulesPackagesAndNamespaces()
    {
        var root = TempTree(("mod.py", "x = 1\n"), ("pkg/__init__.py", ""), ("pkg/sub.py", ""), ("ns/part.py", ""));
        var h = new ModuleTestHost();
        var path = h.Interp.Tuple(h.Interp.Str(root));
        var mod = ImportSystem.PathSpec(h.Ts, "mod", path)!;
        Assert.Equal($"'{Path.Combine(root, "mod.py")}'", h.Repr(Ops.GetAttr(h.Ts, mod, "origin")!));
        Assert.Same(h.Interp.None, Ops.GetAttr(h.Ts, mod, "submodule_search_locations"));
        Assert.Same(h.Interp.True, Ops.GetAttr(h.Ts, mod, "has_location"));
        Assert.Equal("''", h.Repr(Ops.GetAttr(h.Ts, mod, "parent")!));
        var pkg = ImportSystem.PathSpec(h.Ts, "pkg", path)!;
        Assert.Equal($"'{Path.Combine(root, "pkg", "__init__.py")}'", h.Repr(Ops.GetAttr(h.Ts, pkg, "origin")!));
        Assert.Equal("'pkg'", h.Repr(Ops.GetAttr(h.Ts, pkg, "parent")!));
        var ns = ImportSystem.PathSpec(h.Ts, "ns", path)!;
        Assert.Same(h.Interp.None, Ops.GetAttr(h.Ts, ns, "origin"));
        Assert.Contains(Path.Combine(root, "ns"), h.Repr(Ops.GetAttr(h.Ts, ns, "submodule_search_locations")!));
        Assert.Null(ImportSystem.PathSpec(h.Ts, "absent", path));
        Assert.False(h.Ts.HasError);
    }

    [Fact]
    public void NamespacePackageImports()
    {
        var root = TempTree(("nspkg/readme.txt", "not python"));
        var h = new ModuleTestHost();
        var sysPath = h.SysAttr("path");
        var insert = Ops.GetAttr(h.Ts, sysPath, "insert");
        if (insert is null) return;   // sys.path is a tuple until the list type is registered
        h.Call(insert, h.Interp.Int(0), h.Interp.Str(root));
        var m = ImportSystem.ImportModule(h.Ts, "nspkg");
        Assert.NotNull(m);
        Assert.Null(((PyModule)m!).Dict.GetStr("__file__"));
        Assert.NotNull(((PyModule)m).Dict.GetStr("__path__"));
    }

    [Fact]
    public void SourceLinesAreCachedWithEncoding()
    {
        var root = TempTree();
        var file = Path.Combine(root, "latin.py");
        File.WriteAllBytes(file, [.. "# -*- coding: latin-1 -*-\nx = '"u8, 0xE9, .. "'\n"u8]);
        var h = new ModuleTestHost();
        var lines = SysState.Of(h.Interp).Import.SourceLines(file)!;
        Assert.Equal("x = 'é'", lines[1]);
    }
}
