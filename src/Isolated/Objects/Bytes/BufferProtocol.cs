using Isolated.Modules.Weakref;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The buffer protocol as Python code sees it (PEP 688, Python 3.12): builtin exporters implement
/// <see cref="IBuffer"/>; a Python class exports by defining <c>__buffer__(self, flags)</c>, which
/// returns a memoryview, and optionally <c>__release_buffer__(self, view)</c>, called when the
/// consumer is done. A Python subclass of a builtin exporter that overrides <c>__buffer__</c> wins.
/// Consumers that take a buffer for the length of one operation (bytes(), b''.join, struct,
/// hashlib...) call <see cref="TryAcquire"/>, use the data, then <see cref="Release"/>.
/// </summary>
public static class BufferProtocol
{
    /// <summary>The flags of inspect.BufferFlags that consumers here ask for.</summary>
    public const int Simple = 0, Writable = 1, FullReadOnly = 0x11c;

    /// <summary>
    /// The buffer <paramref name="obj"/> exports: itself for a builtin exporter, else the
    /// memoryview its type's <c>__buffer__(flags)</c> returns. True with <paramref name="buffer"/>
    /// null when <paramref name="obj"/> is no buffer at all (no error set: callers raise their own
    /// message); false with the error set when <c>__buffer__</c> failed.
    /// </summary>
    public static bool TryAcquire(ThreadState ts, PyObject obj, int flags, out IBuffer? buffer)
    {
        buffer = null;
        if (PythonBufferMethod(obj) is null)
        {
            buffer = obj as IBuffer;
            return true;
        }
        var view = CallBufferMethod(ts, obj, flags);
        if (view is null) return false;
        buffer = view;
        return true;
    }

    /// <summary>Ends an acquisition: calls the exporter's <c>__release_buffer__(view)</c> when
    /// <paramref name="buffer"/> came from a Python <c>__buffer__</c>.</summary>
    public static void Release(ThreadState ts, PyObject obj, IBuffer? buffer)
    {
        if (buffer is not null && !ReferenceEquals(buffer, obj)) CallReleaseMethod(ts, obj, (PyMemoryView)buffer);
    }

    /// <summary>Whether the object exports a buffer (PyObject_CheckBuffer).</summary>
    public static bool Exports(ThreadState ts, PyObject obj) => Exports(obj);

    /// <summary>Whether the object exports a buffer, for callers without a thread state (the C API's PyObject_CheckBuffer).</summary>
    public static bool Exports(PyObject obj) => obj is IBuffer || PythonBufferMethod(obj) is not null;

    /// <summary>Calls <c>type(obj).__buffer__(obj, flags)</c>; its result must be a memoryview.</summary>
    public static PyMemoryView? CallBufferMethod(ThreadState ts, PyObject obj, int flags)
    {
        var result = Ops.CallSpecial(ts, obj, ts.Interpreter.Intern("__buffer__"), [ts.Interpreter.Int(flags)]);
        if (result is null) return null;
        if (result is PyMemoryView view) return view;
        ts.Raise(ExceptionKind.TypeError, "__buffer__ returned non-memoryview object");
        return null;
    }

    /// <summary>Calls <c>type(obj).__release_buffer__(obj, view)</c> when the type defines it. An
    /// error there cannot propagate (the consumer is done with the data): it goes to
    /// sys.unraisablehook, as in CPython.</summary>
    public static void CallReleaseMethod(ThreadState ts, PyObject obj, PyMemoryView view)
    {
        var name = ts.Interpreter.Intern("__release_buffer__");
        if (obj.Type.LookupMro(name) is null) return;
        var pending = ts.FetchError();
        if (Ops.CallSpecial(ts, obj, name, [view]) is null && ts.FetchError() is { } error)
            Unraisable.Report(ts, error, obj, "Exception ignored in");
        ts.CurrentException = pending;
    }

    /// <summary><c>__buffer__</c> found on the type when it is defined in Python (a builtin
    /// exporter's own method is not one: its data is reached through <see cref="IBuffer"/>).</summary>
    static PyObject? PythonBufferMethod(PyObject obj)
    {
        if (IsExactBuiltin(obj)) return null;
        var method = obj.Type.LookupMro(obj.Type.Owner.Intern("__buffer__"));
        return method is null or PyMethodDescriptor ? null : method;
    }

    static bool IsExactBuiltin(PyObject obj) => !obj.Type.HasFlag(TypeFlags.HeapType);

    // ---- the __buffer__ / __release_buffer__ methods of builtin exporters ----

    /// <summary>Adds <c>__buffer__</c> (and <c>__release_buffer__</c> where the exporter counts
    /// its exports: bytearray, memoryview, array) to a builtin buffer type's dict.</summary>
    public static void AddMethodsTo(PyType type, bool withRelease)
    {
        type.AddMethod("__buffer__", static (ts, self, args, kw) =>
        {
            if (!OneArgument(ts, "__buffer__", args, kw)) return null;
            if (!TextArgs.ToSsize(ts, args[0], out long flags)) return null;
            if (flags < int.MinValue || flags > int.MaxValue)
                return ts.Raise(ExceptionKind.OverflowError, flags < 0 ? "buffer flags too small" : "buffer flags too large");
            var buffer = (IBuffer)self;
            if ((flags & Writable) != 0 && buffer.IsReadOnly)
                return ts.Raise(ExceptionKind.BufferError, "Object is not writable.");
            var view = MemoryViewType.FromBuiltinExporter(ts, self);
            view?.Hold();
            return view;
        }, "Return a buffer object that exposes the underlying memory of the object.");
        if (!withRelease) return;
        type.AddMethod("__release_buffer__", static (ts, self, args, kw) =>
        {
            if (!OneArgument(ts, "__release_buffer__", args, kw)) return null;
            if (args[0] is not PyMemoryView view) return ts.Raise(ExceptionKind.TypeError, "expected a memoryview object");
            return view.Release(ts) ? ts.Interpreter.None : null;
        }, "Release the buffer object that exposes the underlying memory of the object.");
    }

    /// <summary>The argument check of CPython's slot wrappers for these two methods.</summary>
    static bool OneArgument(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "wrapper " + name, kw)) return false;
        if (args.Length == 1) return true;
        ts.Raise(ExceptionKind.TypeError, $" expected 1 argument, got {args.Length}");
        return false;
    }
}
