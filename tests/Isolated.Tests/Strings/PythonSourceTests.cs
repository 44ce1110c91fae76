using System.Runtime.CompilerServices;
using Isolated.Tests.Execution;
using Xunit;

namespace Isolated.Tests.Strings;

/// <summary>Python programs under py/ exercising str, bytes, bytearray, memoryview and formatting
/// through the VM must print what CPython 3.12 printed for them (the .out files; regenerate with
/// python3.12 file.py &gt; file.out).</summary>
public class PythonSourceTests
{
    static string Dir([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "py");

    public static IEnumerable<object[]> Programs() =>
        Directory.GetFiles(Dir(), "*.py").Order().Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(Programs))]
    public void PrintsWhatCPythonPrints(string file)
    {
        var source = File.ReadAllText(Path.Combine(Dir(), file));
        var expected = File.ReadAllText(Path.Combine(Dir(), Path.ChangeExtension(file, ".out")));
        var actual = PyRunner.Exec(source);
        Assert.Equal(expected, actual);
    }
}
