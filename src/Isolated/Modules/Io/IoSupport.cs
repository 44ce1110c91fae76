using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Io;

/// <summary>Helpers shared by the _io types: calling methods by name (so Python overrides win),
/// the common errors, and argument conversions.</summary>
static class IoSupport
{
    public const int DefaultBufferSize = 8192;

    public static PyObject? CallMethod(ThreadState ts, PyObject obj, string name, params ReadOnlySpan<PyObject> args)
    {
        var method = Ops.GetAttr(ts, obj, ts.Interpreter.Intern(name));
        return method is null ? null : Ops.Call(ts, method, args);
    }

    public static PyObject? RaiseClosed(ThreadState ts) => ts.Raise(ExceptionKind.ValueError, "I/O operation on closed file.");

    public static PyObject? RaiseUnsupported(ThreadState ts, string message)
    {
        var t = IoTypes.Of(ts).UnsupportedOperation(ts);
        return t is null ? null : ts.Raise(t, message);
    }

    public static PyObject? RaiseErrno(ThreadState ts, int errno, PyObject? filename = null) =>
        ts.Raise(OSErrors.FromErrno(ts, errno, LibC.StrError(errno), filename));

    /// <summary>A size argument: absent or None gives -1; otherwise an integer (index).</summary>
    public static bool SizeArg(ThreadState ts, PyObject? arg, out long size)
    {
        size = -1;
        if (arg is null || ReferenceEquals(arg, ts.Interpreter.None)) return true;
        if (arg is PyInt { IsSmall: true } i) { size = i.Small; return true; }
        if (!Ops.IsIndex(arg))
        {
            ts.Raise(ExceptionKind.TypeError, $"argument should be integer or None, not '{arg.Type.Name}'");
            return false;
        }
        return Ops.AsIndexSize(ts, arg, out size);
    }

    /// <summary>Parses one optional size argument of method <paramref name="name"/>.</summary>
    public static bool OptionalSize(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, out long size)
    {
        size = -1;
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 0, 1)) return false;
        return SizeArg(ts, args.Length > 0 ? args[0] : null, out size);
    }

    public static bool IntArg(ThreadState ts, PyObject arg, out long value)
    {
        if (arg is PyInt { IsSmall: true } i) { value = i.Small; return true; }
        if (!Ops.IsIndex(arg))
        {
            value = 0;
            ts.Raise(ExceptionKind.TypeError, $"'{arg.Type.Name}' object cannot be interpreted as an integer");
            return false;
        }
        return Ops.AsIndexSize(ts, arg, out value);
    }

    /// <summary>The bytes of a bytes-like object, or a TypeError.</summary>
    public static bool BytesLike(ThreadState ts, PyObject arg, out ReadOnlySpan<byte> data) =>
        ByteStringMethods.TryArg(ts, arg, out data);

    public static PyBytes Bytes(ThreadState ts, ReadOnlySpan<byte> data) =>
        data.Length == 0 ? ts.Interpreter.EmptyBytes : PyBytes.Create(ts.Interpreter, data.ToArray());

    /// <summary>Truth of obj.closed (looked up as an attribute, as CPython does).</summary>
    public static int IsClosed(ThreadState ts, PyObject obj)
    {
        if (obj is PyFileIO f && ReferenceEquals(f.Type, IoTypes.Of(ts).FileIO)) return f.Fd < 0 ? 1 : 0;
        var c = Ops.GetAttr(ts, obj, ts.Interpreter.Intern("closed"));
        return c is null ? -1 : Ops.IsTrue(ts, c);
    }

    /// <summary>An io object's type as CPython's tp_name spells it ("_io.BytesIO"; a Python
    /// subclass by its own name).</summary>
    public static string TypeName(PyObject obj) =>
        obj.Type.HasFlag(TypeFlags.HeapType) ? obj.Type.Name : "_io." + obj.Type.Name;

    /// <summary>The __dict__ part of a BytesIO/StringIO pickle: a copy, or None when it has none.</summary>
    public static PyObject DictState(ThreadState ts, PyIOBase obj)
    {
        if (obj.InstanceDict is not { } d) return ts.Interpreter.None;
        var copy = ts.Interpreter.NewDict();
        copy.CopyFrom(d);
        return copy;
    }

    /// <summary>Merges the saved __dict__ (None: nothing) into the object's own.</summary>
    public static bool RestoreDictState(ThreadState ts, PyIOBase obj, PyObject saved, string ordinal)
    {
        if (ReferenceEquals(saved, ts.Interpreter.None)) return true;
        if (saved is not PyDict d)
        {
            ts.Raise(ExceptionKind.TypeError, $"{ordinal} item of state should be a dict, got a {saved.Type.TpName}");
            return false;
        }
        obj.InstanceDict ??= ts.Interpreter.NewDict();
        return obj.InstanceDict.Merge(ts, d);
    }

    public static bool CheckOpen(ThreadState ts, PyObject obj)
    {
        int c = IsClosed(ts, obj);
        if (c < 0) return false;
        if (c > 0) { RaiseClosed(ts); return false; }
        return true;
    }

    /// <summary>Releases the GIL before a blocking system call (when this thread holds it);
    /// pass the result to <see cref="EndBlocking"/> afterwards.</summary>
    public static bool BeginBlocking(ThreadState ts)
    {
        var gil = ts.Interpreter.Gil;
        if (!gil.IsHeldBy(ts)) return false;
        gil.Release(ts);
        return true;
    }

    public static void EndBlocking(ThreadState ts, bool released)
    {
        if (released) ts.Interpreter.Gil.Acquire(ts);
    }
}
