using Isolated.Objects;

namespace Isolated.Modules.Sre;

/// <summary>A match result (re.Match): the spans of every group, -1 for groups that did not take part.</summary>
public sealed class PyMatch : PyObject
{
    public readonly PyPattern Pattern;
    public readonly Subject Subject;
    public readonly int[] Spans;   // 2 * (groups + 1)
    public readonly int Pos, EndPos, LastIndex;

    public PyMatch(PyType type, PyPattern pattern, Subject subject, int[] spans, int pos, int endPos, int lastIndex) : base(type)
    {
        Pattern = pattern; Subject = subject; Spans = spans; Pos = pos; EndPos = endPos; LastIndex = lastIndex;
    }

    public int GroupCount => Spans.Length / 2;   // including group 0
}
