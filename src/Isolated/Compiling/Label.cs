namespace Isolated.Compiling;

/// <summary>A jump target inside one code object; bound to an instruction index when placed.</summary>
public sealed class Label
{
    public int Position = -1;
    /// <summary>Stack depth on arrival (from jumps), -1 while unknown.</summary>
    public int Depth = -1;
}
