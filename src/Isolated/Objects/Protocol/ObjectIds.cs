using System.Runtime.CompilerServices;

namespace Isolated.Objects;

/// <summary>
/// One interpreter's id() values. The .NET GC moves objects, so an address cannot serve; each
/// object gets a number on first request, kept in a weak table so the entry dies with the object.
/// </summary>
public sealed class ObjectIds
{
    readonly ConditionalWeakTable<PyObject, StrongBox<long>> _table = new();
    long _next = 0x10000;

    public long Get(PyObject obj) =>
        _table.GetValue(obj, _ => new StrongBox<long>(Interlocked.Add(ref _next, 16))).Value;
}
