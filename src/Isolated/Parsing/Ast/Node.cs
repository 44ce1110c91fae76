namespace Isolated.Parsing.Ast;

/// <summary>
/// Root of every AST node. Concrete classes carry CPython 3.12's <c>ast</c> names exactly
/// (<c>FunctionDef</c>, <c>arg</c>, <c>match_case</c>...); their fields are the CPython field names in
/// PascalCase (<c>decorator_list</c> → <c>DecoratorList</c>, <c>arg.arg</c> → <c>arg.Arg</c>). The
/// abstract sums are renamed where CPython's spelling would collide with a concrete node
/// (<c>expr</c> → <see cref="ExprNode"/>, <c>stmt</c> → <see cref="StmtNode"/>, ...).
/// Positions follow CPython: 1-based lines, 0-based columns counted in UTF-8 bytes. Nodes without
/// positions in CPython (<c>arguments</c>, <c>comprehension</c>, <c>withitem</c>, <c>match_case</c>,
/// module kinds) report <see cref="HasAttributes"/> = false and leave them 0.
/// </summary>
public abstract class Node
{
    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int EndLineno { get; set; }
    public int EndColOffset { get; set; }

    /// <summary>The CPython class name, e.g. "FunctionDef".</summary>
    public abstract string NodeName { get; }

    /// <summary>True when CPython gives this node lineno/col_offset/end_lineno/end_col_offset.</summary>
    public abstract bool HasAttributes { get; }

    /// <summary>CPython's <c>_fields</c>, in order (snake_case names).</summary>
    public abstract IReadOnlyList<string> FieldNames { get; }

    /// <summary>Value of the field named <c>FieldNames[index]</c> (a node, a list, an enum, a string or a constant).</summary>
    public abstract object? GetField(int index);

    public abstract T Accept<T>(AstVisitor<T> visitor);

    public abstract void Accept(AstWalker walker);
}
