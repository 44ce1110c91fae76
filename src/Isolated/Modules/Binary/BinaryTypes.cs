using Isolated.Modules.Struct;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Binary;

/// <summary>One interpreter's type objects and state for the binary-data modules (_struct,
/// _random, the hash modules, binascii, zlib, array, marshal), created on first use.</summary>
public sealed class BinaryTypes
{
    readonly BuiltinTypes _types;
    public BinaryTypes(BuiltinTypes types) => _types = types;

    PyType? _struct, _unpackIterator, _structError;

    public PyType Struct => _struct ??= StructType.Create(_types);
    public PyType UnpackIterator => _unpackIterator ??= StructType.CreateUnpackIterator(_types);

    PyType? _random;
    public PyType Random => _random ??= Isolated.Modules.RandomGenerator.RandomType.Create(_types);

    /// <summary>struct.error, a subclass of Exception made as a class statement would.</summary>
    public PyType? StructError(ThreadState ts) => _structError ??= NewException(ts, "struct", "error", ExceptionKind.Exception);

    /// <summary>_struct's format cache (format text → compiled layout).</summary>
    public readonly Dictionary<string, StructLayout> StructCache = new(StringComparer.Ordinal);

    /// <summary>A new exception class <paramref name="module"/>.<paramref name="name"/> deriving
    /// from the builtin <paramref name="baseKind"/>.</summary>
    public PyType? NewException(ThreadState ts, string module, string name, ExceptionKind baseKind)
    {
        var interp = ts.Interpreter;
        var ns = interp.NewDict();
        ns.SetStr("__module__", interp.Str(module));
        PyObject[] args = [interp.Str(name), interp.Tuple(interp.ExceptionType(baseKind)), ns];
        return Ops.Call(ts, _types.Type, args) as PyType;
    }
}
