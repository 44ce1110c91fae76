using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Isolated.Objects;
using Isolated.Runtime;
using Isolated.Text;

namespace Isolated.Modules.Marshaling;

/// <summary>Reads marshal data (versions 0–4, with back-references) of the data types
/// <see cref="MarshalWriter"/> writes; code objects raise ValueError (there is no bytecode
/// compatibility with CPython).</summary>
public sealed class MarshalReader
{
    const int FlagRef = 0x80;
    readonly ThreadState _ts;
    readonly byte[] _data;
    int _pos;
    readonly List<PyObject?> _refs = new();
    int _depth;

    public MarshalReader(ThreadState ts, byte[] data)
    {
        _ts = ts;
        _data = data;
    }

    public int Position => _pos;

    PyObject? Eof() => _ts.Raise(ExceptionKind.EOFError, "marshal data too short");

    bool Need(int n) => n <= _data.Length - _pos;   // not _pos + n, which can overflow

    public PyObject? Read()
    {
        if (++_depth > 2000 || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            return _ts.Raise(ExceptionKind.ValueError, "recursion limit exceeded");
        }
        try { return ReadObject(); }
        finally { _depth--; }
    }

    PyObject? ReadObject()
    {
        var interp = _ts.Interpreter;
        if (!Need(1)) return Eof();
        int code = _data[_pos++];
        bool flag = (code & FlagRef) != 0;
        code &= ~FlagRef;
        int refIndex = -1;
        if (flag)
        {
            refIndex = _refs.Count;
            _refs.Add(null);
        }
        PyObject? result;
        switch ((char)code)
        {
            case 'N': result = interp.None; break;
            case 'T': result = interp.True; break;
            case 'F': result = interp.False; break;
            case '.': result = interp.Ellipsis; break;
            case 'S': result = interp.ExceptionType(ExceptionKind.StopIteration); break;
            case 'i':
                if (!Need(4)) return Eof();
                result = interp.Int(BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_pos))); _pos += 4;
                break;
            case 'l':
            {
                if (!Need(4)) return Eof();
                int n = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_pos)); _pos += 4;
                if (n == int.MinValue) return _ts.Raise(ExceptionKind.ValueError, "bad marshal data (long size out of range)");
                int count = Math.Abs(n);
                // Compared as a count of digits left, not 2 * count, which can overflow.
                if (count > (_data.Length - _pos) / 2) return Eof();
                BigInteger value = BigInteger.Zero;
                for (int k = count - 1; k >= 0; k--)
                {
                    int d = _data[_pos + 2 * k] | _data[_pos + 2 * k + 1] << 8;
                    if (d > 0x7FFF) return _ts.Raise(ExceptionKind.ValueError, "bad marshal data (digit out of range in long)");
                    value = (value << 15) | d;
                }
                _pos += 2 * count;
                result = interp.Int(n < 0 ? -value : value);
                break;
            }
            case 'g':
                if (!Need(8)) return Eof();
                result = new PyFloat(interp.Types.Float, BinaryPrimitives.ReadDoubleLittleEndian(_data.AsSpan(_pos))); _pos += 8;
                break;
            case 'y':
                if (!Need(16)) return Eof();
                result = new PyComplex(interp.Types.Complex, BinaryPrimitives.ReadDoubleLittleEndian(_data.AsSpan(_pos)),
                                       BinaryPrimitives.ReadDoubleLittleEndian(_data.AsSpan(_pos + 8)));
                _pos += 16;
                break;
            case 's':
            {
                var bytes = ReadSized(false);
                if (bytes is null) return null;
                result = PyBytes.Create(interp, bytes);
                break;
            }
            case 'u': case 't':
            {
                var bytes = ReadSized(false);
                if (bytes is null) return null;
                var text = Utf8Codec.Decode(_ts, bytes, new CodecErrorHandler("surrogatepass"), "utf-8");
                if (text is null) return null;
                result = interp.Str(text);
                break;
            }
            case 'a': case 'A': case 'z': case 'Z':
            {
                var bytes = ReadSized(code is 'z' or 'Z');
                if (bytes is null) return null;
                result = interp.Str(Encoding.Latin1.GetString(bytes));
                break;
            }
            case '(': case ')':
            {
                int n = ReadCount(code == ')');
                if (n < 0) return null;
                var items = new PyObject[n];
                var tuple = n == 0 ? interp.EmptyTuple : new PyTuple(interp.Types.Tuple, items);
                if (refIndex >= 0) _refs[refIndex] = tuple;
                for (int k = 0; k < n; k++)
                    if ((items[k] = Read()!) is null) return null;
                result = tuple;
                break;
            }
            case '[':
            {
                int n = ReadCount(false);
                if (n < 0) return null;
                var list = new PyList(interp.Types.List, n);
                if (refIndex >= 0) _refs[refIndex] = list;
                for (int k = 0; k < n; k++)
                {
                    var item = Read();
                    if (item is null) return null;
                    list.Append(item);
                }
                result = list;
                break;
            }
            case '{':
            {
                var dict = new PyDict(interp.Types.Dict);
                if (refIndex >= 0) _refs[refIndex] = dict;
                while (true)
                {
                    if (!Need(1)) return Eof();
                    if (_data[_pos] == '0') { _pos++; break; }
                    var key = Read();
                    if (key is null) return null;
                    var value = Read();
                    if (value is null) return null;
                    if (!dict.TrySetItem(_ts, key, value)) return null;
                }
                result = dict;
                break;
            }
            case '<': case '>':
            {
                int n = ReadCount(false);
                if (n < 0) return null;
                var set = new PySet(code == '<' ? interp.Types.Set : interp.Types.FrozenSet);
                if (refIndex >= 0) _refs[refIndex] = set;
                for (int k = 0; k < n; k++)
                {
                    var item = Read();
                    if (item is null || set.Add(_ts, item) < 0) return null;
                }
                result = set;
                break;
            }
            case 'r':
            {
                if (!Need(4)) return Eof();
                int index = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_pos)); _pos += 4;
                if (index < 0 || index >= _refs.Count || _refs[index] is null)
                    return _ts.Raise(ExceptionKind.ValueError, "bad marshal data (invalid reference)");
                return _refs[index];
            }
            case 'c':
                return _ts.Raise(ExceptionKind.ValueError, "bad marshal data (code objects are not supported by this runtime)");
            default:
                return _ts.Raise(ExceptionKind.ValueError, "bad marshal data (unknown type code)");
        }
        if (refIndex >= 0) _refs[refIndex] = result;
        return result;
    }

    int ReadCount(bool small)
    {
        if (small)
        {
            if (!Need(1)) { Eof(); return -1; }
            return _data[_pos++];
        }
        if (!Need(4)) { Eof(); return -1; }
        int n = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_pos));
        _pos += 4;
        if (n < 0) { _ts.Raise(ExceptionKind.ValueError, "bad marshal data (size out of range)"); return -1; }
        // Every item or byte takes at least one byte of input: a larger count cannot be satisfied,
        // so say so before allocating room for it (CPython allocates first).
        if (n > _data.Length - _pos) { Eof(); return -1; }
        return n;
    }

    byte[]? ReadSized(bool small)
    {
        int n = ReadCount(small);
        if (n < 0) return null;
        if (!Need(n)) { Eof(); return null; }
        var bytes = _data.AsSpan(_pos, n).ToArray();
        _pos += n;
        return bytes;
    }
}
