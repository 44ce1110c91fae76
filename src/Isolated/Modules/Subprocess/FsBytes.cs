using Isolated.Modules.Posix;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Subprocess;

/// <summary>os.fsencode in C#: str as UTF-8 with surrogateescape, bytes as they are, path-like
/// objects through __fspath__; embedded NUL bytes are refused as CPython refuses them.</summary>
public static class FsBytes
{
    public static byte[]? Encode(ThreadState ts, PyObject o)
    {
        if (o is PyBytes b) return CheckNul(ts, b.Value);
        if (o is PyStr s)
        {
            if (EncodeString(s.Value, out int bad) is { } encoded) return CheckNul(ts, encoded);
            ts.Raise(ExceptionKind.UnicodeEncodeError, $"'utf-8' codec can't encode character '\\u{(int)s.Value[bad]:x4}' in position {bad}: surrogates not allowed");
            return null;
        }
        var path = PathArg.FsPath(ts, o, null);
        if (path is null) return null;
        return path is PyStr or PyBytes ? Encode(ts, path) : null;
    }

    static byte[]? CheckNul(ThreadState ts, byte[] value)
    {
        if (Array.IndexOf(value, (byte)0) < 0) return value;
        ts.Raise(ExceptionKind.ValueError, "embedded null byte");
        return null;
    }

    /// <summary>UTF-8, except that lone surrogates U+DC80..U+DCFF stand for the bytes 0x80..0xFF
    /// they escaped (the filesystem encoding's error handler).</summary>
    public static byte[]? EncodeString(string s, out int badIndex)
    {
        badIndex = -1;
        var output = new List<byte>(s.Length + 8);
        Span<byte> buf = stackalloc byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int n = new System.Text.Rune(c, s[i + 1]).EncodeToUtf8(buf);
                for (int k = 0; k < n; k++) output.Add(buf[k]);
                i++;
            }
            else if (c >= 0xDC80 && c <= 0xDCFF) output.Add((byte)(c - 0xDC00));
            else if (char.IsSurrogate(c))
            {
                badIndex = i;
                return null;
            }
            else
            {
                int n = new System.Text.Rune(c).EncodeToUtf8(buf);
                for (int k = 0; k < n; k++) output.Add(buf[k]);
            }
        }
        return output.ToArray();
    }
}
