using System.Text;

namespace Isolated.Tests.Abi;

/// <summary>
/// Reads the defined, global symbols of an ELF64 little-endian shared object's dynamic symbol
/// table (.dynsym) — what <c>nm -D --defined-only</c> lists, without needing binutils.
/// </summary>
internal static class ElfSymbols
{
    private const uint SHT_DYNSYM = 11;
    private const ushort SHN_UNDEF = 0, SHN_ABS = 0xfff1;
    private const byte STB_GLOBAL = 1, STB_WEAK = 2;

    public sealed record Symbol(string Name, bool IsFunction);

    public static List<Symbol> ReadDefinedDynamic(string path)
    {
        byte[] f = File.ReadAllBytes(path);
        if (f.Length < 64 || f[0] != 0x7f || f[1] != (byte)'E' || f[2] != (byte)'L' || f[3] != (byte)'F')
            throw new InvalidDataException($"{path} is not an ELF file");
        if (f[4] != 2 || f[5] != 1)
            throw new InvalidDataException($"{path} is not ELF64 little-endian");

        ulong shoff = BitConverter.ToUInt64(f, 0x28);
        int shentsize = BitConverter.ToUInt16(f, 0x3A), shnum = BitConverter.ToUInt16(f, 0x3C);
        var result = new List<Symbol>();
        for (int i = 0; i < shnum; i++)
        {
            int sh = checked((int)shoff + i * shentsize);
            if (BitConverter.ToUInt32(f, sh + 4) != SHT_DYNSYM) continue;
            long off = (long)BitConverter.ToUInt64(f, sh + 0x18), size = (long)BitConverter.ToUInt64(f, sh + 0x20);
            long entsize = (long)BitConverter.ToUInt64(f, sh + 0x38);
            int link = (int)BitConverter.ToUInt32(f, sh + 0x28);
            int strSh = checked((int)shoff + link * shentsize);
            long strOff = (long)BitConverter.ToUInt64(f, strSh + 0x18);
            for (long s = off + entsize; s + entsize <= off + size; s += entsize) // entry 0 is null
            {
                uint name = BitConverter.ToUInt32(f, (int)s);
                byte info = f[s + 4];
                ushort shndx = BitConverter.ToUInt16(f, (int)s + 6);
                int bind = info >> 4, type = info & 0xf;
                if (shndx == SHN_UNDEF || shndx == SHN_ABS) continue; // imports; version nodes (V1.0)
                if (bind != STB_GLOBAL && bind != STB_WEAK) continue;
                result.Add(new Symbol(ReadCString(f, strOff + name), type == 2 /* STT_FUNC */));
            }
        }
        return result;
    }

    private static string ReadCString(byte[] f, long at)
    {
        long end = at;
        while (f[end] != 0) end++;
        return Encoding.ASCII.GetString(f, (int)at, (int)(end - at));
    }
}
