using Isolated.Runtime;

namespace Isolated.Modules.Struct;

/// <summary>
/// A struct format string compiled once: the byte order, each item's code, offset and size, and
/// the total size. Native mode ('@', the default) uses this platform's C sizes and alignment
/// (LP64: long and pointers are 8 bytes); '=', '<', '>' and '!' use the standard sizes with no
/// alignment.
/// </summary>
public sealed class StructLayout
{
    public readonly string Format;
    public readonly bool LittleEndian;
    public readonly bool Native;
    public readonly StructCode[] Codes;
    public readonly int Size;

    /// <summary>The number of values packed or unpacked.</summary>
    public readonly int ItemCount;

    StructLayout(string format, bool littleEndian, bool native, StructCode[] codes, int size, int itemCount)
    {
        ItemCount = itemCount;
        Format = format;
        LittleEndian = littleEndian;
        Native = native;
        Codes = codes;
        Size = size;
    }

    /// <summary>Size of one item of <paramref name="c"/>, or 0 when the code is not valid in this mode.</summary>
    public static int ItemSize(char c, bool native) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => native ? 8 : 4,
        'q' or 'Q' or 'd' => 8,
        'n' or 'N' or 'P' => native ? 8 : 0,
        _ => 0,
    };

    /// <summary>Compiles <paramref name="format"/>; null with struct.error set when it is invalid.</summary>
    public static StructLayout? Compile(ThreadState ts, string format)
    {
        int pos = 0;
        bool native = true, little = BitConverter.IsLittleEndian;
        if (format.Length > 0)
        {
            switch (format[0])
            {
                case '@': pos = 1; break;
                case '=': pos = 1; native = false; break;
                case '<': pos = 1; native = false; little = true; break;
                case '>' or '!': pos = 1; native = false; little = false; break;
            }
        }
        var codes = new List<StructCode>();
        long size = 0, items = 0;
        while (pos < format.Length)
        {
            char c = format[pos++];
            if (char.IsWhiteSpace(c)) continue;
            long count = 1;
            if (c is >= '0' and <= '9')
            {
                count = c - '0';
                while (true)
                {
                    if (pos >= format.Length)
                        return Fail(ts, "repeat count given without format specifier");
                    c = format[pos++];
                    if (c is < '0' or > '9') break;
                    if (count > (int.MaxValue - (c - '0')) / 10) return Fail(ts, "total struct size too long");
                    count = count * 10 + (c - '0');
                }
            }
            int itemSize = ItemSize(c, native);
            if (itemSize == 0) return Fail(ts, "bad char in struct format");
            if (native && c is not ('x' or 'c' or 'b' or 'B' or '?' or 's' or 'p'))
                size = (size + itemSize - 1) / itemSize * itemSize;
            if (c is 's' or 'p')
            {
                codes.Add(new StructCode(c, (int)size, (int)count, 1));
                size += count;
                items++;
            }
            else
            {
                if (c != 'x' && count > 0)
                {
                    codes.Add(new StructCode(c, (int)size, itemSize, (int)count));
                    items += count;
                }
                size += count * itemSize;
            }
            if (size > int.MaxValue) return Fail(ts, "total struct size too long");
        }
        return new StructLayout(format, little, native, codes.ToArray(), (int)size, (int)items);
    }

    static StructLayout? Fail(ThreadState ts, string message)
    {
        StructModule.RaiseError(ts, message);
        return null;
    }
}
