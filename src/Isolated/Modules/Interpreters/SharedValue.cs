using System.Numerics;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Interpreters;

/// <summary>
/// An interpreter-neutral value (DESIGN §2 rule 5): what crosses between interpreters instead of
/// an object. It holds only immutable .NET data — str and bytes payloads by reference, so that
/// passing 100 MB costs the same as passing 10 bytes — and is re-materialised as a fresh object
/// of the receiving interpreter. The shareable types are PEP 734's: None, bool, int, float, str,
/// bytes, tuples of shareables, and queues.
/// </summary>
public sealed class SharedValue
{
    public enum Kind : byte { None, Bool, Int, BigInt, Float, Str, Bytes, Tuple, Queue }

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

    /// <summary>Captures <paramref name="obj"/> as a neutral value; null (no exception set) when
    /// its type is not shareable.</summary>
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
        return null;
    }

    /// <summary>Like <see cref="TryCapture"/> but raises NotShareableError-style ValueError.</summary>
    public static SharedValue? Capture(ThreadState ts, PyObject obj)
    {
        var v = TryCapture(ts.Interpreter, obj);
        if (v is null)
            ts.Raise(InterpretersModule.NotShareableErrorType(ts), $"{obj.Type.Name} does not support cross-interpreter data");
        return v;
    }

    /// <summary>A new object of <paramref name="interp"/> equal to the captured value.</summary>
    public PyObject ToObject(Interpreter interp) => Type switch
    {
        Kind.None => interp.None,
        Kind.Bool => interp.Bool(_bits != 0),
        Kind.Int => interp.Int(_bits),
        Kind.BigInt => interp.Int((BigInteger)_payload!),
        Kind.Float => new PyFloat(interp.Types.Float, BitConverter.Int64BitsToDouble(_bits)),
        Kind.Str => interp.Str((string)_payload!),
        Kind.Bytes => ((byte[])_payload!).Length == 0 ? interp.EmptyBytes : new PyBytes(interp.Types.Bytes, (byte[])_payload!),
        Kind.Tuple => TupleOf(interp, (SharedValue[])_payload!),
        Kind.Queue => new PyQueueObject(InterpretersModule.QueueType(interp), (InterpreterQueue)_payload!),
        _ => throw new InvalidOperationException($"unknown shared value kind {Type}"),
    };

    static PyObject TupleOf(Interpreter interp, SharedValue[] items)
    {
        if (items.Length == 0) return interp.EmptyTuple;
        var objs = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++) objs[i] = items[i].ToObject(interp);
        return interp.Tuple(objs);
    }
}
