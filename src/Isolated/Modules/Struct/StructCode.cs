namespace Isolated.Modules.Struct;

/// <summary>One run of a compiled struct format: <paramref name="Count"/> items of format
/// character <paramref name="Code"/>, each <paramref name="Size"/> bytes, the first at
/// <paramref name="Offset"/> ('s' and 'p' are one item taking their whole repeat count). Runs keep
/// a format like "100000000i" small.</summary>
public readonly record struct StructCode(char Code, int Offset, int Size, int Count);
