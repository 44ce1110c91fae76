using System.Numerics;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.RandomGenerator;

/// <summary><c>_random.Random</c>: seed, random, getrandbits, getstate and setstate, with CPython's
/// seeding (an int's absolute value as little-endian 32-bit words; anything else by its hash;
/// None from the OS's random source).</summary>
public static class RandomType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("Random", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = static (ts, type, args, kw) =>
            {
                var r = ReferenceEquals(type, ts.Interpreter.Types.Binary.Random) ? new PyRandom(type) : new PyRandomSubclass(type);
                // Seeded here as well as in __init__ so that a subclass whose __init__ does not
                // call seed() still starts from a random state.
                return Seed(ts, r, null) ? r : null;
            };
            s.Init = static (ts, self, args, kw) =>
            {
                if (ReferenceEquals(self.Type, ts.Interpreter.Types.Binary.Random) && !ArgBinder.NoKeywords(ts, "Random", kw)) return false;
                int n = args.Length - (kw?.Count ?? 0);
                if (n > 1)
                {
                    ts.Raise(ExceptionKind.TypeError, "Random() requires 0 or 1 argument");
                    return false;
                }
                return Seed(ts, (PyRandom)self, n == 1 ? args[0] : null);
            };
        }, FillDict);

    static void FillDict(ThreadState? ts0, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("_random"));
        type.AddMethod("random", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "random", a, k, 0, 0) ? new PyFloat(ts.Interpreter.Types.Float, ((PyRandom)self).Generator.NextDouble()) : null);
        type.AddMethod("seed", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "seed", a, k, 0, 1) && Seed(ts, (PyRandom)self, a.Length == 1 ? a[0] : null) ? ts.Interpreter.None : null);
        type.AddMethod("getrandbits", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "getrandbits", a, k, 1, 1) || !Ops.AsInt32(ts, a[0], out int bits)) return null;
            return GetRandBits(ts, ((PyRandom)self).Generator, bits);
        });
        type.AddMethod("getstate", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "getstate", a, k, 0, 0)) return null;
            var g = ((PyRandom)self).Generator;
            var interp = ts.Interpreter;
            var items = new PyObject[MersenneTwister.N + 1];
            for (int i = 0; i < MersenneTwister.N; i++) items[i] = interp.Int(g.State[i]);
            items[MersenneTwister.N] = interp.Int(g.Index);
            return interp.Tuple(items);
        });
        type.AddMethod("setstate", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "setstate", a, k, 1, 1) && SetState(ts, ((PyRandom)self).Generator, a[0]) ? ts.Interpreter.None : null);
    }

    static bool Seed(ThreadState ts, PyRandom self, PyObject? arg)
    {
        var g = self.Generator;
        if (arg is null || ReferenceEquals(arg, ts.Interpreter.None))
        {
            Span<uint> key = stackalloc uint[MersenneTwister.N];
            System.Security.Cryptography.RandomNumberGenerator.Fill(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key));
            g.InitByArray(key);
            return true;
        }
        BigInteger n;
        if (arg is PyInt i) n = BigInteger.Abs(i.ToBigInteger());
        else
        {
            if (!Ops.Hash(ts, arg, out long h)) return false;
            n = new BigInteger((ulong)h);
        }
        if (n.IsZero)
        {
            g.InitByArray([0u]);
            return true;
        }
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var words = new uint[(bytes.Length + 3) / 4];
        for (int b = 0; b < bytes.Length; b++) words[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        g.InitByArray(words);
        return true;
    }

    /// <summary>A non-negative int of <paramref name="k"/> random bits, built from 32-bit words
    /// least significant first (CPython's order, so seeded results agree).</summary>
    public static PyObject? GetRandBits(ThreadState ts, MersenneTwister g, int k)
    {
        if (k < 0) return ts.Raise(ExceptionKind.ValueError, "number of bits must be non-negative");
        if (k == 0) return ts.Interpreter.Int(0);
        if (k <= 32) return ts.Interpreter.Int(g.NextUInt32() >> (32 - k));
        int words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (int w = 0; w < words; w++, k -= 32)
        {
            uint r = g.NextUInt32();
            if (k < 32) r >>= 32 - k;
            bytes[4 * w] = (byte)r;
            bytes[4 * w + 1] = (byte)(r >> 8);
            bytes[4 * w + 2] = (byte)(r >> 16);
            bytes[4 * w + 3] = (byte)(r >> 24);
        }
        return ts.Interpreter.Int(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }

    static bool SetState(ThreadState ts, MersenneTwister g, PyObject state)
    {
        if (state is not PyTuple t)
        {
            ts.Raise(ExceptionKind.TypeError, "state vector must be a tuple");
            return false;
        }
        if (t.Count != MersenneTwister.N + 1)
        {
            ts.Raise(ExceptionKind.ValueError, "state vector is the wrong size");
            return false;
        }
        var words = new uint[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++)
        {
            if (t.Items[i] is not PyInt w)
            {
                ts.Raise(ExceptionKind.TypeError, $"'{t.Items[i].Type.Name}' object cannot be interpreted as an integer");
                return false;
            }
            var v = w.ToBigInteger();
            if (v.Sign < 0 || v > ulong.MaxValue)
            {
                ts.Raise(ExceptionKind.OverflowError, v.Sign < 0 ? "can't convert negative value to unsigned int" : "Python int too large to convert to C unsigned long");
                return false;
            }
            words[i] = (uint)(ulong)v;
        }
        if (!Ops.AsLong(ts, t.Items[MersenneTwister.N], out long index)) return false;
        if (index < 0 || index > MersenneTwister.N)
        {
            ts.Raise(ExceptionKind.ValueError, "invalid state");
            return false;
        }
        words.CopyTo(g.State, 0);
        g.Index = (int)index;
        return true;
    }
}
