namespace Isolated.Modules.Hashing;

/// <summary>The BLAKE2 parameter block's fields (RFC 7693 §2.5 and the BLAKE2 tree-hashing
/// parameters), as hashlib.blake2b/blake2s take them.</summary>
public sealed class Blake2Parameters
{
    public int DigestSize;
    public byte[] Key = [];
    public byte[] Salt = [];
    public byte[] Person = [];
    public int Fanout = 1;
    public int Depth = 1;
    public uint LeafSize;
    public ulong NodeOffset;
    public int NodeDepth;
    public int InnerSize;
    public bool LastNode;
}
