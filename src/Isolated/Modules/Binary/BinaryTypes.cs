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

    PyType? _hash, _hashXof, _blake2b, _blake2s, _hmac, _unsupportedDigestmod;
    public PyType Hash => _hash ??= Isolated.Modules.Hashing.HashObjectType.CreateHash(_types, extendable: false);
    public PyType HashXof => _hashXof ??= Isolated.Modules.Hashing.HashObjectType.CreateHash(_types, extendable: true);
    public PyType Blake2b => _blake2b ??= Isolated.Modules.Hashing.HashObjectType.CreateBlake2(_types, small: false);
    public PyType Blake2s => _blake2s ??= Isolated.Modules.Hashing.HashObjectType.CreateBlake2(_types, small: true);
    public PyType Hmac => _hmac ??= Isolated.Modules.Hashing.HmacType.Create(_types);

    PyType? _binasciiError, _binasciiIncomplete;
    public PyType? BinasciiError(ThreadState ts) => _binasciiError ??= NewException(ts, "binascii", "Error", ExceptionKind.ValueError);
    public PyType? BinasciiIncomplete(ThreadState ts) => _binasciiIncomplete ??= NewException(ts, "binascii", "Incomplete", ExceptionKind.Exception);

    PyType? _zlibError, _zlibCompress, _zlibDecompress;
    public PyType? ZlibError(ThreadState ts) => _zlibError ??= NewException(ts, "zlib", "error", ExceptionKind.Exception);
    public PyType ZlibCompress => _zlibCompress ??= Isolated.Modules.Zlib.ZlibTypes.CreateCompress(_types);
    public PyType ZlibDecompress => _zlibDecompress ??= Isolated.Modules.Zlib.ZlibTypes.CreateDecompress(_types);
    PyType? _zlibDecompressor;
    public PyType ZlibDecompressor => _zlibDecompressor ??= Isolated.Modules.Zlib.ZlibTypes.CreateZlibDecompressor(_types);

    PyType? _array;
    public PyType Array => _array ??= Isolated.Modules.Arrays.ArrayType.Create(_types);

    /// <summary>_hashlib.UnsupportedDigestmodError (a ValueError).</summary>
    public PyType? UnsupportedDigestmodError(ThreadState ts) =>
        _unsupportedDigestmod ??= NewException(ts, "_hashlib", "UnsupportedDigestmodError", ExceptionKind.ValueError);

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
