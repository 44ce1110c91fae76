namespace Isolated.Objects;

/// <summary>
/// The builtin exception hierarchy as immutable data: each class's name and parent. The type
/// objects themselves are created per interpreter, on first use, from this table.
/// </summary>
public static class ExceptionHierarchy
{
    public readonly record struct Entry(string Name, ExceptionKind Parent);

    const ExceptionKind Root = (ExceptionKind)(-1);

    /// <summary>Indexed by <see cref="ExceptionKind"/>.</summary>
    public static readonly Entry[] Table =
    [
        new("BaseException", Root),
        new("BaseExceptionGroup", ExceptionKind.BaseException),
        new("GeneratorExit", ExceptionKind.BaseException),
        new("KeyboardInterrupt", ExceptionKind.BaseException),
        new("SystemExit", ExceptionKind.BaseException),
        new("Exception", ExceptionKind.BaseException),
        new("ArithmeticError", ExceptionKind.Exception),
        new("FloatingPointError", ExceptionKind.ArithmeticError),
        new("OverflowError", ExceptionKind.ArithmeticError),
        new("ZeroDivisionError", ExceptionKind.ArithmeticError),
        new("AssertionError", ExceptionKind.Exception),
        new("AttributeError", ExceptionKind.Exception),
        new("BufferError", ExceptionKind.Exception),
        new("EOFError", ExceptionKind.Exception),
        new("ExceptionGroup", ExceptionKind.BaseExceptionGroup), // also derives from Exception
        new("ImportError", ExceptionKind.Exception),
        new("ModuleNotFoundError", ExceptionKind.ImportError),
        new("LookupError", ExceptionKind.Exception),
        new("IndexError", ExceptionKind.LookupError),
        new("KeyError", ExceptionKind.LookupError),
        new("MemoryError", ExceptionKind.Exception),
        new("NameError", ExceptionKind.Exception),
        new("UnboundLocalError", ExceptionKind.NameError),
        new("OSError", ExceptionKind.Exception),
        new("BlockingIOError", ExceptionKind.OSError),
        new("ChildProcessError", ExceptionKind.OSError),
        new("ConnectionError", ExceptionKind.OSError),
        new("BrokenPipeError", ExceptionKind.ConnectionError),
        new("ConnectionAbortedError", ExceptionKind.ConnectionError),
        new("ConnectionRefusedError", ExceptionKind.ConnectionError),
        new("ConnectionResetError", ExceptionKind.ConnectionError),
        new("FileExistsError", ExceptionKind.OSError),
        new("FileNotFoundError", ExceptionKind.OSError),
        new("InterruptedError", ExceptionKind.OSError),
        new("IsADirectoryError", ExceptionKind.OSError),
        new("NotADirectoryError", ExceptionKind.OSError),
        new("PermissionError", ExceptionKind.OSError),
        new("ProcessLookupError", ExceptionKind.OSError),
        new("TimeoutError", ExceptionKind.OSError),
        new("ReferenceError", ExceptionKind.Exception),
        new("RuntimeError", ExceptionKind.Exception),
        new("NotImplementedError", ExceptionKind.RuntimeError),
        new("RecursionError", ExceptionKind.RuntimeError),
        new("StopAsyncIteration", ExceptionKind.Exception),
        new("StopIteration", ExceptionKind.Exception),
        new("SyntaxError", ExceptionKind.Exception),
        new("IndentationError", ExceptionKind.SyntaxError),
        new("TabError", ExceptionKind.IndentationError),
        new("SystemError", ExceptionKind.Exception),
        new("TypeError", ExceptionKind.Exception),
        new("ValueError", ExceptionKind.Exception),
        new("UnicodeError", ExceptionKind.ValueError),
        new("UnicodeDecodeError", ExceptionKind.UnicodeError),
        new("UnicodeEncodeError", ExceptionKind.UnicodeError),
        new("UnicodeTranslateError", ExceptionKind.UnicodeError),
        new("Warning", ExceptionKind.Exception),
        new("BytesWarning", ExceptionKind.Warning),
        new("DeprecationWarning", ExceptionKind.Warning),
        new("EncodingWarning", ExceptionKind.Warning),
        new("FutureWarning", ExceptionKind.Warning),
        new("ImportWarning", ExceptionKind.Warning),
        new("PendingDeprecationWarning", ExceptionKind.Warning),
        new("ResourceWarning", ExceptionKind.Warning),
        new("RuntimeWarning", ExceptionKind.Warning),
        new("SyntaxWarning", ExceptionKind.Warning),
        new("UnicodeWarning", ExceptionKind.Warning),
        new("UserWarning", ExceptionKind.Warning),
    ];

    public static bool IsRoot(in Entry e) => e.Parent == Root;
}
