using Isolated.CApi.Bridge;
using Isolated.Objects;

namespace Isolated.CApi.Boundary;

/// <summary>The `const char *` results that describe an object (a name): UTF-8 kept with the
/// object's native header, so the pointer stays valid while the object lives, as CPython's
/// tp_name or PyModule_GetName pointers do.</summary>
internal static unsafe class Strings
{
    public static byte* Utf8(ThreadState ts, PyObject owner, string text)
    {
        nint header = Api.Borrow(ts, owner);
        return (byte*)NativeInterpreterState.Of(ts.Interpreter).Arena.Utf8Of(header, text, out _);
    }

    /// <summary>A process-lifetime, NUL-terminated UTF-8 copy (static strings such as
    /// Py_GetVersion's, made once).</summary>
    public static byte* Permanent(string text)
    {
        int length = System.Text.Encoding.UTF8.GetByteCount(text);
        byte* buffer = (byte*)System.Runtime.InteropServices.NativeMemory.Alloc((nuint)length + 1);
        System.Text.Encoding.UTF8.GetBytes(text, new Span<byte>(buffer, length));
        buffer[length] = 0;
        return buffer;
    }

    /// <summary>A wchar_t (UTF-32) copy, NUL-terminated, allocated with malloc.</summary>
    public static int* Wide(string text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++, count++)
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        int* buffer = (int*)System.Runtime.InteropServices.NativeMemory.Alloc((nuint)(count + 1) * 4);
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                buffer[n++] = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else buffer[n++] = text[i];
        }
        buffer[n] = 0;
        return buffer;
    }

    /// <summary>A wchar_t string (UTF-32 on Linux) as a .NET string; null for NULL. Values that
    /// are not code points become U+FFFD.</summary>
    public static string? FromWide(int* s)
    {
        if (s == null) return null;
        var sb = new System.Text.StringBuilder();
        for (; *s != 0; s++)
        {
            if (*s < 0 || *s > 0x10FFFF || (*s >= 0xD800 && *s <= 0xDFFF)) sb.Append('\uFFFD');
            else sb.Append(char.ConvertFromUtf32(*s));
        }
        return sb.ToString();
    }
}
