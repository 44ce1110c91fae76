using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Hashing;

/// <summary>The hash object types: _hashlib.HASH (fixed-size digests), _hashlib.HASHXOF
/// (shake_*: digest(length)), and _blake2.blake2b / blake2s, which are constructed directly with
/// BLAKE2's parameters.</summary>
public static class HashObjectType
{
    public static PyType CreateHash(BuiltinTypes types, bool extendable) =>
        types.NewBuiltin(extendable ? "HASHXOF" : "HASH", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Repr = static (ts, self) =>
                ts.Interpreter.Str($"<{((PyHash)self).State.Name} _hashlib.{self.Type.Name} object @ 0x{Ops.Id(self):x}>");
        }, static (ts, t) => FillDict(t, "_hashlib"));

    public static PyType CreateBlake2(BuiltinTypes types, bool small) =>
        types.NewBuiltin(small ? "blake2s" : "blake2b", types.Object, TypeFlags.None, s =>
        {
            s.New = small ? static (ts, type, a, k) => NewBlake2(ts, type, a, k, true) : static (ts, type, a, k) => NewBlake2(ts, type, a, k, false);
        }, small ? static (ts, t) => FillBlake2(t, true) : static (ts, t) => FillBlake2(t, false));

    static void FillBlake2(PyType t, bool small)
    {
        FillDict(t, "_blake2");
        var interp = t.Owner;
        t.AddValue("SALT_SIZE", interp.Int(small ? Blake2sState.SaltBytes : Blake2bState.SaltBytes));
        t.AddValue("PERSON_SIZE", interp.Int(small ? Blake2sState.PersonBytes : Blake2bState.PersonBytes));
        t.AddValue("MAX_KEY_SIZE", interp.Int(small ? Blake2sState.MaxKey : Blake2bState.MaxKey));
        t.AddValue("MAX_DIGEST_SIZE", interp.Int(small ? Blake2sState.MaxDigest : Blake2bState.MaxDigest));
    }

    static void FillDict(PyType type, string module)
    {
        type.AddValue("__module__", type.Owner.Str(module));
        type.AddMethod("update", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "update", a, k, 1, 1) || !HashModules.Data(ts, a[0], out var data)) return null;
            ((PyHash)self).State.Update(data);
            return ts.Interpreter.None;
        });
        type.AddMethod("digest", static (ts, self, a, k) => Digest(ts, (PyHash)self, a, k, hex: false));
        type.AddMethod("hexdigest", static (ts, self, a, k) => Digest(ts, (PyHash)self, a, k, hex: true));
        type.AddMethod("copy", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "copy", a, k, 0, 0) ? new PyHash(self.Type, ((PyHash)self).State.Clone()) : null);
        type.AddGetSet("name", static (ts, self) => ts.Interpreter.Str(((PyHash)self).State.Name));
        type.AddGetSet("digest_size", static (ts, self) => ts.Interpreter.Int(((PyHash)self).State.DigestSize));
        type.AddGetSet("block_size", static (ts, self) => ts.Interpreter.Int(((PyHash)self).State.BlockSize));
    }

    static readonly string[] LengthParams = ["length"];

    static PyObject? Digest(ThreadState ts, PyHash h, ReadOnlySpan<PyObject> args, PyTuple? kw, bool hex)
    {
        var state = h.State;
        int size = state.DigestSize;
        if (state.IsExtendable)
        {
            Span<PyObject?> a = new PyObject?[1];
            if (!ArgBinder.Bind(ts, hex ? "hexdigest" : "digest", args, kw, LengthParams, 1, a)) return null;
            if (!Ops.AsLong(ts, a[0]!, out long length)) return null;
            if (length < 0) return ts.Raise(ExceptionKind.ValueError, "negative digest length");
            if (length >= 1L << 29) return ts.Raise(ExceptionKind.ValueError, "digest length is too large");
            size = (int)length;
        }
        else if (!ArgBinder.CheckPositional(ts, hex ? "hexdigest" : "digest", args, kw, 0, 0)) return null;
        var digest = new byte[size];
        state.Digest(digest);
        return hex ? ts.Interpreter.Str(Convert.ToHexStringLower(digest)) : PyBytes.Create(ts.Interpreter, digest);
    }

    static readonly string[] Blake2Params =
        ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"];

    static PyObject? NewBlake2(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw, bool small)
    {
        Span<PyObject?> a = new PyObject?[Blake2Params.Length];
        string fname = small ? "blake2s" : "blake2b";
        if (!ArgBinder.Bind(ts, fname, args, kw, Blake2Params, 0, a, positionalOnly: 1, keywordOnlyFrom: 1)) return null;
        int maxDigest = small ? Blake2sState.MaxDigest : Blake2bState.MaxDigest;
        var p = new Blake2Parameters { DigestSize = maxDigest };
        if (a[1] is { } ds)
        {
            if (!Ops.AsLong(ts, ds, out long d)) return null;
            if (d < 1 || d > maxDigest) return ts.Raise(ExceptionKind.ValueError, $"digest_size must be between 1 and {maxDigest} bytes");
            p.DigestSize = (int)d;
        }
        if (!BytesParam(ts, a[2], small ? Blake2sState.MaxKey : Blake2bState.MaxKey, "maximum key length is {0} bytes", out p.Key)
            || !BytesParam(ts, a[3], small ? Blake2sState.SaltBytes : Blake2bState.SaltBytes, "maximum salt length is {0} bytes", out p.Salt)
            || !BytesParam(ts, a[4], small ? Blake2sState.PersonBytes : Blake2bState.PersonBytes, "maximum person length is {0} bytes", out p.Person))
            return null;
        if (!SmallParam(ts, a[5], 0, 255, "fanout must be between 0 and 255", ref p.Fanout)
            || !SmallParam(ts, a[6], 1, 255, "depth must be between 1 and 255", ref p.Depth)
            || !SmallParam(ts, a[9], 0, 255, "node_depth must be between 0 and 255", ref p.NodeDepth)
            || !SmallParam(ts, a[10], 0, maxDigest, $"inner_size must be between 0 and is {maxDigest}", ref p.InnerSize))
            return null;
        if (a[7] is { } leaf)
        {
            if (!Ops.AsLong(ts, leaf, out long l)) return null;
            if (l < 0 || l > uint.MaxValue) return ts.Raise(ExceptionKind.OverflowError, "leaf_size is too large");
            p.LeafSize = (uint)l;
        }
        if (a[8] is { } off)
        {
            var i = Ops.Index(ts, off);
            if (i is null) return null;
            var v = i.ToBigInteger();
            if (v.Sign < 0 || v > ulong.MaxValue) return ts.Raise(ExceptionKind.OverflowError, "int too big to convert");
            if (small && v >= (System.Numerics.BigInteger.One << 48)) return ts.Raise(ExceptionKind.OverflowError, "node_offset is too large");
            p.NodeOffset = (ulong)v;
        }
        if (a[11] is { } last)
        {
            int t = Ops.IsTrue(ts, last);
            if (t < 0) return null;
            p.LastNode = t == 1;
        }
        HashState state = small ? new Blake2sState(p) : new Blake2bState(p);
        var h = new PyHash(type, state);
        if (a[0] is not { } data) return h;
        if (!HashModules.Data(ts, data, out var bytes)) return null;
        state.Update(bytes);
        return h;
    }

    static bool BytesParam(ThreadState ts, PyObject? arg, int max, string message, out byte[] value)
    {
        value = [];
        if (arg is null) return true;
        if (!ByteStringMethods.TryArg(ts, arg, out var data)) return false;
        if (data.Length > max)
        {
            ts.Raise(ExceptionKind.ValueError, string.Format(message, max));
            return false;
        }
        value = data.ToArray();
        return true;
    }

    static bool SmallParam(ThreadState ts, PyObject? arg, int min, int max, string message, ref int value)
    {
        if (arg is null) return true;
        if (!Ops.AsLong(ts, arg, out long v)) return false;
        if (v < min || v > max)
        {
            ts.Raise(ExceptionKind.ValueError, message);
            return false;
        }
        value = (int)v;
        return true;
    }
}
