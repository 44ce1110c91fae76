using Isolated.Objects;

namespace Isolated.Modules.Collections;

/// <summary>collections.deque: a ring buffer with an optional maximum length. <see cref="State"/>
/// changes on every mutation so that iterators can detect one.</summary>
public class PyDeque : PyObject
{
    PyObject[] _buffer = new PyObject[8];
    int _head;
    public int Count;
    public long MaxLen = -1;
    public int State;

    public PyDeque(PyType type) : base(type) { }

    public PyObject this[int index]
    {
        get => _buffer[(_head + index) % _buffer.Length];
        set { _buffer[(_head + index) % _buffer.Length] = value; }
    }

    void Grow()
    {
        var bigger = new PyObject[_buffer.Length * 2];
        for (int i = 0; i < Count; i++) bigger[i] = this[i];
        _buffer = bigger;
        _head = 0;
    }

    public void Append(PyObject v)
    {
        State++;
        if (MaxLen == 0) return;
        if (Count == _buffer.Length) Grow();
        _buffer[(_head + Count) % _buffer.Length] = v;
        Count++;
        if (MaxLen >= 0 && Count > MaxLen) PopLeft();
    }

    public void AppendLeft(PyObject v)
    {
        State++;
        if (MaxLen == 0) return;
        if (Count == _buffer.Length) Grow();
        _head = (_head - 1 + _buffer.Length) % _buffer.Length;
        _buffer[_head] = v;
        Count++;
        if (MaxLen >= 0 && Count > MaxLen) Pop();
    }

    public PyObject Pop()
    {
        State++;
        int i = (_head + Count - 1) % _buffer.Length;
        var v = _buffer[i];
        _buffer[i] = null!;
        Count--;
        return v;
    }

    public PyObject PopLeft()
    {
        State++;
        var v = _buffer[_head];
        _buffer[_head] = null!;
        _head = (_head + 1) % _buffer.Length;
        Count--;
        return v;
    }

    public void Clear()
    {
        State++;
        _buffer = new PyObject[8];
        _head = 0;
        Count = 0;
    }

    public PyObject[] ToArray()
    {
        var a = new PyObject[Count];
        for (int i = 0; i < Count; i++) a[i] = this[i];
        return a;
    }

    public void SetAll(PyObject[] items)
    {
        State++;
        _buffer = new PyObject[Math.Max(8, items.Length)];
        items.CopyTo(_buffer, 0);
        _head = 0;
        Count = items.Length;
    }
}
