using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Binascii;

/// <summary>binascii's quoted-printable codec (RFC 1521; header=True is the RFC 1522 form where
/// '_' stands for a space), with CPython's choices: lines of at most 76 characters, CRLF line
/// ends when the data's first line ends so, a lone '.' at a line start quoted.</summary>
static class QuotedPrintable
{
    const int MaxLineSize = 76;
    static readonly string[] A2bParams = ["data", "header"];
    static readonly string[] B2aParams = ["data", "quotetabs", "istext", "header"];

    static bool Flag(ThreadState ts, PyObject? o, bool fallback, out bool value)
    {
        value = fallback;
        if (o is null) return true;
        int t = Ops.IsTrue(ts, o);
        value = t == 1;
        return t >= 0;
    }

    public static PyObject? A2bQp(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "a2b_qp", args, kw, A2bParams, 1, a)) return null;
        if (!BinasciiModule.AsciiData(ts, a[0]!, out var data) || !Flag(ts, a[1], false, out bool header)) return null;
        var r = new List<byte>(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            byte c = data[i];
            if (c == '=')
            {
                i++;
                if (i >= data.Length) break;
                if (data[i] == '\n' || data[i] == '\r')
                {
                    // A soft line break: '=' then the rest of the line end.
                    while (i < data.Length && data[i] != '\n') i++;
                    if (i < data.Length) i++;
                }
                else if (data[i] == '=')
                {
                    r.Add((byte)'=');   // "==": what some broken encoders write for '='
                    i++;
                }
                else if (i + 1 < data.Length && HexValue(data[i]) >= 0 && HexValue(data[i + 1]) >= 0)
                {
                    r.Add((byte)(HexValue(data[i]) << 4 | HexValue(data[i + 1])));
                    i += 2;
                }
                else r.Add((byte)'=');
            }
            else
            {
                r.Add(header && c == '_' ? (byte)' ' : c);
                i++;
            }
        }
        return PyBytes.Create(ts.Interpreter, [.. r]);
    }

    static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    public static PyObject? B2aQp(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "b2a_qp", args, kw, B2aParams, 1, a)) return null;
        if (!ByteStringMethods.TryArg(ts, a[0]!, out var data)
            || !Flag(ts, a[1], false, out bool quoteTabs) || !Flag(ts, a[2], true, out bool isText)
            || !Flag(ts, a[3], false, out bool header))
            return null;
        int firstNewline = data.IndexOf((byte)'\n');
        bool crlf = firstNewline > 0 && data[firstNewline - 1] == '\r';
        var r = new List<byte>(data.Length + data.Length / 8);
        int lineLength = 0, i = 0;
        while (i < data.Length)
        {
            byte c = data[i];
            bool atEnd = i + 1 == data.Length;
            byte next = atEnd ? (byte)0 : data[i + 1];
            bool quote = c > 126 || c == '=' || header && c == '_'
                || c == '.' && lineLength == 0 && (atEnd || next == '\n' || next == '\r' || next == 0)
                || !isText && (c == '\r' || c == '\n')
                || (c == '\t' || c == ' ') && atEnd
                || c < 33 && c != '\r' && c != '\n' && (quoteTabs || c != '\t' && c != ' ');
            if (quote)
            {
                if (lineLength + 3 >= MaxLineSize) { SoftBreak(r, crlf); lineLength = 0; }
                AddEscape(r, c);
                i++;
                lineLength += 3;
            }
            else if (isText && (c == '\n' || !atEnd && c == '\r' && next == '\n'))
            {
                lineLength = 0;
                // Whitespace before a line end would be lost in transport: quote it.
                if (r.Count > 0 && (r[^1] == ' ' || r[^1] == '\t'))
                {
                    byte ws = r[^1];
                    r.RemoveAt(r.Count - 1);
                    AddEscape(r, ws);
                }
                if (crlf) r.Add((byte)'\r');
                r.Add((byte)'\n');
                i += c == '\r' ? 2 : 1;
            }
            else
            {
                if (!atEnd && next != '\n' && lineLength + 1 >= MaxLineSize) { SoftBreak(r, crlf); lineLength = 0; }
                lineLength++;
                r.Add(header && c == ' ' ? (byte)'_' : c);
                i++;
            }
        }
        return PyBytes.Create(ts.Interpreter, [.. r]);
    }

    static void SoftBreak(List<byte> r, bool crlf)
    {
        r.Add((byte)'=');
        if (crlf) r.Add((byte)'\r');
        r.Add((byte)'\n');
    }

    static void AddEscape(List<byte> r, byte c)
    {
        const string Hex = "0123456789ABCDEF";
        r.Add((byte)'=');
        r.Add((byte)Hex[c >> 4]);
        r.Add((byte)Hex[c & 15]);
    }
}
