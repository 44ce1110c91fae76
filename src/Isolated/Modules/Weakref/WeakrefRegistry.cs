using System.Runtime.CompilerServices;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Weakref;

/// <summary>
/// One interpreter's weak references, by referent. .NET has no hook on an object's death, so
/// each referent gets a finalizable <see cref="ReferentWatcher"/> attached with a
/// ConditionalWeakTable: the watcher becomes unreachable together with its referent, and its
/// finalizer queues the referent's callbacks to the interpreter (<see cref="PendingCalls"/>).
/// Callbacks therefore run after the next .NET collection that finds the referent dead, not at
/// the moment the last reference goes as in CPython (gc.collect() forces one).
/// </summary>
public sealed class WeakrefRegistry
{
    readonly ConditionalWeakTable<PyObject, ReferentWatcher> _watchers = new();
    readonly Interpreter _interp;
    readonly PendingCalls _pending;

    public WeakrefRegistry(Interpreter interp, PendingCalls pending)
    {
        _interp = interp;
        _pending = pending;
    }

    public ReferentWatcher? Find(PyObject referent) => _watchers.TryGetValue(referent, out var w) ? w : null;

    public ReferentWatcher WatcherFor(PyObject referent) =>
        _watchers.GetValue(referent, _ => new ReferentWatcher(_interp, _pending));
}
