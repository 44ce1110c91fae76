using System.Diagnostics;
using Isolated.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace Isolated.Tests.Parsing;

/// <summary>
/// Parses every .py file of a Python 3.12 standard library (ISOLATED_STDLIB, else build/lib/python3.12 under
/// the repository root). Files that CPython itself rejects (test data with deliberate errors, Python 2
/// sources) are listed in <see cref="s_expectedFailures"/>. \N{...} escapes are resolved leniently because
/// the Unicode name database belongs to the runtime.
/// </summary>
public class StdlibParseTests
{
    private readonly ITestOutputHelper _output;

    public StdlibParseTests(ITestOutputHelper output) => _output = output;

    /// <summary>Path suffixes (with '/') of files CPython 3.12 also fails to compile.</summary>
    private static readonly string[] s_expectedFailures =
    {
        "test/badsyntax_pep3120.py",
        "test/tokenizedata/bad_coding.py",
        "test/tokenizedata/bad_coding2.py",
        "test/tokenizedata/badsyntax_3131.py",
        "test/tokenizedata/badsyntax_pep3120.py",
        "test/test_lib2to3/data/bom.py",
        "test/test_lib2to3/data/crlf.py",
        "test/test_lib2to3/data/false_encoding.py",
        "test/test_lib2to3/data/py2_test_grammar.py",
        "test/test_lib2to3/data/different_encoding.py",
        "lib2to3/tests/data/bom.py",
        "lib2to3/tests/data/crlf.py",
        "lib2to3/tests/data/false_encoding.py",
        "lib2to3/tests/data/py2_test_grammar.py",
        "lib2to3/tests/data/different_encoding.py",
    };

    [Fact]
    public void EveryStdlibFileParses()
    {
        string? stdlib = ParsingTestPaths.StdlibDirectory;
        if (stdlib is null)
        {
            _output.WriteLine("SKIPPED: no standard library found (set ISOLATED_STDLIB or build build/lib/python3.12)");
            return;
        }
        var files = Directory.GetFiles(stdlib, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/site-packages/", StringComparison.Ordinal))
            .ToArray();
        var failures = new List<string>();
        int parsed = 0;
        var sw = Stopwatch.StartNew();
        foreach (string file in files)
        {
            string unixPath = file.Replace('\\', '/');
            bool expectedToFail = s_expectedFailures.Any(suffix => unixPath.EndsWith("/" + suffix, StringComparison.Ordinal));
            try
            {
                Parser.ParseModule(File.ReadAllBytes(file), file, TestUnicodeNames.LenientOptions);
                parsed++;
                if (expectedToFail)
                    failures.Add($"{file}: parsed, but CPython rejects it");
            }
            catch (PythonSyntaxError e)
            {
                if (!expectedToFail)
                    failures.Add($"{file}:{e.Lineno}:{e.Offset}: {e.Kind}: {e.Msg}");
            }
        }
        _output.WriteLine($"{parsed} of {files.Length} files parsed in {sw.ElapsedMilliseconds} ms");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
