namespace Isolated.Modules.Struct;

/// <summary>One item of a compiled struct format: its format character, where it lives in the
/// packed bytes and how many bytes it takes ('s' and 'p' items take their whole repeat count).</summary>
public readonly record struct StructCode(char Code, int Offset, int Size);
