namespace Isolated.Parsing;

/// <summary>
/// Maps ASCII identifier bytes to one shared <see cref="string"/> per distinct name, so that a source file
/// allocates each identifier once however often it occurs (open addressing, grows at half load).
/// </summary>
internal sealed class NameTable
{
    private string?[] _entries = new string?[512];
    private int[] _hashes = new int[512];
    private int _count;

    public string GetOrAdd(ReadOnlySpan<byte> ascii)
    {
        int hash = Hash(ascii);
        int mask = _entries.Length - 1;
        int i = hash & mask;
        while (true)
        {
            string? entry = _entries[i];
            if (entry is null)
                break;
            if (_hashes[i] == hash && Equal(entry, ascii))
                return entry;
            i = (i + 1) & mask;
        }
        string s = string.Create(ascii.Length, ascii.ToArray(), static (dst, src) =>
        {
            for (int k = 0; k < src.Length; k++)
                dst[k] = (char)src[k];
        });
        _entries[i] = s;
        _hashes[i] = hash;
        if (++_count * 2 > _entries.Length)
            Grow();
        return s;
    }

    private static bool Equal(string s, ReadOnlySpan<byte> ascii)
    {
        if (s.Length != ascii.Length)
            return false;
        for (int k = 0; k < ascii.Length; k++)
        {
            if (s[k] != ascii[k])
                return false;
        }
        return true;
    }

    private static int Hash(ReadOnlySpan<byte> ascii)
    {
        uint h = 2166136261;
        foreach (byte b in ascii)
            h = (h ^ b) * 16777619;
        return (int)(h & 0x7FFFFFFF);
    }

    private void Grow()
    {
        var oldEntries = _entries;
        var oldHashes = _hashes;
        _entries = new string?[oldEntries.Length * 2];
        _hashes = new int[oldEntries.Length * 2];
        int mask = _entries.Length - 1;
        for (int k = 0; k < oldEntries.Length; k++)
        {
            if (oldEntries[k] is null)
                continue;
            int i = oldHashes[k] & mask;
            while (_entries[i] is not null)
                i = (i + 1) & mask;
            _entries[i] = oldEntries[k];
            _hashes[i] = oldHashes[k];
        }
    }
}
