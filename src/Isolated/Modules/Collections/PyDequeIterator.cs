using Isolated.Objects;

namespace Isolated.Modules.Collections;

/// <summary>Iterator over a deque, forwards or backwards; fails if the deque changes meanwhile.</summary>
public sealed class PyDequeIterator : PyObject
{
    public readonly PyDeque Deque;
    public readonly bool Reverse;
    public readonly int State;
    public int Index;

    public PyDequeIterator(PyType type, PyDeque deque, bool reverse) : base(type)
    {
        Deque = deque;
        Reverse = reverse;
        State = deque.State;
    }
}
