using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

/// <summary>
/// Creates and reads objects of builtin types that other areas implement (list, float, frozenset,
/// set) through the interpreter's builtins module, so that sys and the import system depend only on
/// the object protocol. Falls back to a tuple (list, frozenset) or a str-built value when the type
/// is not available yet.
/// </summary>
public static class LateBound
{
    static PyType? BuiltinType(Interpreter interp, string name) =>
        SysState.Of(interp).Builtins.Dict.GetStr(name) is PyType t ? t : null;

    /// <summary>list(items); a tuple while no list type is registered.</summary>
    public static PyObject? NewList(ThreadState ts, params PyObject[] items) => FromTuple(ts, "list", items);

    /// <summary>frozenset(items); a tuple while no frozenset type is registered.</summary>
    public static PyObject? NewFrozenSet(ThreadState ts, PyObject[] items) => FromTuple(ts, "frozenset", items);

    static PyObject? FromTuple(ThreadState ts, string typeName, PyObject[] items)
    {
        var tuple = ts.Interpreter.Tuple(items);
        var type = BuiltinType(ts.Interpreter, typeName);
        return type is null ? tuple : Ops.Call(ts, type, tuple);
    }

    public static PyObject? NewStrList(ThreadState ts, IEnumerable<string> items)
    {
        var list = new List<PyObject>();
        foreach (var s in items) list.Add(ts.Interpreter.Str(s));
        return NewList(ts, list.ToArray());
    }

    /// <summary>A float object, via float(repr) until the float type is registered as a C# type
    /// this module can construct directly.</summary>
    public static PyObject? NewFloat(ThreadState ts, double value)
    {
        var type = BuiltinType(ts.Interpreter, "float");
        if (type is null) return ts.Raise(ExceptionKind.SystemError, "float type not available");
        return Ops.Call(ts, type, ts.Interpreter.Str(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Converts a real number object to double via float(); false with an error set.</summary>
    public static bool ToDouble(ThreadState ts, PyObject value, out double result)
    {
        result = 0;
        if (value is PyInt i)
        {
            result = (double)i.ToBigInteger();
            return true;
        }
        if (Ops.Repr(ts, value) is not PyStr r) return false;
        var type = BuiltinType(ts.Interpreter, "float");
        if (type is null || !ReferenceEquals(value.Type, type) && !value.Type.IsSubtypeOf(type))
        {
            ts.Raise(ExceptionKind.TypeError, $"must be real number, not {value.Type.Name}");
            return false;
        }
        return double.TryParse(r.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out result)
               || r.Value is "inf" or "-inf" or "nan";
    }

    /// <summary>Iterates any iterable through its type's iteration slots; null with an error set
    /// on failure.</summary>
    public static List<PyObject>? ToList(ThreadState ts, PyObject iterable)
    {
        var result = new List<PyObject>();
        if (iterable is PyTuple t && t.GetType() == typeof(PyTuple))
        {
            result.AddRange(t.Items);
            return result;
        }
        var iterSlot = iterable.Type.Slots.Iter;
        if (iterSlot is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"'{iterable.Type.Name}' object is not iterable");
            return null;
        }
        var it = iterSlot(ts, iterable);
        if (it is null) return null;
        var next = it.Type.Slots.IterNext;
        if (next is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"iter() returned non-iterator of type '{it.Type.Name}'");
            return null;
        }
        while (true)
        {
            var item = next(ts, it);
            if (item is null) return ts.HasError ? null : result;
            result.Add(item);
        }
    }

    /// <summary>The str items of an iterable (sys.path and friends); non-str items are skipped,
    /// as the path finder does.</summary>
    public static List<string>? ToStrings(ThreadState ts, PyObject iterable)
    {
        var items = ToList(ts, iterable);
        if (items is null) return null;
        var result = new List<string>(items.Count);
        foreach (var item in items)
            if (item is PyStr s) result.Add(s.Value);
        return result;
    }

    /// <summary>Calls <c>obj.name(args...)</c>.</summary>
    public static PyObject? CallMethod(ThreadState ts, PyObject obj, string name, params PyObject[] args)
    {
        var m = Ops.GetAttr(ts, obj, name);
        return m is null ? null : Ops.Call(ts, m, args);
    }
}
