namespace Isolated.Modules.Binascii;

/// <summary>The checksums binascii and zlib share: CRC-32 (ISO 3309, reflected polynomial
/// 0xEDB88320), CRC-CCITT (binascii.crc_hqx, polynomial 0x1021) and Adler-32 (RFC 1950).</summary>
public static class Checksums
{
    static readonly uint[] Crc32Table = BuildCrc32Table();

    static uint[] BuildCrc32Table()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }

    /// <summary>Continues the CRC-32 <paramref name="crc"/> (0 to start) over <paramref name="data"/>.</summary>
    public static uint Crc32(uint crc, ReadOnlySpan<byte> data)
    {
        var table = Crc32Table;
        crc = ~crc;
        foreach (var b in data) crc = table[(crc ^ b) & 0xff] ^ (crc >> 8);
        return ~crc;
    }

    public static ushort CrcHqx(ushort crc, ReadOnlySpan<byte> data)
    {
        uint c = crc;
        foreach (var b in data)
        {
            c ^= (uint)b << 8;
            for (int k = 0; k < 8; k++) c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
        }
        return (ushort)c;
    }

    /// <summary>Continues the Adler-32 <paramref name="adler"/> (1 to start).</summary>
    public static uint Adler32(uint adler, ReadOnlySpan<byte> data)
    {
        const uint Mod = 65521;
        uint a = adler & 0xffff, b = adler >> 16;
        while (data.Length > 0)
        {
            // 5552 bytes is the most that cannot overflow 32 bits before the modulo.
            int n = Math.Min(data.Length, 5552);
            foreach (var x in data[..n])
            {
                a += x;
                b += a;
            }
            a %= Mod;
            b %= Mod;
            data = data[n..];
        }
        return b << 16 | a;
    }
}
