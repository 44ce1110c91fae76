using Isolated.Objects;

namespace Isolated.Modules.Thread;

/// <summary>_thread._local: attributes live in one dict per OS thread. The dict is chosen by the
/// managed thread id of the calling thread (each Python thread runs on its own OS thread).</summary>
public sealed class PyLocal : PyObject, IInstanceDict
{
    readonly Dictionary<int, PyDict> _dicts = new();
    public PyObject[] InitArgs = [];
    public PyTuple? InitKwnames;

    public PyLocal(PyType type) : base(type) { }

    /// <summary>The calling thread's dict; <paramref name="created"/> tells whether it is new.</summary>
    public PyDict DictForCurrentThread(out bool created)
    {
        int id = Environment.CurrentManagedThreadId;
        lock (_dicts)
        {
            created = !_dicts.TryGetValue(id, out var d);
            if (created)
            {
                d = new PyDict(Type.Owner.Types.Dict);
                _dicts[id] = d;
            }
            return d!;
        }
    }

    public PyDict? InstanceDict
    {
        get => DictForCurrentThread(out _);
        set
        {
            lock (_dicts) _dicts[Environment.CurrentManagedThreadId] = value ?? new PyDict(Type.Owner.Types.Dict);
        }
    }
}
