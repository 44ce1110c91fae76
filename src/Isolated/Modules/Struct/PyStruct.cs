using Isolated.Objects;

namespace Isolated.Modules.Struct;

/// <summary>A <c>_struct.Struct</c>: a compiled format (null until __init__ has run).</summary>
public class PyStruct : PyObject
{
    public StructLayout? Layout;
    public PyObject? FormatObject;

    public PyStruct(PyType type) : base(type) { }
}
