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

    /// <summary>Writable buffered and text streams, weakly held: what <see cref="FlushOpenFiles"/>
    /// flushes when the interpreter ends (CPython flushes them when they are deallocated).</summary>
    readonly List<WeakReference<PyIOBase>> _writers = new();

    public void TrackWriter(PyIOBase stream)
    {
        if (_writers.Count >= 64) _writers.RemoveAll(static w => !w.TryGetTarget(out _));
        _writers.Add(new WeakReference<PyIOBase>(stream));
    }

    /// <summary>Flushes every still-open writable stream (text wrappers first, then buffers);
    /// errors are discarded. For the interpreter's finalization.</summary>
    public void FlushOpenFiles(ThreadState ts)
    {
        var saved = ts.FetchError();
        foreach (bool text in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var w in _writers.ToArray())
            {
                if (!w.TryGetTarget(out var s) || (s is PyTextIOWrapper) != text) continue;
                if (IoSupport.IsClosed(ts, s) == 0) IoSupport.CallMethod(ts, s, "flush");
                ts.FetchError();
            }
        }
        if (saved is not null) ts.Raise(saved);
    }
}
