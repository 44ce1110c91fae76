namespace Isolated.Parsing.Ast;

/// <summary>The value of <see cref="Constant.Value"/> for the literal <c>...</c> (Python's Ellipsis).</summary>
public sealed class AstEllipsis
{
    public static readonly AstEllipsis Instance = new();

    private AstEllipsis()
    {
    }

    public override string ToString() => "Ellipsis";
}
