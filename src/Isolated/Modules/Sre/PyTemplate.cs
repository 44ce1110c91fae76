using Isolated.Objects;

namespace Isolated.Modules.Sre;

/// <summary>A compiled replacement template (_sre.template): literals interleaved with group numbers.</summary>
public sealed class PyTemplate : PyObject
{
    public readonly PyObject?[] Literals;   // Groups.Length + 1 items; null for empty
    public readonly int[] Groups;

    public PyTemplate(PyType type, PyObject?[] literals, int[] groups) : base(type)
    {
        Literals = literals; Groups = groups;
    }
}
