using Isolated.Parsing.Ast;

namespace Isolated.Compiling;

public enum FBlockKind { ForLoop, WhileLoop, TryExcept, Finally, FinallyEnd, HandlerCleanup, With, AsyncWith, PopValue, AsyncComprehension, ExceptStarHandler }

/// <summary>A block the code generator is inside of that needs cleanup when return/break/continue
/// leave it early (CPython's fblock): loops, finally bodies, except handlers, with statements.</summary>
public sealed class FBlock
{
    public FBlockKind Kind;
    public Label? Continue;
    public Label? Exit;
    /// <summary>The finally body, for <see cref="FBlockKind.Finally"/>.</summary>
    public List<StmtNode>? FinallyBody;
    /// <summary>The except-as name to clear, for <see cref="FBlockKind.HandlerCleanup"/>.</summary>
    public string? HandlerName;
    /// <summary>How many exception handlers were active when the block began.</summary>
    public int HandlersBefore;
}
