using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution.Import;

/// <summary>
/// One interpreter's import machinery state: the finder and loader objects placed on
/// sys.meta_path, the ModuleSpec/loader types, and a cache of source lines for tracebacks.
/// </summary>
public sealed class ImportState
{
    readonly Interpreter _interp;

    /// <summary>Source files read by the import system or the traceback printer, by path.</summary>
    readonly Dictionary<string, string[]> _sourceLines = new();

    /// <summary>Sources of code compiled from strings that tracebacks may show (filename →
    /// text), e.g. the REPL's numbered inputs.</summary>
    public readonly Dictionary<string, string> StringSources = new();

    internal PyType? SpecType, SourceLoaderType, ExtensionLoaderType, BuiltinImporterType, PathFinderType, NamespaceLoaderType;
    internal PyObject? BuiltinImporter, PathFinder;
    internal PyType? FileFinderType;
    internal PyObject? FileFinderHook;

    ModuleLockTable? _moduleLocks;

    /// <summary>The per-module import locks, made by the first import that loads a module.</summary>
    public ModuleLockTable ModuleLocks => _moduleLocks ??= new ModuleLockTable();

    /// <summary>The per-module import locks if any import has loaded a module yet.</summary>
    public ModuleLockTable? ModuleLocksIfAny => _moduleLocks;

    /// <summary>_imp.acquire_lock nesting (the GIL already serialises imports in one interpreter).</summary>
    internal int LockDepth;

    /// <summary>builtins.__import__ as created here: when the builtins module still holds it, the
    /// VM may take the direct path instead of calling through Python.</summary>
    public PyObject? OriginalImportFunction;

    public ImportState(Interpreter interp) => _interp = interp;

    /// <summary>The lines of <paramref name="path"/> (without line ends), read once and cached;
    /// null when it cannot be read.</summary>
    public string[]? SourceLines(string path)
    {
        if (_sourceLines.TryGetValue(path, out var lines)) return lines;
        if (StringSources.TryGetValue(path, out var text))
            lines = SplitLines(text);
        else
        {
            try
            {
                if (!File.Exists(path)) return null;
                lines = SplitLines(SourceReader.Decode(File.ReadAllBytes(path), path));
            }
            catch (Exception)
            {
                return null;
            }
        }
        _sourceLines[path] = lines;
        return lines;
    }

    /// <summary>importlib.invalidate_caches(): forgets everything read from the file system.</summary>
    public void InvalidateCaches() => _sourceLines.Clear();

    /// <summary>Forgets cached lines (linecache.checkcache-like), e.g. after a file changed.</summary>
    public void InvalidateSourceLines(string path) => _sourceLines.Remove(path);

    /// <summary>Records a file's source as the import system read it (saves a second read).</summary>
    public void RememberSource(string path, string source) => _sourceLines[path] = SplitLines(source);

    static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
            else if (c == '\f' && start == i)
            {
                // A form feed at the start of a line resets indentation; keep it out of the text.
                start = i + 1;
            }
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines.ToArray();
    }
}
