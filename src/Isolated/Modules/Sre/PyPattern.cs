using Isolated.Objects;

namespace Isolated.Modules.Sre;

/// <summary>A compiled regular expression (re.Pattern): the opcode list from re._compiler plus the
/// group tables it was compiled with.</summary>
public sealed class PyPattern : PyObject
{
    public readonly PyObject Source;      // the pattern str/bytes (or None)
    public readonly int Flags;
    public readonly uint[] Code;
    public readonly int Groups;           // number of capturing groups
    public readonly PyDict GroupIndex;    // name -> group number
    public readonly PyTuple IndexGroup;   // group number -> name or None
    public readonly bool IsBytes;

    public PyPattern(PyType type, PyObject source, int flags, uint[] code, int groups, PyDict groupIndex, PyTuple indexGroup, bool isBytes)
        : base(type)
    {
        Source = source; Flags = flags; Code = code; Groups = groups; GroupIndex = groupIndex; IndexGroup = indexGroup; IsBytes = isBytes;
    }
}
