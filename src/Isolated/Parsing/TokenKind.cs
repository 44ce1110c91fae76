namespace Isolated.Parsing;

/// <summary>
/// Token kinds of the Python 3.12 lexical grammar. Operators and hard keywords get their own kind so that
/// the parser compares one byte; soft keywords (<c>match</c>, <c>case</c>, <c>type</c>, <c>_</c>) stay
/// <see cref="Name"/>. Comments and non-logical newlines (NL) are produced only for tokenize
/// (<see cref="Tokenizer.EmitTrivia"/>).
/// </summary>
public enum TokenKind : byte
{
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    FStringStart,
    FStringMiddle,
    FStringEnd,

    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Dot, Ellipsis, At, RArrow, ColonEqual, Exclamation,

    /// <summary>A stray '$', '?' or '`': no rule accepts it, so it ends in "invalid syntax".</summary>
    Unknown,

    Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, VBar, Amper, Circumflex, Tilde,
    LeftShift, RightShift,
    Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual,
    Equal,
    PlusEqual, MinEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, DoubleStarEqual,
    AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, AtEqual,

    // Hard keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,

    // Only with Tokenizer.EmitTrivia: a comment (without its newline), a newline that ends no statement.
    Comment, NL,
}
