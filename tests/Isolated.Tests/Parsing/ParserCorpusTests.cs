using Isolated.Parsing;
using Xunit;

namespace Isolated.Tests.Parsing;

/// <summary>
/// Differential tests against CPython 3.12: every corpus/NAME.py must parse to exactly the
/// <c>ast.dump(..., include_attributes=True)</c> text in NAME.ast, or fail with the SyntaxError recorded in
/// NAME.err. The expected files come from regen.sh; no Python is needed to run these tests.
/// </summary>
public class ParserCorpusTests
{
    public static IEnumerable<object[]> CorpusFiles() =>
        Directory.GetFiles(ParsingTestPaths.CorpusDirectory, "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    [Fact]
    public void CorpusIsLargeAndComplete()
    {
        var names = CorpusFiles().Select(o => (string)o[0]).ToList();
        Assert.True(names.Count >= 80, $"corpus has only {names.Count} files");
        foreach (string name in names)
        {
            string baseName = Path.Combine(ParsingTestPaths.CorpusDirectory, name);
            Assert.True(File.Exists(baseName + ".ast") || File.Exists(baseName + ".err"), $"{name}.py has no .ast/.err: run regen.sh");
        }
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void ParsesLikeCPython(string name)
    {
        string baseName = Path.Combine(ParsingTestPaths.CorpusDirectory, name);
        byte[] source = File.ReadAllBytes(baseName + ".py");
        if (File.Exists(baseName + ".ast"))
        {
            string expected = File.ReadAllText(baseName + ".ast").TrimEnd('\n');
            var tree = Parser.ParseModule(source, name + ".py", TestUnicodeNames.Options);
            Assert.Equal(expected, AstDumper.Dump(tree, includeAttributes: true));
        }
        else
        {
            var expected = File.ReadAllLines(baseName + ".err")
                .Select(line => line.Split(": ", 2))
                .ToDictionary(parts => parts[0], parts => parts[1]);
            var error = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule(source, name + ".py", TestUnicodeNames.Options));
            Assert.Equal(expected["msg"], error.Msg);
            Assert.Equal(expected["class"], error.Kind.ToString());
            Assert.Equal(expected["lineno"], error.Lineno.ToString());
            Assert.Equal(expected["offset"], error.Offset.ToString());
        }
    }
}
