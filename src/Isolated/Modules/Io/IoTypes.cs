using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Io;

/// <summary>One interpreter's _io type objects, created on first use.</summary>
public sealed class IoTypes
{
    readonly BuiltinTypes _types;
    public IoTypes(BuiltinTypes types) => _types = types;

    PyType? _ioBase, _rawIOBase, _bufferedIOBase, _textIOBase, _fileIO, _bytesIO, _stringIO,
            _bufferedReader, _bufferedWriter, _bufferedRandom, _bufferedRWPair, _textIOWrapper, _newlineDecoder;
    PyType? _unsupported;

    public PyType IOBase => _ioBase ??= IOBaseType.Create(_types);
    public PyType RawIOBase => _rawIOBase ??= IOBaseType.CreateRaw(_types, IOBase);
    public PyType BufferedIOBase => _bufferedIOBase ??= IOBaseType.CreateBuffered(_types, IOBase);
    public PyType TextIOBase => _textIOBase ??= IOBaseType.CreateText(_types, IOBase);
    public PyType FileIO => _fileIO ??= FileIOType.Create(_types, RawIOBase);
    public PyType BytesIO => _bytesIO ??= BytesIOType.Create(_types, BufferedIOBase);
    public PyType StringIO => _stringIO ??= StringIOType.Create(_types, TextIOBase);
    public PyType BufferedReader => _bufferedReader ??= BufferedType.Create(_types, BufferedIOBase, BufferedKind.Reader);
    public PyType BufferedWriter => _bufferedWriter ??= BufferedType.Create(_types, BufferedIOBase, BufferedKind.Writer);
    public PyType BufferedRandom => _bufferedRandom ??= BufferedType.Create(_types, BufferedIOBase, BufferedKind.Random);
    public PyType BufferedRWPair => _bufferedRWPair ??= BufferedType.Create(_types, BufferedIOBase, BufferedKind.RWPair);
    public PyType TextIOWrapper => _textIOWrapper ??= TextIOWrapperType.Create(_types, TextIOBase);
    public PyType IncrementalNewlineDecoder => _newlineDecoder ??= NewlineDecoderType.Create(_types);

    /// <summary>io.UnsupportedOperation: a subclass of both OSError and ValueError, built the way
    /// a class statement would build it.</summary>
    public PyType? UnsupportedOperation(ThreadState ts)
    {
        if (_unsupported is not null) return _unsupported;
        var interp = ts.Interpreter;
        var ns = interp.NewDict();
        ns.SetStr("__module__", interp.Str("io"));
        var bases = interp.Tuple(interp.ExceptionType(ExceptionKind.OSError), interp.ExceptionType(ExceptionKind.ValueError));
        PyObject[] args = [interp.Str("UnsupportedOperation"), bases, ns];
        return _unsupported = Ops.Call(ts, _types.Type, args) as PyType;
    }

    public static IoTypes Of(ThreadState ts) => ts.Interpreter.Types.Io;
}
