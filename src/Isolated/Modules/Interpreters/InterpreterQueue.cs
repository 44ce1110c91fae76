using Isolated.Runtime;

namespace Isolated.Modules.Interpreters;

/// <summary>
/// A FIFO queue of interpreter-neutral values that any interpreter may put to and get from.
/// It holds no Python object, only <see cref="SharedValue"/>s, so it can outlive the interpreter
/// that created it. Blocking operations wait without holding any GIL: the caller releases its
/// interpreter's GIL first (see <see cref="InterpretersModule"/>), and the queue's own lock is
/// never held while a GIL is being taken.
/// </summary>
public sealed class InterpreterQueue
{
    public readonly record struct Item(SharedValue Value, long Owner, UnboundMode Unbound);

    readonly object _lock = new();
    readonly LinkedList<Item> _items = new();

    public readonly long Id;
    public readonly int MaxSize;
    public readonly UnboundMode DefaultUnbound;

    public InterpreterQueue(long id, int maxSize, UnboundMode defaultUnbound)
    {
        Id = id;
        MaxSize = maxSize;
        DefaultUnbound = defaultUnbound;
    }

    public int Count
    {
        get { lock (_lock) return _items.Count; }
    }

    public bool IsFull
    {
        get { lock (_lock) return MaxSize > 0 && _items.Count >= MaxSize; }
    }

    /// <summary>Adds an item unless the queue is full.</summary>
    public bool TryPut(Item item)
    {
        lock (_lock)
        {
            if (MaxSize > 0 && _items.Count >= MaxSize) return false;
            _items.AddLast(item);
            Monitor.PulseAll(_lock);
            return true;
        }
    }

    public bool TryGet(out Item item)
    {
        lock (_lock)
        {
            if (_items.First is { } first)
            {
                item = first.Value;
                _items.RemoveFirst();
                Monitor.PulseAll(_lock);
                return true;
            }
            item = default;
            return false;
        }
    }

    /// <summary>Waits up to <paramref name="milliseconds"/> for the queue to change (an item
    /// added or removed). The caller holds no GIL.</summary>
    public void WaitForChange(int milliseconds)
    {
        lock (_lock) Monitor.Wait(_lock, milliseconds);
    }

    /// <summary>The interpreter <paramref name="interpreterId"/> ended: apply each of its items'
    /// unbound mode.</summary>
    public void InterpreterEnded(long interpreterId)
    {
        lock (_lock)
        {
            for (var node = _items.First; node is not null;)
            {
                var next = node.Next;
                var item = node.Value;
                if (item.Owner == interpreterId)
                {
                    if (item.Unbound == UnboundMode.Remove) _items.Remove(node);
                    else node.Value = item with { Owner = -1 };
                }
                node = next;
            }
            Monitor.PulseAll(_lock);
        }
    }
}
