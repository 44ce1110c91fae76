using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The abstract object protocol (CPython's object.c / abstract.c): every operation dispatches
/// through the operand's type slots, so C# builtins and Python classes behave alike. Split by
/// area into partial files. Failure protocol: null / false / -1 with the error set on ts.
/// </summary>
public static partial class Ops
{
    public static PyObject? GetAttr(ThreadState ts, PyObject obj, PyStr name)
    {
        var getattr = obj.Type.Slots.GetAttr;
        if (getattr is null)
            return RaiseNoAttribute(ts, obj, name);
        return getattr(ts, obj, name);
    }

    public static PyObject? GetAttr(ThreadState ts, PyObject obj, string name) =>
        GetAttr(ts, obj, ts.Interpreter.Str(name));

    /// <summary>getattr(obj, name, None)-style lookup: returns 1 found, 0 absent (AttributeError
    /// swallowed), -1 on any other error.</summary>
    public static int LookupAttr(ThreadState ts, PyObject obj, PyStr name, out PyObject? value)
    {
        if (ReferenceEquals(obj.Type.Slots.GetAttr, GenericGetAttrSlot))
        {
            value = GenericGetAttr(ts, obj, name, suppressMissing: true);
            if (value is not null) return 1;
            if (!ts.HasError) return 0;
        }
        else
        {
            value = GetAttr(ts, obj, name);
            if (value is not null) return 1;
        }
        if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.AttributeError)))
        {
            ts.CurrentException = null;
            return 0;
        }
        return -1;
    }

    public static bool SetAttr(ThreadState ts, PyObject obj, PyStr name, PyObject? value)
    {
        var setattr = obj.Type.Slots.SetAttr;
        if (setattr is null)
        {
            bool hasGet = obj.Type.Slots.GetAttr is not null;
            ts.Raise(ExceptionKind.TypeError, value is null
                ? $"'{obj.Type.TpName}' object has no attributes ({(hasGet ? "only read-only" : "no")} attributes)"
                : $"'{obj.Type.TpName}' object has {(hasGet ? "only read-only" : "no")} attributes (assign to .{name.Value})");
            return false;
        }
        return setattr(ts, obj, name, value);
    }

    public static PyObject? RaiseNoAttribute(ThreadState ts, PyObject obj, PyStr name)
    {
        var interp = ts.Interpreter;
        string message = obj is PyType t
            ? $"type object '{t.Name}' has no attribute '{name.Value}'"
            : $"'{obj.Type.TpName}' object has no attribute '{name.Value}'";
        // name and obj let tracebacks suggest a close match, as CPython 3.12 does.
        var e = new PyBaseException(interp.ExceptionType(ExceptionKind.AttributeError), interp.Tuple(interp.Str(message)))
        {
            Fields = [name, obj],
        };
        return ts.Raise(e);
    }

    /// <summary>object.__getattribute__ and object.__setattr__ as slot delegates (one instance
    /// each, so that the slot machinery can recognise them).</summary>
    public static readonly GetAttrFunc GenericGetAttrSlot = GenericGetAttr;
    public static readonly SetAttrFunc GenericSetAttrSlot = GenericSetAttr;

    /// <summary>The instance __dict__ of <paramref name="obj"/>, if it has one. Instances of a
    /// Python class whose hierarchy declares __slots__ only have no __dict__ even when their C#
    /// class could hold one.</summary>
    public static PyDict? InstanceDict(PyObject obj) => obj switch
    {
        IInstanceDict d => HasDictStorage(obj) ? d.InstanceDict : null,
        PyBaseException e => e.Dict,
        _ => null,
    };

    static bool HasDictStorage(PyObject obj)
    {
        var flags = obj.Type.Flags;
        return (flags & TypeFlags.HeapType) == 0 || (flags & TypeFlags.HasInstanceDict) != 0;
    }

    /// <summary>delattr(obj, name).</summary>
    public static bool DelAttr(ThreadState ts, PyObject obj, PyStr name) => SetAttr(ts, obj, name, null);

    /// <summary>object.__getattribute__: data descriptors on the type, then the instance dict,
    /// then non-data descriptors and class attributes.</summary>
    public static PyObject? GenericGetAttr(ThreadState ts, PyObject obj, PyStr name) =>
        GenericGetAttr(ts, obj, name, suppressMissing: false);

    /// <summary>object.__getattribute__; with <paramref name="suppressMissing"/>, an absent
    /// attribute returns null without raising (getattr with a default, hasattr: no exception
    /// object is built for the common miss).</summary>
    public static PyObject? GenericGetAttr(ThreadState ts, PyObject obj, PyStr name, bool suppressMissing)
    {
        var type = obj.Type;
        var descr = type.LookupMro(name);
        DescrGetFunc? get = null;
        if (descr is not null)
        {
            get = descr.Type.Slots.DescrGet;
            if (get is not null && descr.Type.Slots.DescrSet is not null)
                return get(ts, descr, obj, type);
        }
        if (InstanceDict(obj) is { } dict && dict.GetStr(name) is { } v)
            return v;
        if (get is not null)
            return get(ts, descr!, obj, type);
        if (descr is not null)
            return descr;
        return suppressMissing ? null : RaiseNoAttribute(ts, obj, name);
    }

    /// <summary>object.__setattr__ / __delattr__.</summary>
    public static bool GenericSetAttr(ThreadState ts, PyObject obj, PyStr name, PyObject? value)
    {
        var type = obj.Type;
        var descr = type.LookupMro(name);
        if (descr?.Type.Slots.DescrSet is { } set)
            return set(ts, descr, obj, value);
        if (obj is IInstanceDict owner && HasDictStorage(obj))
        {
            var dict = owner.InstanceDict;
            if (value is null)
            {
                if (dict is null || dict.TryDelItem(ts, name, name.Hash, out _) == 0)
                {
                    RaiseNoAttribute(ts, obj, name);
                    return false;
                }
                return true;
            }
            if (dict is null) owner.InstanceDict = dict = ts.Interpreter.NewDict();
            dict.SetStr(name, value);
            return true;
        }
        if (obj is PyBaseException exc)
        {
            if (value is null)
            {
                if (exc.Dict is null || exc.Dict.TryDelItem(ts, name, name.Hash, out _) == 0)
                {
                    RaiseNoAttribute(ts, obj, name);
                    return false;
                }
                return true;
            }
            (exc.Dict ??= ts.Interpreter.NewDict()).SetStr(name, value);
            return true;
        }
        if (descr is null)
            ts.Raise(ExceptionKind.AttributeError, $"'{type.TpName}' object has no attribute '{name.Value}'");
        else
            ts.Raise(ExceptionKind.AttributeError, $"'{type.TpName}' object attribute '{name.Value}' is read-only");
        return false;
    }
}
