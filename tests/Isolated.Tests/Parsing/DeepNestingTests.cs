using System.Text;
using Isolated.Parsing;
using Isolated.Parsing.Ast;
using Assert = Xunit.Assert;
using Xunit;

namespace Isolated.Tests.Parsing;

/// <summary>
/// Pathologically nested source must end in a tree or a <see cref="PythonSyntaxError"/>, never in a stack
/// overflow — even on a thread with a 256 KiB stack (a stack overflow would kill the test process).
/// </summary>
public class DeepNestingTests
{
    private const int SmallStack = 256 * 1024;

    /// <summary>Parses on a fresh small-stack thread; returns the tree or the syntax error.</summary>
    private static (ModNode? Tree, PythonSyntaxError? Error) ParseOnSmallStack(string source, ParseMode mode = ParseMode.Exec)
    {
        ModNode? tree = null;
        PythonSyntaxError? error = null;
        Exception? unexpected = null;
        var thread = new Thread(() =>
        {
            try
            {
                tree = Parser.Parse(source, mode);
            }
            catch (PythonSyntaxError e)
            {
                error = e;
            }
            catch (Exception e)
            {
                unexpected = e;
            }
        }, SmallStack);
        thread.Start();
        thread.Join();
        Assert.Null(unexpected);
        return (tree, error);
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    public static IEnumerable<object[]> PathologicalSources() => new[]
    {
        new object[] { "parens_10000", Repeat("(", 10000) + "1" + Repeat(")", 10000) },
        new object[] { "brackets_10000", Repeat("[", 10000) + Repeat("]", 10000) },
        new object[] { "braces_10000", Repeat("{", 10000) + Repeat("}", 10000) },
        new object[] { "minus_100000", Repeat("-", 100000) + "1" },
        new object[] { "not_10000", Repeat("not ", 10000) + "x" },
        new object[] { "tilde_plus_50000", Repeat("~+", 50000) + "x" },
        new object[] { "plus_chain_100000", "1" + Repeat("+1", 100000) },
        new object[] { "attr_chain_100000", "a" + Repeat(".b", 100000) },
        new object[] { "call_chain_50000", "f" + Repeat("()", 50000) },
        new object[] { "subscript_chain_50000", "a" + Repeat("[0]", 50000) },
        new object[] { "power_chain_20000", "2" + Repeat("**2", 20000) },
        new object[] { "lambda_10000", Repeat("lambda: ", 10000) + "0" },
        new object[] { "ifexp_10000", Repeat("a if b else ", 10000) + "c" },
        new object[] { "walrus_in_parens_190", Repeat("(a := ", 190) + "1" + Repeat(")", 190) },
        new object[] { "nested_ifs_150", NestedIfs(150) },
        new object[] { "fstring_nesting_150", Repeat("f'{", 150) + "x" + Repeat("}'", 150) },
        new object[] { "string_concat_100000", Repeat("'a' ", 100000) },
        new object[] { "tuple_targets_190", Repeat("(", 190) + "a" + Repeat(",)", 190) + " = 1" },
        new object[] { "elif_chain_5000", "if a: pass\n" + Repeat("elif a: pass\n", 5000) },
        new object[] { "match_patterns_190", "match x:\n    case " + Repeat("[", 190) + Repeat("]", 190) + ": pass\n" },
        new object[] { "comparison_chain_50000", "a" + Repeat(" < a", 50000) },
        new object[] { "or_chain_50000", "a" + Repeat(" or a", 50000) },
    };

    private static string NestedIfs(int depth)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++)
            sb.Append(' ', i).Append("if x:\n");
        sb.Append(' ', depth).Append("pass\n");
        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(PathologicalSources))]
    public void NeverOverflowsTheStack(string name, string source)
    {
        var (tree, error) = ParseOnSmallStack(source);
        Assert.True(tree is not null || error is not null, name);
    }

    [Fact]
    public void TooManyNestedParenthesesIsCPythonsTokenizerError()
    {
        var (_, error) = ParseOnSmallStack("x = " + Repeat("(", 10000) + Repeat(")", 10000));
        Assert.NotNull(error);
        Assert.Equal("too many nested parentheses", error!.Msg);
        Assert.Equal(1, error.Lineno);
    }

    [Fact]
    public void LongUnaryChainIsRejectedLikeCPython()
    {
        var (_, error) = ParseOnSmallStack(Repeat("-", 100000) + "1", ParseMode.Eval);
        Assert.NotNull(error);
        Assert.Equal(Parser.StackOverflowMessage, error!.Msg);
    }

    [Fact]
    public void TooManyIndentationLevels()
    {
        var (_, error) = ParseOnSmallStack(NestedIfs(150));
        Assert.NotNull(error);
        Assert.Equal(SyntaxErrorKind.IndentationError, error!.Kind);
        Assert.Equal("too many levels of indentation", error.Msg);
    }

    [Fact]
    public void ModeratelyNestedCodeStillParsesOnASmallStack()
    {
        // Typical "deep" real code: 20 nested brackets and 30 nested blocks.
        string source = "x = " + Repeat("[", 20) + Repeat("]", 20) + "\n" + NestedIfs(30);
        var (tree, error) = ParseOnSmallStack(source);
        Assert.Null(error);
        Assert.NotNull(tree);
    }

    [Fact]
    public void NestingUpToCPythonsLimitsParsesEvenOnASmallStack()
    {
        // The parser moves to a large-stack helper thread when the caller's stack runs low.
        string source = "x = " + Repeat("(", 199) + "1" + Repeat(")", 199) + "\n" + NestedIfs(98)
            + "y = " + Repeat("[", 199) + Repeat("]", 199) + "\n";
        var (tree, error) = ParseOnSmallStack(source);
        Assert.Null(error);
        Assert.Equal(3, ((Module)tree!).Body.Count);
    }

    [Fact]
    public void NestingWithinCPythonsLimitsParsesOnADefaultThread()
    {
        string source = "x = " + Repeat("(", 199) + "1" + Repeat(")", 199) + "\n" + NestedIfs(98);
        var tree = Parser.ParseModule(source);
        Assert.Equal(2, tree.Body.Count);
    }
}
