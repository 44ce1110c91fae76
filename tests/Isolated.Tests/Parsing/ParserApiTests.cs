using Isolated.Parsing;
using Isolated.Parsing.Ast;
using Xunit;
using Assert = Xunit.Assert;

namespace Isolated.Tests.Parsing;

/// <summary>Entry points other than "exec", error attributes, options, and constant value representations.</summary>
public class ParserApiTests
{
    [Fact]
    public void EvalMode()
    {
        var tree = Parser.ParseExpression("1 + 2");
        Assert.Equal(
            "Expression(body=BinOp(left=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5))",
            AstDumper.Dump(tree, includeAttributes: true));
        Assert.Equal("Expression(body=Name(id='x', ctx=Load()))", AstDumper.Dump(Parser.ParseExpression("x\n\n")));
    }

    [Theory]
    [InlineData("x = 1", 1, 3)]
    [InlineData("1\n2", 2, 1)]
    public void EvalModeRejectsStatements(string source, int lineno, int offset)
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseExpression(source));
        Assert.Equal("invalid syntax", e.Msg);
        Assert.Equal(lineno, e.Lineno);
        Assert.Equal(offset, e.Offset);
    }

    [Fact]
    public void SingleMode()
    {
        Assert.Equal(
            "Interactive(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))])",
            AstDumper.Dump(Parser.ParseInteractive("a; b")));
        Assert.Equal(
            "Interactive(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)])",
            AstDumper.Dump(Parser.ParseInteractive("if x:\n    pass\n"), includeAttributes: true));
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseInteractive("a\nb\n"));
        Assert.Equal("multiple statements found while compiling a single statement", e.Msg);
    }

    [Fact]
    public void FuncTypeMode()
    {
        Assert.Equal(
            "FunctionType(argtypes=[Name(id='a', ctx=Load()), Name(id='k', ctx=Load())], returns=Name(id='int', ctx=Load()))",
            AstDumper.Dump(Parser.ParseFunctionType("(*a, **k) -> int")));
    }

    [Fact]
    public void SyntaxErrorCarriesCPythonAttributes()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule("x = [1 2]\n", "prog.py"));
        Assert.Equal(SyntaxErrorKind.SyntaxError, e.Kind);
        Assert.Equal("invalid syntax. Perhaps you forgot a comma?", e.Msg);
        Assert.Equal("prog.py", e.Filename);
        Assert.Equal((1, 6, 1, 9), (e.Lineno, e.Offset, e.EndLineno, e.EndOffset));
        Assert.Equal("x = [1 2]\n", e.Text);
    }

    [Fact]
    public void OffsetsCountCharactersNotBytes()
    {
        // "é" is two UTF-8 bytes: AST columns count bytes, SyntaxError offsets count characters.
        var tree = Parser.ParseModule("é = 1\n");
        var assign = (Assign)tree.Body[0];
        Assert.Equal(2, assign.Targets[0].EndColOffset);
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule("é = a b\n"));
        Assert.Equal(7, e.Offset);
    }

    [Fact]
    public void IndentationErrorsHaveTheirKind()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule("if x:\npass\n"));
        Assert.Equal(SyntaxErrorKind.IndentationError, e.Kind);
        Assert.Equal("expected an indented block after 'if' statement on line 1", e.Msg);
        var tab = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule("if x:\n\tif y:\n        pass\n"));
        Assert.Equal(SyntaxErrorKind.TabError, tab.Kind);
    }

    [Fact]
    public void ConstantValuesArePlainDotNetValues()
    {
        var values = Parser.ParseModule("None; True; 1; 10**0; 99999999999999999999; 1.5; 2j; 's'; b'b'; ...")
            .Body.Cast<Expr>().Select(s => s.Value).ToList();
        Assert.Null(((Constant)values[0]).Value);
        Assert.Equal(true, ((Constant)values[1]).Value);
        Assert.Equal(1L, ((Constant)values[2]).Value);
        Assert.Equal(System.Numerics.BigInteger.Parse("99999999999999999999"), ((Constant)values[4]).Value);
        Assert.Equal(1.5, ((Constant)values[5]).Value);
        Assert.Equal(new System.Numerics.Complex(0, 2), ((Constant)values[6]).Value);
        Assert.Equal("s", ((Constant)values[7]).Value);
        Assert.Equal(new byte[] { (byte)'b' }, ((Constant)values[8]).Value);
        Assert.Same(AstEllipsis.Instance, ((Constant)values[9]).Value);
    }

    [Fact]
    public void UnicodeNamesGoThroughTheResolver()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule("'\\N{SNAKE}'", "<test>", new ParserOptions()));
        Assert.Contains("unknown Unicode character name", e.Msg);
        var tree = Parser.ParseModule("'\\N{SNAKE}\\N{em dash}'", "<test>", TestUnicodeNames.Options);
        Assert.Equal("\U0001F40D\u2014", ((Constant)((Expr)tree.Body[0]).Value).Value);
    }

    [Fact]
    public void WarningsAreReported()
    {
        var warnings = new List<(string, int)>();
        var options = new ParserOptions { Warning = (msg, line) => warnings.Add((msg, line)) };
        Parser.ParseModule("x = 1\ny = '\\d'\n", "<test>", options);
        Assert.Equal(new[] { ("invalid escape sequence '\\d'", 2) }, warnings);
    }

    [Fact]
    public void CodingDeclarationsAreHonouredForBytesOnly()
    {
        byte[] latin1 = [.. "# coding: latin-1\ns = '"u8, 0xE9, (byte)'\'', (byte)'\n'];
        var tree = Parser.ParseModule(latin1);
        Assert.Equal("é", ((Constant)((Assign)tree.Body[0]).Value).Value);
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule("# coding: nonsense-enc\nx = 1\n"u8.ToArray()));
        Assert.Equal("unknown encoding: nonsense-enc", e.Msg);
    }

    [Theory]
    [InlineData("x = (1,", true)]
    [InlineData("if x:", true)]
    [InlineData("if x:\n", true)]
    [InlineData("x = \"\"\"abc", true)]
    [InlineData("x = 1 +", true)]
    [InlineData("f\"{x", true)]
    [InlineData("x = [1,\n2", true)]
    [InlineData("a b", true)]
    [InlineData("@dec", true)]
    [InlineData("1 +\n", false)]
    [InlineData("a b\n", false)]
    public void IncompleteInputLikeCodeop(string source, bool incomplete)
    {
        // Expectations from CPython 3.12: compile(source, '<in>', 'single', PyCF_ALLOW_INCOMPLETE_INPUT).
        var options = new ParserOptions { AllowIncompleteInput = true };
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.Parse(source, ParseMode.Single, "<in>", options));
        Assert.Equal(incomplete, e.Msg == "incomplete input");
    }

    [Fact]
    public void CompleteInteractiveInputParsesWithIncompleteInputAllowed()
    {
        var options = new ParserOptions { AllowIncompleteInput = true };
        Assert.Single(((Interactive)Parser.Parse("if x:\n  pass\n", ParseMode.Single, "<in>", options)).Body);
    }

    [Fact]
    public void WalkerVisitsEveryNode()
    {
        var tree = Parser.ParseModule("def f(a, b=1):\n    return [x + a for x in b]\n");
        var counter = new NameCounter();
        tree.Accept(counter);
        Assert.Equal(4, counter.Names);
    }

    private sealed class NameCounter : AstWalker
    {
        public int Names;

        public override void Visit(Name node)
        {
            Names++;
            base.Visit(node);
        }
    }
}
