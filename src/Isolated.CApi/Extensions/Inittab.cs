namespace Isolated.CApi.Extensions;

/// <summary>
/// The host's table of builtin extension modules (PyImport_AppendInittab/ExtendInittab). It is
/// process-wide as in CPython, filled before Py_Initialize, and read by every interpreter's
/// BuiltinImporter through <see cref="ExtensionLoader"/>.
/// </summary>
internal static class Inittab
{
    static readonly object Lock = new();
    static readonly Dictionary<string, nint> Entries = new(StringComparer.Ordinal);

    public static void Add(string name, nint initFunction)
    {
        lock (Lock) Entries[name] = initFunction;
    }

    public static string[] Names()
    {
        lock (Lock) return Entries.Keys.ToArray();
    }

    public static nint Find(string name)
    {
        lock (Lock) return Entries.GetValueOrDefault(name);
    }
}
