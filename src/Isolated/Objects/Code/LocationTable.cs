using Isolated.Compiling;

namespace Isolated.Objects;

/// <summary>
/// The column half of a code object's position table, kept compact (like CPython's co_linetable):
/// runs of instruction words that share (end line − line, column, end column), each run four
/// varints — length, zigzag end-line delta, column + 1, end column + 1 (0 = unknown). The start
/// line of every word stays in <see cref="PyCode.Lines"/>. Read only on cold paths (tracebacks,
/// co_positions).
/// </summary>
public static class LocationTable
{
    public static readonly byte[] Empty = [];

    public static byte[] Encode(List<SourceLocation> locations)
    {
        if (locations.Count == 0) return Empty;
        var bytes = new List<byte>(locations.Count * 2);
        int i = 0;
        while (i < locations.Count)
        {
            var first = locations[i];
            int delta = first.EndLine - first.Line;
            int j = i + 1;
            while (j < locations.Count && locations[j].EndLine - locations[j].Line == delta
                   && locations[j].Col == first.Col && locations[j].EndCol == first.EndCol)
                j++;
            WriteVarint(bytes, (uint)(j - i));
            WriteVarint(bytes, (uint)((delta << 1) ^ (delta >> 31)));
            WriteVarint(bytes, (uint)(first.Col + 1));
            WriteVarint(bytes, (uint)(first.EndCol + 1));
            i = j;
        }
        return bytes.ToArray();
    }

    /// <summary>The (line, end line, column, end column) of every instruction word; -1 where unknown.</summary>
    public static SourceLocation[] Decode(byte[] table, int[] lines)
    {
        var result = new SourceLocation[lines.Length];
        int pos = 0, index = 0;
        while (pos < table.Length && index < result.Length)
        {
            int run = (int)ReadVarint(table, ref pos);
            uint zig = ReadVarint(table, ref pos);
            int delta = (int)(zig >> 1) ^ -(int)(zig & 1);
            int col = (int)ReadVarint(table, ref pos) - 1;
            int endCol = (int)ReadVarint(table, ref pos) - 1;
            for (int k = 0; k < run && index < result.Length; k++, index++)
            {
                int line = lines[index];
                result[index] = line > 0 ? new SourceLocation(line, line + delta, col, endCol) : new SourceLocation(-1, -1, -1, -1);
            }
        }
        for (; index < result.Length; index++)
            result[index] = lines[index] > 0 ? SourceLocation.LineOnly(lines[index]) : new SourceLocation(-1, -1, -1, -1);
        return result;
    }

    static void WriteVarint(List<byte> bytes, uint value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }
        bytes.Add((byte)value);
    }

    static uint ReadVarint(byte[] table, ref int pos)
    {
        uint value = 0;
        int shift = 0;
        while (pos < table.Length)
        {
            byte b = table[pos++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) break;
            shift += 7;
        }
        return value;
    }
}
