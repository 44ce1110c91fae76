using Isolated.Execution;

namespace Isolated.CApi.Boundary;

/// <summary>Where the C API hands source code and command lines to the runtime's run API
/// (<see cref="PythonRun"/>, <see cref="ProgramMain"/>).</summary>
internal static class CodeRunner
{
    public static int RunSimpleString(ThreadState ts, string source) => PythonRun.RunSimpleString(ts, source);

    /// <summary>Py_BytesMain: the `isolated` command line, on the process runtime (so that C
    /// extension code called from the script finds it), finalized before returning.</summary>
    public static int Main(string[] argv)
    {
        try
        {
            return ProgramMain.Run(argv, ProcessRuntime.Start, new ProgramMainHost { InstallSignalHandlers = true });
        }
        finally
        {
            Exports.Lifecycle.FinalizeRuntime();
        }
    }
}
