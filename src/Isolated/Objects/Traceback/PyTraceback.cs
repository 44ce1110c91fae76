namespace Isolated.Objects;

/// <summary>One entry of a traceback: a frame and the line it was at when the exception passed.</summary>
public sealed class PyTraceback : PyObject
{
    public PyTraceback? Next;
    public readonly PyFrame Frame;
    public readonly int LastI;
    public readonly int LineNo;

    public PyTraceback(PyType type, PyTraceback? next, PyFrame frame, int lasti, int lineno) : base(type)
    {
        Next = next;
        Frame = frame;
        LastI = lasti;
        LineNo = lineno;
    }
}
