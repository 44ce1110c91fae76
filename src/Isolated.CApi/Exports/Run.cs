using System.Runtime.InteropServices;
using System.Text;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Running code (pythonrun.h) and the launcher's entry point.</summary>
internal static unsafe class Run
{
    [UnmanagedCallersOnly(EntryPoint = "PyRun_SimpleString")]
    public static int PyRun_SimpleString(byte* command)
    {
        var ts = Threads.Current("PyRun_SimpleString");
        if (ts is null) return -1;
        if (command == null)
        {
            ts.Raise(ExceptionKind.SystemError, "PyRun_SimpleString: NULL command");
            return -1;
        }
        try
        {
            string source = Marshal.PtrToStringUTF8((nint)command) ?? "";
            return CodeRunner.RunSimpleString(ts, source);
        }
        catch (Exception e)
        {
            Fatal.Bug("PyRun_SimpleString", e);
            return -1;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_BytesMain")]
    public static int Py_BytesMain(int argc, byte** argv)
    {
        try
        {
            var args = new string[Math.Max(argc, 0)];
            for (int i = 0; i < args.Length; i++)
                args[i] = argv[i] == null ? "" : Marshal.PtrToStringUTF8((nint)argv[i]) ?? "";
            return CodeRunner.Main(args);
        }
        catch (Exception e)
        {
            Fatal.Bug("Py_BytesMain", e);
            return 1;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_Version")]
    public static byte* PyIsolated_Version()
    {
        fixed (byte* v = "0.1.0\0"u8) return v;
    }
}
