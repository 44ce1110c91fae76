using System.Numerics;
using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Interpreters;

/// <summary>
/// An interpreter-neutral value (DESIGN §2 rule 5): what crosses between interpreters instead of
/// an object. It holds only immutable .NET data — str and bytes payloads by reference, so that
/// passing 100 MB costs the same as passing 10 bytes — and is re-materialised as a fresh object
/// of the receiving interpreter. The shareable types are PEP 734's: None, bool, int, float, str,
/// bytes, tuples of shareables, queues, and memoryviews (whose bytes are really shared, see
/// <see cref="CrossInterpreterBuffer"/>). Anything else crosses, where PEP 734 allows it, as a
/// stateless function (<see cref="SharedFunction"/>) or as pickle data.
/// </summary>
public sealed class SharedValue
{
    public enum Kind : byte { None, Bool, Int, BigInt, Float, Str, Bytes, Tuple, Queue, Buffer, Function, Reference, Pickled, Code, Ellipsis, Complex }

    public readonly Kind Type;
    readonly long _bits;
    readonly object? _payload;

    SharedValue(Kind type, long bits = 0, object? payload = null)
    {
        Type = type;
        _bits = bits;
        _payload = payload;
    }

    public static SharedValue None() => new(Kind.None);

    internal static SharedValue OfCode(object code) => new(Kind.Code, 0, code);

    /// <summary>Captures <paramref name="obj"/> as a neutral value; null (no exception set) when
    /// its type is not shareable (is_shareable).</summary>
    public static SharedValue? TryCapture(Interpreter interp, PyObject obj)
    {
        var t = interp.Types;
        if (ReferenceEquals(obj, interp.None)) return None();
        if (obj is PyBool b) return new SharedValue(Kind.Bool, b.Value ? 1 : 0);
        // Exact types only: a subclass instance carries Python identity and behaviour.
        if (ReferenceEquals(obj.Type, t.Int))
        {
            var i = (PyInt)obj;
            return i.IsSmall ? new SharedValue(Kind.Int, i.Small) : new SharedValue(Kind.BigInt, 0, i.Big!.Value);
        }
        if (ReferenceEquals(obj.Type, t.Float)) return new SharedValue(Kind.Float, BitConverter.DoubleToInt64Bits(((PyFloat)obj).Value));
        if (ReferenceEquals(obj.Type, t.Str)) return new SharedValue(Kind.Str, 0, ((PyStr)obj).Value);
        // A bytes payload is never mutated after creation (PyBytes' contract): shared as is.
        if (ReferenceEquals(obj.Type, t.Bytes)) return new SharedValue(Kind.Bytes, 0, ((PyBytes)obj).Value);
        if (ReferenceEquals(obj.Type, t.Tuple))
        {
            var items = ((PyTuple)obj).Items;
            var shared = new SharedValue[items.Length];
            for (int k = 0; k < items.Length; k++)
            {
                var s = TryCapture(interp, items[k]);
                if (s is null) return null;
                shared[k] = s;
            }
            return new SharedValue(Kind.Tuple, 0, shared);
        }
        if (obj is PyQueueObject q) return new SharedValue(Kind.Queue, 0, q.Queue);
        if (obj is PyMemoryView mv && CrossInterpreterBuffer.TryShare(mv) is { } buffer) return new SharedValue(Kind.Buffer, 0, buffer);
        return null;
    }

    /// <summary>A constant of a code object: the shareable types plus Ellipsis and complex.</summary>
    internal static SharedValue? TryCaptureConstant(Interpreter interp, PyObject obj)
    {
        if (ReferenceEquals(obj, interp.Ellipsis)) return new SharedValue(Kind.Ellipsis);
        if (ReferenceEquals(obj.Type, interp.Types.Complex))
        {
            var c = (PyComplex)obj;
            return new SharedValue(Kind.Complex, BitConverter.DoubleToInt64Bits(c.Real), c.Imag);
        }
        if (obj is PyTuple tuple && ReferenceEquals(obj.Type, interp.Types.Tuple))
        {
            var shared = new SharedValue[tuple.Items.Length];
            for (int k = 0; k < shared.Length; k++)
            {
                var s = TryCaptureConstant(interp, tuple.Items[k]);
                if (s is null) return null;
                shared[k] = s;
            }
            return new SharedValue(Kind.Tuple, 0, shared);
        }
        return TryCapture(interp, obj);
    }

    /// <summary>Captures <paramref name="obj"/> for sending; raises NotShareableError when it cannot
    /// cross. With <paramref name="fallback"/> (PEP 734's rule for prepare_main, call and queues),
    /// functions without state cross as code and other objects as pickle data.</summary>
    public static SharedValue? Capture(ThreadState ts, PyObject obj, bool fallback = true)
    {
        var v = TryCapture(ts.Interpreter, obj);
        if (v is not null || !fallback) return v ?? RaiseNotShareable(ts, obj, null);
        if (obj is PyFunction f && SharedFunction.TryCapture(ts.Interpreter, f, stateless: true) is { } sf)
            return new SharedValue(Kind.Function, 0, sf);
        if (obj is PyFunction or PyType or PyBuiltinFunction)
        {
            // By name, as pickle would save it, without pickle's machinery.
            var reference = Helper(ts, "reference") is { } h ? Ops.Call(ts, h, obj) : null;
            if (reference is null) return null;
            if (reference is PyTuple { Items: [PyStr module, PyStr qualname, var main] })
                return new SharedValue(Kind.Reference, 0, (module.Value, qualname.Value, main is PyStr m ? m.Value : null));
        }
        return Pickle(ts, obj);
    }

    static SharedValue? RaiseNotShareable(ThreadState ts, PyObject obj, PyBaseException? cause)
    {
        var repr = Ops.Repr(ts, obj) is PyStr r ? r.Value : $"<{obj.Type.Name} object>";
        ts.CurrentException = null;
        if (repr.Length > 200) repr = repr[..200] + "...";
        var exc = ts.Interpreter.NewException(InterpretersModule.NotShareableErrorType(ts), $"{repr} does not support cross-interpreter data");
        if (cause is not null)
        {
            exc.Cause = cause;
            exc.SuppressContext = true;
        }
        ts.Raise(exc);
        return null;
    }

    /// <summary>concurrent.interpreters._crossinterp.dumps(obj): (pickle bytes, main script path).</summary>
    static SharedValue? Pickle(ThreadState ts, PyObject obj)
    {
        var helper = Helper(ts, "dumps");
        var result = helper is null ? null : Ops.Call(ts, helper, obj);
        if (result is not PyTuple { Items: [PyBytes data, var main] })
        {
            var cause = ts.FetchError();
            return RaiseNotShareable(ts, obj, cause);
        }
        return new SharedValue(Kind.Pickled, 0, (data.Value, main is PyStr s ? s.Value : null));
    }

    static PyObject? Helper(ThreadState ts, string name)
    {
        var module = ImportSystem.ImportModule(ts, "concurrent.interpreters._crossinterp");
        return module is null ? null : Ops.GetAttr(ts, module, ts.Interpreter.Str(name));
    }

    /// <summary>Whether materialising this value may run Python code (unpickling) and fail.</summary>
    public bool IsPickled => Type == Kind.Pickled;

    /// <summary>A new object of <paramref name="ts"/>'s interpreter equal to the captured value;
    /// null with the exception set when unpickling failed.</summary>
    public PyObject? ToObject(ThreadState ts)
    {
        var interp = ts.Interpreter;
        switch (Type)
        {
            case Kind.Tuple:
            {
                var items = (SharedValue[])_payload!;
                if (items.Length == 0) return interp.EmptyTuple;
                var objs = new PyObject[items.Length];
                for (int i = 0; i < items.Length; i++)
                    if ((objs[i] = items[i].ToObject(ts)!) is null) return null;
                return interp.Tuple(objs);
            }
            case Kind.Function:
                return ((SharedFunction)_payload!).ToFunction(ts);
            case Kind.Reference:
            {
                var (module, qualname, main) = ((string, string, string?))_payload!;
                var resolve = Helper(ts, "resolve");
                if (resolve is null) return null;
                return Ops.Call(ts, resolve, [interp.Str(module), interp.Str(qualname), main is null ? interp.None : interp.Str(main)]);
            }
            case Kind.Pickled:
            {
                var (data, main) = ((byte[], string?))_payload!;
                var loads = Helper(ts, "loads");
                if (loads is null) return null;
                return Ops.Call(ts, loads, new PyBytes(interp.Types.Bytes, data), main is null ? interp.None : interp.Str(main));
            }
            default:
                return ToConstant(interp);
        }
    }

    /// <summary>The value as an object of <paramref name="interp"/>, for kinds that need no code
    /// to run (everything but functions and pickle data).</summary>
    public PyObject ToConstant(Interpreter interp) => Type switch
    {
        Kind.None => interp.None,
        Kind.Bool => interp.Bool(_bits != 0),
        Kind.Int => interp.Int(_bits),
        Kind.BigInt => interp.Int((BigInteger)_payload!),
        Kind.Float => new PyFloat(interp.Types.Float, BitConverter.Int64BitsToDouble(_bits)),
        Kind.Str => interp.Str((string)_payload!),
        Kind.Bytes => ((byte[])_payload!).Length == 0 ? interp.EmptyBytes : new PyBytes(interp.Types.Bytes, (byte[])_payload!),
        Kind.Tuple => ConstantTuple(interp, (SharedValue[])_payload!),
        Kind.Queue => InterpretersModule.QueueHandle(interp, (InterpreterQueue)_payload!),
        Kind.Buffer => ((CrossInterpreterBuffer)_payload!).NewView(interp),
        Kind.Code => SharedFunction.Rebuild(interp, _payload!),
        Kind.Ellipsis => interp.Ellipsis,
        Kind.Complex => new PyComplex(interp.Types.Complex, BitConverter.Int64BitsToDouble(_bits), (double)_payload!),
        _ => throw new InvalidOperationException($"shared value kind {Type} needs a thread state"),
    };

    static PyObject ConstantTuple(Interpreter interp, SharedValue[] items)
    {
        if (items.Length == 0) return interp.EmptyTuple;
        var objs = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++) objs[i] = items[i].ToConstant(interp);
        return interp.Tuple(objs);
    }
}
