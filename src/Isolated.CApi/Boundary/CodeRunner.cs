using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Boundary;

/// <summary>Where the C API hands source code to the runtime's run API.</summary>
internal static class CodeRunner
{
    public static int RunSimpleString(ThreadState ts, string source)
    {
        ts.Raise(ExceptionKind.NotImplementedError, "running Python code: the language core is not wired into the C API yet");
        Console.Error.WriteLine("NotImplementedError: running Python code: the language core is not wired into the C API yet");
        return -1;
    }

    /// <summary>Py_BytesMain: the `isolated` command line.</summary>
    public static int Main(string[] argv)
    {
        if (argv.Length >= 2 && argv[1] is "-V" or "--version")
        {
            Console.Out.WriteLine("Python 3.12.7");
            return 0;
        }
        Console.Error.WriteLine("isolated: only --version works so far; the language core is not wired in yet");
        return 2;
    }
}
