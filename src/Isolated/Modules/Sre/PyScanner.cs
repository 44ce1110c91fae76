using Isolated.Objects;

namespace Isolated.Modules.Sre;

/// <summary>The object behind Pattern.scanner() and finditer(): successive matches over one string.</summary>
public sealed class PyScanner : PyObject
{
    public readonly PyPattern Pattern;
    public readonly Subject Subject;
    public readonly int EndPos;
    public int Pos;
    public bool MustAdvance;
    public bool Exhausted;

    public PyScanner(PyType type, PyPattern pattern, Subject subject, int pos, int endPos) : base(type)
    {
        Pattern = pattern; Subject = subject; Pos = pos; EndPos = endPos;
    }
}
