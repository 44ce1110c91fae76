using Isolated.Parsing;
using Xunit;

namespace Isolated.Tests.Parsing;

public class TokenizerTests
{
    private static List<Token> Tokenize(string source)
    {
        var tokenizer = new Tokenizer(SourceDecoder.FromString(source, "<test>"));
        var tokens = new List<Token>();
        while (true)
        {
            Token t = tokenizer.Next();
            tokens.Add(t);
            if (t.Kind == TokenKind.EndMarker)
                return tokens;
        }
    }

    private static string Kinds(string source) => string.Join(" ", Tokenize(source).Select(t => t.Kind));

    [Fact]
    public void IndentAndDedent() =>
        Assert.Equal("If Name Colon Newline Indent Pass Newline Dedent Name Newline EndMarker", Kinds("if x:\n    pass\ny\n"));

    [Fact]
    public void ImplicitAndExplicitLineJoining() =>
        Assert.Equal("Name Equal LPar Number Comma Number RPar Plus Number Newline EndMarker", Kinds("x = (1,\n  2) + \\\n 3\n"));

    [Fact]
    public void CommentsAndBlankLinesProduceNoTokens() =>
        Assert.Equal("Name Newline Name Newline EndMarker", Kinds("# c\n\nx  # c\n   \n  # c\ny"));

    [Fact]
    public void SoftKeywordsAreNames() =>
        Assert.Equal("Name Name Name Name Newline EndMarker", Kinds("match case type _"));

    [Fact]
    public void FStringTokens() =>
        Assert.Equal("FStringStart FStringMiddle LBrace Name Exclamation Name Colon FStringMiddle RBrace FStringEnd Newline EndMarker",
            Kinds("f'a{x!r:>10}'"));

    [Fact]
    public void NestedSameQuoteFString() =>
        Assert.Equal("FStringStart LBrace FStringStart LBrace Name RBrace FStringEnd RBrace FStringEnd Newline EndMarker",
            Kinds("f'{f'{x}'}'"));

    [Fact]
    public void PositionsAreUtf8ByteColumns()
    {
        var tokens = Tokenize("é = 'ü'");
        Assert.Equal((0, 2), (tokens[0].Col, tokens[0].EndCol));
        Assert.Equal((3, 4), (tokens[1].Col, tokens[1].EndCol));
        Assert.Equal((5, 9), (tokens[2].Col, tokens[2].EndCol));
    }

    [Fact]
    public void OperatorsAreLongestMatch() =>
        Assert.Equal("DoubleStarEqual DoubleSlashEqual RightShiftEqual Ellipsis RArrow ColonEqual NotEqual AtEqual Newline EndMarker",
            Kinds("**= //= >>= ... -> := != @="));

    [Theory]
    [InlineData("0x_1f 0o17 0b1 1_000 1.5e-3 .5 5. 3j 1E5J")]
    public void Numbers(string source) =>
        Assert.All(Tokenize(source).Where(t => t.Kind is not (TokenKind.Newline or TokenKind.EndMarker)), t => Assert.Equal(TokenKind.Number, t.Kind));
}
