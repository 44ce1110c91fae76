using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Arrays;

/// <summary><c>array</c>: the array type. Pickling goes through __reduce_ex__ as (array,
/// (typecode, list)); _array_reconstructor (CPython's machine-format path) is not provided.</summary>
public static class ArrayModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "array");
        var type = interp.Types.Binary.Array;
        m.Dict.SetStr("array", type);
        m.Dict.SetStr("ArrayType", type);
        m.Dict.SetStr("typecodes", interp.Str(ArrayItems.TypeCodes));
        return m;
    }
}
