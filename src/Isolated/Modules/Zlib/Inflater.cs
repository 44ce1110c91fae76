namespace Isolated.Modules.Zlib;

/// <summary>
/// A DEFLATE decoder (RFC 1951) with the zlib (RFC 1950) and gzip (RFC 1952) wrappers, fed
/// incrementally. Written here rather than taken from System.IO.Compression because zlib's
/// decompressobj must know exactly where the compressed stream ends (unused_data), stop at an
/// output limit (unconsumed_tail) and be copyable. Decoding advances in units (a block header, a
/// code-length table, one literal or one length/distance pair, ...); a unit whose input has not
/// all arrived is rolled back and retried when more input comes.
/// </summary>
public sealed class Inflater
{
    public enum Wrapper { Raw, Zlib, Gzip, Auto }

    enum Stage { Header, BlockHeader, Stored, Codes, Trailer, Done }

    const int WindowSize = 1 << 15, WindowMask = (1 << 16) - 1;

    static readonly ushort[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    static readonly byte[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    static readonly ushort[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    static readonly byte[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    static readonly byte[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    static readonly HuffmanCode FixedLiterals = BuildFixed(literals: true);
    static readonly HuffmanCode FixedDistances = BuildFixed(literals: false);

    Wrapper _wrapper;
    readonly int _windowBits;
    Stage _stage = Stage.Header;

    // Input not yet consumed: _input[_bitPos / 8 .. _inputEnd), the first byte possibly in part.
    byte[] _input = new byte[256];
    int _inputEnd;
    long _bitPos;

    byte[] _window = new byte[WindowMask + 1];
    long _total;         // bytes written to the window (output plus a preset dictionary)
    long _outputTotal;   // bytes of output (for the gzip length check)
    uint _check;         // running Adler-32 (zlib) or CRC-32 (gzip) of the output
    byte[]? _dictionary;
    bool _lastBlock;
    int _storedRemaining;
    HuffmanCode? _literals, _distances;
    int _copyLength, _copyDistance;

    /// <summary>Set once the stream's end (and trailer) has been read.</summary>
    public bool Finished => _stage == Stage.Done;

    /// <summary>The error that stopped decoding ("invalid block type", ...), if any.</summary>
    public string? Error { get; private set; }

    /// <summary>True when the zlib header asked for a preset dictionary that was not given.</summary>
    public bool NeedsDictionary { get; private set; }

    public Inflater(Wrapper wrapper, int windowBits, byte[]? dictionary)
    {
        _wrapper = wrapper;
        _windowBits = windowBits;
        _dictionary = dictionary;
        if (wrapper == Wrapper.Raw)
        {
            _stage = Stage.BlockHeader;
            if (dictionary is not null) Preload(dictionary);
        }
    }

    public Inflater Clone()
    {
        var c = (Inflater)MemberwiseClone();
        c._input = (byte[])_input.Clone();
        c._window = (byte[])_window.Clone();
        return c;
    }

    void Preload(byte[] dictionary)
    {
        foreach (var b in dictionary) _window[(int)(_total++ & WindowMask)] = b;
    }

    /// <summary>Adds compressed input.</summary>
    public void Feed(ReadOnlySpan<byte> data)
    {
        int start = (int)(_bitPos >> 3);
        int live = _inputEnd - start;
        if (live + data.Length > _input.Length || start > 0)
        {
            var bigger = live + data.Length > _input.Length ? new byte[Math.Max(_input.Length * 2, live + data.Length)] : _input;
            Array.Copy(_input, start, bigger, 0, live);
            _input = bigger;
            _inputEnd = live;
            _bitPos -= (long)start << 3;
        }
        data.CopyTo(_input.AsSpan(_inputEnd));
        _inputEnd += data.Length;
    }

    /// <summary>Whole bytes of input not consumed yet (after the end: unused data).</summary>
    public ReadOnlySpan<byte> Remaining => _input.AsSpan((int)((_bitPos + 7) >> 3), _inputEnd - (int)((_bitPos + 7) >> 3));

    /// <summary>Forgets the whole bytes of input not consumed yet (the caller keeps them as unconsumed_tail).</summary>
    public void DropRemaining() => _inputEnd = (int)((_bitPos + 7) >> 3);

    /// <summary>Decodes into <paramref name="output"/> until the input runs out, the stream ends,
    /// <paramref name="limit"/> bytes were produced (limit &lt;= 0: no limit) or an error (false).</summary>
    public bool Inflate(OutputBuffer output, long limit)
    {
        if (Error is not null) return false;
        while (true)
        {
            if (limit > 0 && output.Length >= limit) return true;
            long unit = _bitPos;
            var r = Step(output, limit);
            if (r == StepResult.NeedInput)
            {
                _bitPos = unit;
                return true;
            }
            if (r == StepResult.Failed) return false;
            if (r == StepResult.End) return true;
        }
    }

    enum StepResult { Progress, NeedInput, End, Failed }

    bool Fail(string message)
    {
        Error = message;
        return false;
    }

    StepResult Failed(string message)
    {
        Error = message;
        return StepResult.Failed;
    }

    // ---- bits ----

    bool Need(int bits) => _bitPos + bits <= (long)_inputEnd << 3;

    int Bits(int n)
    {
        int v = 0;
        for (int i = 0; i < n; i++, _bitPos++)
            v |= ((_input[(int)(_bitPos >> 3)] >> (int)(_bitPos & 7)) & 1) << i;
        return v;
    }

    /// <summary>A symbol of <paramref name="code"/>, -1 when the input ends first, -2 when invalid.</summary>
    int Decode(HuffmanCode code)
    {
        int value = 0, first = 0, index = 0;
        for (int length = 1; length <= HuffmanCode.MaxBits; length++)
        {
            if (!Need(1)) return -1;
            value |= Bits(1);
            int count = code.Counts[length];
            if (value - first < count) return code.Symbols[index + value - first];
            index += count;
            first = (first + count) << 1;
            value <<= 1;
        }
        return -2;
    }

    void AlignToByte() => _bitPos = (_bitPos + 7) & ~7L;

    // ---- output ----

    void Emit(OutputBuffer output, byte b)
    {
        _window[(int)(_total++ & WindowMask)] = b;
        output.Add(b);
        _outputTotal++;
    }

    void UpdateCheck(ReadOnlySpan<byte> produced)
    {
        if (_wrapper == Wrapper.Zlib) _check = Binascii.Checksums.Adler32(_check, produced);
        else if (_wrapper == Wrapper.Gzip) _check = Binascii.Checksums.Crc32(_check, produced);
    }

    StepResult Step(OutputBuffer output, long limit)
    {
        switch (_stage)
        {
            case Stage.Header:
                return ReadHeader();
            case Stage.BlockHeader:
                return ReadBlockHeader();
            case Stage.Stored:
            {
                if (_storedRemaining == 0)
                {
                    _stage = _lastBlock ? Stage.Trailer : Stage.BlockHeader;
                    return StepResult.Progress;
                }
                int available = _inputEnd - (int)(_bitPos >> 3);
                if (available == 0) return StepResult.NeedInput;
                int n = Math.Min(available, _storedRemaining);
                if (limit > 0) n = (int)Math.Min(n, limit - output.Length);
                int start = output.Length;
                for (int i = 0; i < n; i++) Emit(output, _input[(int)(_bitPos >> 3) + i]);
                _bitPos += (long)n << 3;
                _storedRemaining -= n;
                UpdateCheck(output.Span(start));
                return StepResult.Progress;
            }
            case Stage.Codes:
                return DecodeSymbols(output, limit);
            case Stage.Trailer:
                return ReadTrailer();
            default:
                return StepResult.End;
        }
    }

    StepResult ReadHeader()
    {
        if (_wrapper == Wrapper.Auto)
        {
            if (!Need(16)) return StepResult.NeedInput;
            int at = (int)(_bitPos >> 3);
            _wrapper = _input[at] == 0x1f && _input[at + 1] == 0x8b ? Wrapper.Gzip : Wrapper.Zlib;
        }
        if (_wrapper == Wrapper.Zlib)
        {
            if (!Need(16)) return StepResult.NeedInput;
            int cmf = Bits(8), flg = Bits(8);
            if ((cmf * 256 + flg) % 31 != 0) return Failed("incorrect header check");
            if ((cmf & 0xf) != 8) return Failed("unknown compression method");
            if ((cmf >> 4) + 8 > _windowBits) return Failed("invalid window size");
            if ((flg & 0x20) != 0)
            {
                if (!Need(32)) return StepResult.NeedInput;
                uint id = (uint)Bits(8) << 24 | (uint)Bits(8) << 16 | (uint)Bits(8) << 8 | (uint)Bits(8);
                if (_dictionary is null)
                {
                    NeedsDictionary = true;
                    return Failed("need dictionary");
                }
                if (Binascii.Checksums.Adler32(1, _dictionary) != id) return Failed("incorrect dictionary");
                Preload(_dictionary);
            }
            _check = 1;
            _stage = Stage.BlockHeader;
            return StepResult.Progress;
        }
        // gzip: magic, method, flags, mtime, xfl, os, then the optional fields.
        if (!Need(80)) return StepResult.NeedInput;
        if (Bits(8) != 0x1f || Bits(8) != 0x8b) return Failed("incorrect header check");
        if (Bits(8) != 8) return Failed("unknown compression method");
        int flags = Bits(8);
        Bits(16); Bits(16); Bits(8); Bits(8);
        if ((flags & 4) != 0)
        {
            if (!Need(16)) return StepResult.NeedInput;
            int extra = Bits(16);
            if (!Need(extra * 8)) return StepResult.NeedInput;
            _bitPos += (long)extra * 8;
        }
        for (int bit = 8; bit <= 16; bit <<= 1)
        {
            if ((flags & bit) == 0) continue;
            while (true)
            {
                if (!Need(8)) return StepResult.NeedInput;
                if (Bits(8) == 0) break;
            }
        }
        if ((flags & 2) != 0)
        {
            if (!Need(16)) return StepResult.NeedInput;
            Bits(16);
        }
        _check = 0;
        _stage = Stage.BlockHeader;
        return StepResult.Progress;
    }

    StepResult ReadBlockHeader()
    {
        if (!Need(3)) return StepResult.NeedInput;
        _lastBlock = Bits(1) == 1;
        int type = Bits(2);
        switch (type)
        {
            case 0:
                AlignToByte();
                if (!Need(32)) return StepResult.NeedInput;
                int length = Bits(16), complement = Bits(16);
                if ((length ^ 0xffff) != complement) return Failed("invalid stored block lengths");
                _storedRemaining = length;
                _stage = Stage.Stored;
                return StepResult.Progress;
            case 1:
                _literals = FixedLiterals;
                _distances = FixedDistances;
                _stage = Stage.Codes;
                return StepResult.Progress;
            case 2:
                return ReadDynamicTables();
            default:
                return Failed("invalid block type");
        }
    }

    StepResult ReadDynamicTables()
    {
        if (!Need(14)) return StepResult.NeedInput;
        int nlen = Bits(5) + 257, ndist = Bits(5) + 1, ncode = Bits(4) + 4;
        if (nlen > 286 || ndist > 30) return Failed("too many length or distance symbols");
        Span<byte> lengths = stackalloc byte[320];
        lengths.Clear();
        if (!Need(ncode * 3)) return StepResult.NeedInput;
        for (int i = 0; i < ncode; i++) lengths[CodeLengthOrder[i]] = (byte)Bits(3);
        var codeLengths = HuffmanCode.Build(lengths[..19], out bool complete);
        if (codeLengths is null || !complete) return Failed("invalid code lengths set");
        lengths.Clear();
        int index = 0;
        while (index < nlen + ndist)
        {
            int symbol = Decode(codeLengths);
            if (symbol == -1) return StepResult.NeedInput;
            if (symbol < 0) return Failed("invalid code lengths set");
            if (symbol < 16)
            {
                lengths[index++] = (byte)symbol;
                continue;
            }
            int repeat;
            byte value = 0;
            if (symbol == 16)
            {
                if (index == 0) return Failed("invalid bit length repeat");
                value = lengths[index - 1];
                if (!Need(2)) return StepResult.NeedInput;
                repeat = 3 + Bits(2);
            }
            else if (symbol == 17)
            {
                if (!Need(3)) return StepResult.NeedInput;
                repeat = 3 + Bits(3);
            }
            else
            {
                if (!Need(7)) return StepResult.NeedInput;
                repeat = 11 + Bits(7);
            }
            if (index + repeat > nlen + ndist) return Failed("invalid bit length repeat");
            while (repeat-- > 0) lengths[index++] = value;
        }
        if (lengths[256] == 0) return Failed("invalid code -- missing end-of-block");
        var literals = HuffmanCode.Build(lengths[..nlen], out complete);
        if (literals is null || !complete && nlen - CountZero(lengths[..nlen]) != 1) return Failed("invalid literal/lengths set");
        var distances = HuffmanCode.Build(lengths.Slice(nlen, ndist), out complete);
        if (distances is null || !complete && ndist - CountZero(lengths.Slice(nlen, ndist)) > 1) return Failed("invalid distances set");
        _literals = literals;
        _distances = distances;
        _stage = Stage.Codes;
        return StepResult.Progress;
    }

    static int CountZero(ReadOnlySpan<byte> lengths)
    {
        int n = 0;
        foreach (var l in lengths) if (l == 0) n++;
        return n;
    }

    StepResult DecodeSymbols(OutputBuffer output, long limit)
    {
        int start = output.Length;
        try
        {
            while (true)
            {
                if (_copyLength > 0)
                {
                    int n = _copyLength;
                    if (limit > 0) n = (int)Math.Min(n, limit - output.Length);
                    for (int i = 0; i < n; i++) Emit(output, _window[(int)((_total - _copyDistance) & WindowMask)]);
                    _copyLength -= n;
                    if (_copyLength > 0) return StepResult.Progress;
                }
                if (limit > 0 && output.Length >= limit) return StepResult.Progress;
                long unit = _bitPos;
                int symbol = Decode(_literals!);
                if (symbol == -1) { _bitPos = unit; return output.Length > start ? StepResult.Progress : StepResult.NeedInput; }
                if (symbol < 0) return Failed("invalid literal/length code");
                if (symbol < 256)
                {
                    Emit(output, (byte)symbol);
                    continue;
                }
                if (symbol == 256)
                {
                    _stage = _lastBlock ? Stage.Trailer : Stage.BlockHeader;
                    return StepResult.Progress;
                }
                symbol -= 257;
                if (symbol >= 29) return Failed("invalid literal/length code");
                if (!Need(LengthExtra[symbol])) { _bitPos = unit; return output.Length > start ? StepResult.Progress : StepResult.NeedInput; }
                int length = LengthBase[symbol] + Bits(LengthExtra[symbol]);
                int d = Decode(_distances!);
                if (d == -1) { _bitPos = unit; return output.Length > start ? StepResult.Progress : StepResult.NeedInput; }
                if (d < 0 || d >= 30) return Failed("invalid distance code");
                if (!Need(DistanceExtra[d])) { _bitPos = unit; return output.Length > start ? StepResult.Progress : StepResult.NeedInput; }
                int distance = DistanceBase[d] + Bits(DistanceExtra[d]);
                if (distance > _total || distance > WindowSize) return Failed("invalid distance too far back");
                _copyLength = length;
                _copyDistance = distance;
            }
        }
        finally
        {
            UpdateCheck(output.Span(start));
        }
    }

    StepResult ReadTrailer()
    {
        AlignToByte();
        if (_wrapper == Wrapper.Zlib)
        {
            if (!Need(32)) return StepResult.NeedInput;
            uint expected = (uint)Bits(8) << 24 | (uint)Bits(8) << 16 | (uint)Bits(8) << 8 | (uint)Bits(8);
            if (expected != _check) return Failed("incorrect data check");
        }
        else if (_wrapper == Wrapper.Gzip)
        {
            if (!Need(64)) return StepResult.NeedInput;
            uint crc = (uint)Bits(16) | (uint)Bits(16) << 16;
            uint size = (uint)Bits(16) | (uint)Bits(16) << 16;
            if (crc != _check) return Failed("incorrect data check");
            if (size != (uint)_outputTotal) return Failed("incorrect length check");
        }
        _stage = Stage.Done;
        return StepResult.End;
    }

    static HuffmanCode BuildFixed(bool literals)
    {
        Span<byte> lengths = stackalloc byte[literals ? 288 : 30];
        if (literals)
        {
            lengths[..144].Fill(8);
            lengths[144..256].Fill(9);
            lengths[256..280].Fill(7);
            lengths[280..].Fill(8);
        }
        else lengths.Fill(5);
        return HuffmanCode.Build(lengths, out _)!;
    }
}
