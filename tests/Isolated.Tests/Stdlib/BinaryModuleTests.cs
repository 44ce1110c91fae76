using System.IO.Compression;
using System.Security.Cryptography;
using Isolated.Execution;
using Isolated.Modules.Hashing;
using Isolated.Modules.RandomGenerator;
using Isolated.Modules.Zlib;
using Isolated.Tests.Modules;
using Xunit;

namespace Isolated.Tests.Stdlib;

/// <summary>The binary-data modules' C# cores against published reference values and .NET's own
/// implementations; their Python behaviour is checked by the conformance cases under binary/.</summary>
public class BinaryModuleTests
{
    static ModuleTestHost Host()
    {
        var h = new ModuleTestHost();
        h.Interp.Gil.Acquire(h.Ts);
        return h;
    }

    [Fact]
    public void MersenneTwisterMatchesTheReferenceOutputForInitByArray()
    {
        // mt19937ar.out: init_by_array({0x123, 0x234, 0x345, 0x456}).
        var mt = new MersenneTwister();
        mt.InitByArray([0x123u, 0x234u, 0x345u, 0x456u]);
        uint[] expected = [1067595299u, 955945823u, 477289528u, 4107218783u, 4228976476u];
        foreach (var e in expected) Assert.Equal(e, mt.NextUInt32());
    }

    [Fact]
    public void Blake2MatchesRfc7693Examples()
    {
        var b = HashAlgorithms.Create("blake2b")!;
        b.Update("abc"u8);
        var db = new byte[64];
        b.Digest(db);
        Assert.Equal("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", Convert.ToHexStringLower(db));
        var s = HashAlgorithms.Create("blake2s")!;
        s.Update("abc"u8);
        var ds = new byte[32];
        s.Digest(ds);
        Assert.Equal("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982", Convert.ToHexStringLower(ds));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(55)]
    [InlineData(64)]
    [InlineData(1000)]
    [InlineData(100_000)]
    public void OwnHashesAgreeWithDotNetAndCopiesAreIndependent(int size)
    {
        var data = new byte[size];
        new Random(size).NextBytes(data);
        var keccak = KeccakState.Sha3(256);
        var own224 = new Sha224State();
        // Fed in uneven pieces to cross block boundaries.
        for (int at = 0; at < size; at += 37)
        {
            var piece = data.AsSpan(at, Math.Min(37, size - at));
            keccak.Update(piece);
            own224.Update(piece);
        }
        var copy = keccak.Clone();
        copy.Update("more"u8);
        var d = new byte[32];
        keccak.Digest(d);
        if (SHA3_256.IsSupported) Assert.Equal(SHA3_256.HashData(data), d);
        var d224 = new byte[28];
        own224.Digest(d224);
        Assert.Equal(28, d224.Length);
        keccak.Digest(d);
        var again = new byte[32];
        copy.Digest(again);
        Assert.NotEqual(d, again);
        if (Shake128.IsSupported)
        {
            var shake = KeccakState.Shake(128);
            shake.Update(data);
            var longOut = new byte[500];
            shake.Digest(longOut);
            Assert.Equal(Shake128.HashData(data, 500), longOut);
        }
    }

    [Fact]
    public void InflaterDecodesDotNetStreamsFedByteByByteAndFindsTheEnd()
    {
        var data = new byte[200_000];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 7 % 251 ^ i >> 9);
        var sink = new MemoryStream();
        using (var z = new ZLibStream(sink, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(data);
        var compressed = sink.ToArray();
        var inflater = new Inflater(Inflater.Wrapper.Zlib, 15, null);
        var output = new OutputBuffer();
        foreach (var b in compressed)
        {
            inflater.Feed([b]);
            Assert.True(inflater.Inflate(output, 0), inflater.Error);
        }
        inflater.Feed("tail"u8);
        Assert.True(inflater.Inflate(output, 0));
        Assert.True(inflater.Finished);
        Assert.Equal(data, output.ToArray());
        Assert.Equal("tail"u8.ToArray(), inflater.Remaining.ToArray());
    }

    [Fact]
    public void InflaterReportsCorruptData()
    {
        var inflater = new Inflater(Inflater.Wrapper.Raw, 15, null);
        inflater.Feed([0xff, 0xff, 0xff]);
        Assert.False(inflater.Inflate(new OutputBuffer(), 0));
        Assert.Equal("invalid block type", inflater.Error);
    }

    [Fact]
    public void EachInterpreterHasItsOwnStructTypeAndCache()
    {
        var a = Host();
        Assert.Equal(0, PythonRun.RunSimpleString(a.Ts, "import _struct as struct\nprint(struct.pack('<h', 1), struct.Struct('<i').size)"));
        Assert.Equal("b'\\x01\\x00' 4\n", a.Out);
        var b = Host();
        Assert.Equal(0, PythonRun.RunSimpleString(b.Ts, "import _struct\nprint(_struct.calcsize('@q'))"));
        Assert.Equal("8\n", b.Out);
        Assert.NotSame(a.Interp.Types.Binary.Struct, b.Interp.Types.Binary.Struct);
        Assert.Single(b.Interp.Types.Binary.StructCache);
    }
}
