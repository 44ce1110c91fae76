using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Interpreters;

/// <summary>The type of <see cref="PyCrossInterpreterBufferView"/> (_interpreters.CrossInterpreterBufferView,
/// as CPython names it): not creatable from Python; it only backs received memoryviews.</summary>
public static class CrossInterpreterBufferViewType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("CrossInterpreterBufferView", types.Object, TypeFlags.None, s => { s.New = null; }, null);
}
