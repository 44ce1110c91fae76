using System.Runtime.InteropServices;

namespace Isolated.CApi.Bridge;

/// <summary>
/// NUL-terminated UTF-8 copies of attribute names for C functions that take a <c>char*</c> name
/// (Py_tp_getattr, Py_tp_setattr), one per distinct name, so that a lookup allocates nothing
/// after the first (CPython passes the name's cached PyUnicode_AsUTF8 buffer). Bounded: past
/// <see cref="Limit"/> names a copy is made for the call only. One per interpreter, under its GIL;
/// freed when the interpreter ends.
/// </summary>
internal sealed unsafe class Utf8NameCache : IDisposable
{
    const int Limit = 4096;
    readonly Dictionary<string, nint> _names = new();

    /// <summary>The UTF-8 copy of <paramref name="name"/>; <paramref name="temporary"/> tells the
    /// caller to free it with <see cref="Release"/> after the call (the cache is full).</summary>
    public nint Get(string name, out bool temporary)
    {
        temporary = false;
        if (_names.TryGetValue(name, out nint cached)) return cached;
        nint copy = Copy(name);
        if (_names.Count < Limit) _names.Add(name, copy);
        else temporary = true;
        return copy;
    }

    public static void Release(nint copy) => NativeMemory.Free((void*)copy);

    /// <summary>A NUL-terminated UTF-8 copy of <paramref name="name"/> in native memory (NativeMemory.Free frees it).</summary>
    public static nint Copy(string name)
    {
        int length = System.Text.Encoding.UTF8.GetByteCount(name);
        byte* buffer = (byte*)NativeMemory.Alloc((nuint)length + 1);
        System.Text.Encoding.UTF8.GetBytes(name, new Span<byte>(buffer, length));
        buffer[length] = 0;
        return (nint)buffer;
    }

    public void Dispose()
    {
        foreach (nint copy in _names.Values) NativeMemory.Free((void*)copy);
        _names.Clear();
    }
}
