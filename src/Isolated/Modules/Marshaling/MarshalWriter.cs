using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Marshaling;

/// <summary>Writes values in marshal's format (version 4 type codes) for the data types: None,
/// bool, StopIteration, Ellipsis, int, float, complex, str, bytes, tuple, list, dict, set,
/// frozenset. Objects are written without back-references (CPython adds them for objects it
/// sees referenced more than once), so the bytes can be longer than CPython's, never different
/// in meaning.</summary>
public sealed class MarshalWriter
{
    readonly ThreadState _ts;
    readonly List<byte> _out = new();
    int _depth;

    public MarshalWriter(ThreadState ts) => _ts = ts;

    public byte[] ToArray() => _out.ToArray();

    void Byte(int b) => _out.Add((byte)b);

    void Int32(int v)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, v);
        foreach (var x in b) _out.Add(x);
    }

    void Double(double d)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(b, d);
        foreach (var x in b) _out.Add(x);
    }

    void Sized(byte[] data)
    {
        Int32(data.Length);
        _out.AddRange(data);
    }

    public bool Write(PyObject v)
    {
        var interp = _ts.Interpreter;
        // CPython's depth limit, and the native stack (a 256 KiB thread cannot hold 2000 levels).
        if (++_depth > 2000 || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _ts.Raise(ExceptionKind.ValueError, "object too deeply nested to marshal");
            return false;
        }
        try
        {
            if (ReferenceEquals(v, interp.None)) { Byte('N'); return true; }
            if (ReferenceEquals(v, interp.True)) { Byte('T'); return true; }
            if (ReferenceEquals(v, interp.False)) { Byte('F'); return true; }
            if (ReferenceEquals(v, interp.Ellipsis)) { Byte('.'); return true; }
            if (ReferenceEquals(v, interp.ExceptionType(ExceptionKind.StopIteration))) { Byte('S'); return true; }
            switch (v)
            {
                case PyInt i when ReferenceEquals(v.Type, interp.Types.Int):
                    WriteInt(i.Big ?? i.Small);
                    return true;
                case PyFloat f when ReferenceEquals(v.Type, interp.Types.Float):
                    Byte('g'); Double(f.Value);
                    return true;
                case PyComplex c when ReferenceEquals(v.Type, interp.Types.Complex):
                    Byte('y'); Double(c.Real); Double(c.Imag);
                    return true;
                case PyStr s when ReferenceEquals(v.Type, interp.Types.Str):
                    WriteStr(s.Value);
                    return true;
                case PyBytes b when ReferenceEquals(v.Type, interp.Types.Bytes):
                    Byte('s'); Sized(b.Value);
                    return true;
                case PyTuple t when ReferenceEquals(v.Type, interp.Types.Tuple):
                    if (t.Count < 256) { Byte(')'); Byte(t.Count); }
                    else { Byte('('); Int32(t.Count); }
                    foreach (var item in t.Items) if (!Write(item)) return false;
                    return true;
                case PyList l when ReferenceEquals(v.Type, interp.Types.List):
                    Byte('['); Int32(l.Count);
                    for (int k = 0; k < l.Count; k++) if (!Write(l.Items[k])) return false;
                    return true;
                case PyDict d when ReferenceEquals(v.Type, interp.Types.Dict):
                    Byte('{');
                    for (int p = 0; p < d.EntryLimit; p++)
                        if (d.TryGetEntry(p, out var key, out var value) && (!Write(key) || !Write(value))) return false;
                    Byte('0');
                    return true;
                case PySet set when ReferenceEquals(v.Type, interp.Types.Set) || ReferenceEquals(v.Type, interp.Types.FrozenSet):
                {
                    var items = new List<PyObject>();
                    int pos = 0;
                    while (set.Next(ref pos, out var key, out _)) items.Add(key);
                    Byte(ReferenceEquals(v.Type, interp.Types.Set) ? '<' : '>');
                    Int32(items.Count);
                    foreach (var item in items) if (!Write(item)) return false;
                    return true;
                }
            }
            _ts.Raise(ExceptionKind.ValueError, "unmarshallable object");
            return false;
        }
        finally { _depth--; }
    }

    void WriteInt(BigInteger value)
    {
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            Byte('i'); Int32((int)value);
            return;
        }
        // TYPE_LONG: signed count of 15-bit digits, least significant first.
        var magnitude = BigInteger.Abs(value);
        var digits = new List<int>();
        while (!magnitude.IsZero)
        {
            digits.Add((int)(magnitude & 0x7FFF));
            magnitude >>= 15;
        }
        Byte('l');
        Int32(value.Sign < 0 ? -digits.Count : digits.Count);
        foreach (var d in digits) { Byte(d & 0xFF); Byte(d >> 8); }
    }

    void WriteStr(string s)
    {
        bool ascii = true;
        foreach (var ch in s) if (ch > 0x7F) { ascii = false; break; }
        if (ascii && s.Length < 256)
        {
            Byte('z'); Byte(s.Length);
            foreach (var ch in s) Byte(ch);
        }
        else if (ascii)
        {
            Byte('a'); Int32(s.Length);
            foreach (var ch in s) Byte(ch);
        }
        else
        {
            // surrogatepass: lone surrogates survive the round trip, as in CPython.
            Byte('u'); Sized(EncodeUtf8SurrogatePass(s));
        }
    }

    /// <summary>UTF-8 that also encodes lone surrogates (as three bytes each), as marshal writes str.</summary>
    static byte[] EncodeUtf8SurrogatePass(string s)
    {
        var bytes = new List<byte>(s.Length * 2);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp < 0x80) bytes.Add((byte)cp);
            else if (cp < 0x800) { bytes.Add((byte)(0xC0 | cp >> 6)); bytes.Add((byte)(0x80 | cp & 0x3F)); }
            else if (cp < 0x10000)
            {
                bytes.Add((byte)(0xE0 | cp >> 12)); bytes.Add((byte)(0x80 | cp >> 6 & 0x3F)); bytes.Add((byte)(0x80 | cp & 0x3F));
            }
            else
            {
                bytes.Add((byte)(0xF0 | cp >> 18)); bytes.Add((byte)(0x80 | cp >> 12 & 0x3F));
                bytes.Add((byte)(0x80 | cp >> 6 & 0x3F)); bytes.Add((byte)(0x80 | cp & 0x3F));
            }
        }
        return bytes.ToArray();
    }
}
