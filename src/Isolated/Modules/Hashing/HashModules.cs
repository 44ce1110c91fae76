using System.Security.Cryptography;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Hashing;

/// <summary>
/// The hash modules hashlib and hmac import: _md5, _sha1, _sha2, _sha3, _blake2 and _hashlib (in
/// CPython the OpenSSL binding; here the same algorithms, plus HMAC, PBKDF2 and compare_digest).
/// Every constructor returns a hash object over a <see cref="HashState"/>.
/// </summary>
public static class HashModules
{
    public static PyModule? CreateMd5(ThreadState ts) => Simple(ts, "_md5", "md5");
    public static PyModule? CreateSha1(ThreadState ts) => Simple(ts, "_sha1", "sha1");
    public static PyModule? CreateSha2(ThreadState ts) => Simple(ts, "_sha2", "sha224", "sha256", "sha384", "sha512");
    public static PyModule? CreateSha3(ThreadState ts) => Simple(ts, "_sha3", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256");

    public static PyModule? CreateBlake2(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_blake2");
        m.Dict.SetStr("blake2b", interp.Types.Binary.Blake2b);
        m.Dict.SetStr("blake2s", interp.Types.Binary.Blake2s);
        m.Dict.SetStr("BLAKE2B_SALT_SIZE", interp.Int(Blake2bState.SaltBytes));
        m.Dict.SetStr("BLAKE2B_PERSON_SIZE", interp.Int(Blake2bState.PersonBytes));
        m.Dict.SetStr("BLAKE2B_MAX_KEY_SIZE", interp.Int(Blake2bState.MaxKey));
        m.Dict.SetStr("BLAKE2B_MAX_DIGEST_SIZE", interp.Int(Blake2bState.MaxDigest));
        m.Dict.SetStr("BLAKE2S_SALT_SIZE", interp.Int(Blake2sState.SaltBytes));
        m.Dict.SetStr("BLAKE2S_PERSON_SIZE", interp.Int(Blake2sState.PersonBytes));
        m.Dict.SetStr("BLAKE2S_MAX_KEY_SIZE", interp.Int(Blake2sState.MaxKey));
        m.Dict.SetStr("BLAKE2S_MAX_DIGEST_SIZE", interp.Int(Blake2sState.MaxDigest));
        return m;
    }

    public static PyModule? CreateHashlib(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var binary = interp.Types.Binary;
        var unsupported = binary.UnsupportedDigestmodError(ts);
        if (unsupported is null) return null;
        var m = ModuleType.New(interp, "_hashlib");
        m.Dict.SetStr("HASH", binary.Hash);
        m.Dict.SetStr("HASHXOF", binary.HashXof);
        m.Dict.SetStr("HMAC", binary.Hmac);
        m.Dict.SetStr("UnsupportedDigestmodError", unsupported);
        var names = new PyObject[HashAlgorithms.Names.Length];
        for (int i = 0; i < names.Length; i++) names[i] = interp.Str(HashAlgorithms.Names[i]);
        var frozen = Ops.Call(ts, interp.Types.FrozenSet, interp.Tuple(names));
        if (frozen is null) return null;
        m.Dict.SetStr("openssl_md_meth_names", frozen);
        foreach (var name in HashAlgorithms.Names)
        {
            if (name.StartsWith("blake2", StringComparison.Ordinal)) continue;
            string algorithm = name;
            WeakrefModule.Add(m, "openssl_" + name, (ts, s, a, k) => Construct(ts, "openssl_" + algorithm, algorithm, a, k));
        }
        WeakrefModule.Add(m, "new", New);
        WeakrefModule.Add(m, "pbkdf2_hmac", Pbkdf2Hmac);
        WeakrefModule.Add(m, "scrypt", ScryptKdf);
        WeakrefModule.Add(m, "compare_digest", CompareDigest);
        WeakrefModule.Add(m, "hmac_new", HmacNew);
        WeakrefModule.Add(m, "hmac_digest", HmacDigest);
        WeakrefModule.Add(m, "get_fips_mode", static (ts, s, a, k) => ts.Interpreter.Int(0));
        return m;
    }

    static PyModule Simple(ThreadState ts, string module, params string[] algorithms)
    {
        var m = ModuleType.New(ts.Interpreter, module);
        foreach (var name in algorithms)
        {
            string algorithm = name;
            WeakrefModule.Add(m, name, (ts, s, a, k) => Construct(ts, algorithm, algorithm, a, k));
        }
        return m;
    }

    static readonly string[] ConstructorParams = ["string", "usedforsecurity"];

    static PyObject? Construct(ThreadState ts, string function, string algorithm, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, function, args, kw, ConstructorParams, 0, a, keywordOnlyFrom: 1)) return null;
        return NewHash(ts, HashAlgorithms.Create(algorithm)!, a[0]);
    }

    static PyObject? NewHash(ThreadState ts, HashState state, PyObject? data)
    {
        if (ts.HasError) return null;
        var binary = ts.Interpreter.Types.Binary;
        PyType type = state switch
        {
            Blake2bState => binary.Blake2b,
            Blake2sState => binary.Blake2s,
            _ => state.IsExtendable ? binary.HashXof : binary.Hash,
        };
        if (data is not null)
        {
            if (!Data(ts, data, out var bytes)) return null;
            state.Update(bytes);
        }
        return new PyHash(type, state);
    }

    /// <summary>The bytes to hash: a bytes-like object (a str is refused as in CPython).</summary>
    internal static bool Data(ThreadState ts, PyObject obj, out ReadOnlySpan<byte> data)
    {
        data = default;
        if (obj is PyStr)
        {
            ts.Raise(ExceptionKind.TypeError, "Strings must be encoded before hashing");
            return false;
        }
        return ByteStringMethods.TryArg(ts, obj, out data, "object supporting the buffer API required");
    }

    static readonly string[] NewParams = ["name", "string", "usedforsecurity"];

    static PyObject? New(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "new", args, kw, NewParams, 1, a, keywordOnlyFrom: 2)) return null;
        if (a[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, $"new() argument 'name' must be str, not {a[0]!.Type.Name}");
        var state = HashAlgorithms.Create(name.Value);
        if (state is null) return ts.Raise(ExceptionKind.ValueError, $"unsupported hash type {name.Value}");
        return NewHash(ts, state, a[1]);
    }

    static readonly string[] Pbkdf2Params = ["hash_name", "password", "salt", "iterations", "dklen"];

    static PyObject? Pbkdf2Hmac(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[5];
        if (!ArgBinder.Bind(ts, "pbkdf2_hmac", args, kw, Pbkdf2Params, 4, a)) return null;
        if (a[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, $"pbkdf2_hmac() argument 'hash_name' must be str, not {a[0]!.Type.Name}");
        if (!ByteStringMethods.TryArg(ts, a[1]!, out var password) || !ByteStringMethods.TryArg(ts, a[2]!, out var salt)) return null;
        if (!Ops.AsLong(ts, a[3]!, out long iterations)) return null;
        if (iterations < 1) return ts.Raise(ExceptionKind.ValueError, "iteration value must be greater than 0.");
        if (iterations > int.MaxValue) return ts.Raise(ExceptionKind.OverflowError, "iteration value is too great.");
        var probe = HashAlgorithms.Create(name.Value);
        if (probe is null || probe.IsExtendable) return ts.Raise(unsupportedType(ts), $"unsupported hash type {name.Value}");
        long dklen = probe.DigestSize;
        if (a[4] is { } d && !ReferenceEquals(d, ts.Interpreter.None))
        {
            if (!Ops.AsLong(ts, d, out dklen)) return null;
            if (dklen < 1) return ts.Raise(ExceptionKind.ValueError, "key length must be greater than 0.");
            if (dklen > int.MaxValue) return ts.Raise(ExceptionKind.OverflowError, "key length is too great.");
        }
        var result = new byte[dklen];
        if (HashAlgorithms.DotNetPbkdf2Name(name.Value) is { } dotnet)
            Rfc2898DeriveBytes.Pbkdf2(password, salt, result, (int)iterations, dotnet);
        else
            Pbkdf2(name.Value, password, salt, (int)iterations, result);
        return PyBytes.Create(ts.Interpreter, result);

        static PyType unsupportedType(ThreadState ts) => ts.Interpreter.Types.Binary.UnsupportedDigestmodError(ts) ?? ts.Interpreter.ExceptionType(ExceptionKind.ValueError);
    }

    static readonly string[] ScryptParams = ["password", "salt", "n", "r", "p", "maxmem", "dklen"];

    /// <summary>hashlib.scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64), with OpenSSL's
    /// parameter checks and its default 32 MiB memory limit.</summary>
    static PyObject? ScryptKdf(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[7];
        if (!ArgBinder.Bind(ts, "scrypt", args, kw, ScryptParams, 1, a, keywordOnlyFrom: 1)) return null;
        if (!ByteStringMethods.TryArg(ts, a[0]!, out var password)) return null;
        var none = ts.Interpreter.None;
        if (a[1] is null || ReferenceEquals(a[1], none)) return ts.Raise(ExceptionKind.TypeError, "salt is required");
        if (!ByteStringMethods.TryArg(ts, a[1]!, out var salt)) return null;
        Span<long> nrp = stackalloc long[3];
        for (int i = 0; i < 3; i++)
        {
            string which = ScryptParams[2 + i];
            if (a[2 + i] is not PyInt v || v.ToBigInteger() < 0 || v.ToBigInteger() > uint.MaxValue)
                return ts.Raise(ExceptionKind.TypeError, $"{which} is required and must be an unsigned int");
            nrp[i] = (long)v.ToBigInteger();
        }
        long n = nrp[0], r = nrp[1], p = nrp[2];
        if (n < 2 || (n & (n - 1)) != 0) return ts.Raise(ExceptionKind.ValueError, "n must be a power of 2.");
        long maxmem = 0, dklen = 64;
        if (a[5] is { } mm && !Ops.AsLong(ts, mm, out maxmem)) return null;
        if (maxmem < 0 || maxmem > int.MaxValue) return ts.Raise(ExceptionKind.ValueError, "maxmem must be positive and smaller than 2147483647");
        if (a[6] is { } dk && !Ops.AsLong(ts, dk, out dklen)) return null;
        if (dklen < 1 || dklen > int.MaxValue) return ts.Raise(ExceptionKind.ValueError, "dklen must be greater than 0 and smaller than 2147483647");
        // RFC 7914's limits: r and p positive, p * r < 2^30, n < 2^(128 r / 8).
        if (r == 0 || p == 0 || p > ((1L << 30) - 1) / r || (r < 4 && n >= 1L << (int)(16 * r)))
            return ts.Raise(ExceptionKind.ValueError, "Invalid parameter combination for n, r, p, maxmem.");
        ulong limit = maxmem == 0 ? 32UL * 1024 * 1024 : (ulong)maxmem;
        if (Scrypt.MemoryNeeded((ulong)n, (ulong)r, (ulong)p) > limit)
            return ts.Raise(ExceptionKind.ValueError, "[digital envelope routines] memory limit exceeded");
        var gil = ts.Interpreter.Gil;
        byte[] pw = password.ToArray(), sa = salt.ToArray(), result;
        // Deliberately slow by design: other threads run meanwhile.
        gil.Release(ts);
        try
        {
            result = Scrypt.Derive(pw, sa, (int)n, (int)r, (int)p, (int)dklen);
        }
        finally
        {
            gil.Acquire(ts);
        }
        return PyBytes.Create(ts.Interpreter, result);
    }

    /// <summary>PBKDF2 (RFC 8018 §5.2) over <see cref="HmacState"/>, for digests .NET's PBKDF2 lacks.</summary>
    static void Pbkdf2(string name, ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, int iterations, Span<byte> output)
    {
        var keyed = HmacState.Create(() => HashAlgorithms.Create(name)!, password);
        int hlen = keyed.DigestSize;
        Span<byte> u = stackalloc byte[hlen];
        Span<byte> t = stackalloc byte[hlen];
        Span<byte> counter = stackalloc byte[4];
        for (uint block = 1; output.Length > 0; block++)
        {
            var mac = keyed.Clone();
            mac.Update(salt);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(counter, block);
            mac.Update(counter);
            mac.Digest(u);
            u.CopyTo(t);
            for (int i = 1; i < iterations; i++)
            {
                mac = keyed.Clone();
                mac.Update(u);
                mac.Digest(u);
                for (int j = 0; j < hlen; j++) t[j] ^= u[j];
            }
            int take = Math.Min(hlen, output.Length);
            t[..take].CopyTo(output);
            output = output[take..];
        }
    }

    /// <summary>hmac.compare_digest (here and as <c>_operator._compare_digest</c>): equality in
    /// constant time for two ASCII strs or two bytes-like objects.</summary>
    internal static PyObject? CompareDigest(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "compare_digest", args, kw, 2, 2)) return null;
        PyObject x = args[0], y = args[1];
        if (x is PyStr sx && y is PyStr sy)
        {
            if (!System.Text.Ascii.IsValid(sx.Value) || !System.Text.Ascii.IsValid(sy.Value))
                return ts.Raise(ExceptionKind.TypeError, "comparing strings with non-ASCII characters is not supported");
            var bx = System.Text.Encoding.ASCII.GetBytes(sx.Value);
            var by = System.Text.Encoding.ASCII.GetBytes(sy.Value);
            return ts.Interpreter.Bool(bx.Length == by.Length && CryptographicOperations.FixedTimeEquals(bx, by));
        }
        if (!BufferProtocol.Exports(ts, x) && !BufferProtocol.Exports(ts, y))
            return ts.Raise(ExceptionKind.TypeError, $"unsupported operand types(s) or combination of types: '{x.Type.Name}' and '{y.Type.Name}'");
        if (!ByteStringMethods.TryArg(ts, x, out var dx) || !ByteStringMethods.TryArg(ts, y, out var dy)) return null;
        return ts.Interpreter.Bool(dx.Length == dy.Length && CryptographicOperations.FixedTimeEquals(dx, dy));
    }

    /// <summary>The algorithm of an hmac digestmod: a name, or a constructor (called to find out).</summary>
    static Func<HashState>? DigestFactory(ThreadState ts, PyObject digestmod)
    {
        string? name = null;
        if (digestmod is PyStr s) name = s.Value;
        else if (Ops.Call(ts, digestmod) is PyHash h) name = h.State.Name;
        else if (ts.HasError) return null;
        if (name is null || HashAlgorithms.Create(name) is not { IsExtendable: false } probe || probe is Blake2bState or Blake2sState && digestmod is not PyStr)
        {
            var error = ts.Interpreter.Types.Binary.UnsupportedDigestmodError(ts);
            if (error is not null) ts.Raise(error, $"unsupported hash type {name ?? "(unknown)"}");
            return null;
        }
        string algorithm = name;
        return () => HashAlgorithms.Create(algorithm)!;
    }

    static readonly string[] HmacNewParams = ["key", "msg", "digestmod"];

    static PyObject? HmacNew(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "hmac_new", args, kw, HmacNewParams, 1, a)) return null;
        if (a[2] is null || ReferenceEquals(a[2], ts.Interpreter.None))
            return ts.Raise(ExceptionKind.TypeError, "Missing required parameter 'digestmod'.");
        if (!ByteStringMethods.TryArg(ts, a[0]!, out _)) return null;
        var factory = DigestFactory(ts, a[2]!);
        if (factory is null) return null;
        ByteStringMethods.TryArg(ts, a[0]!, out var key);
        var state = HmacState.Create(factory, key);
        if (a[1] is { } msg && !ReferenceEquals(msg, ts.Interpreter.None))
        {
            if (!Data(ts, msg, out var data)) return null;
            state.Update(data);
        }
        return new PyHmac(ts.Interpreter.Types.Binary.Hmac, state);
    }

    static readonly string[] HmacDigestParams = ["key", "msg", "digest"];

    static PyObject? HmacDigest(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "hmac_digest", args, kw, HmacDigestParams, 3, a)) return null;
        if (!ByteStringMethods.TryArg(ts, a[0]!, out _) || !Data(ts, a[1]!, out _)) return null;
        var factory = DigestFactory(ts, a[2]!);
        if (factory is null) return null;
        ByteStringMethods.TryArg(ts, a[0]!, out var key);
        Data(ts, a[1]!, out var msg);
        var state = HmacState.Create(factory, key);
        state.Update(msg);
        var r = new byte[state.DigestSize];
        state.Digest(r);
        return PyBytes.Create(ts.Interpreter, r);
    }
}
