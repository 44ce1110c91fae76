using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

/// <summary>
/// <c>types.SimpleNamespace</c> (also the type of sys.implementation): an attribute bag made from
/// keyword arguments, with a <c>namespace(a=1, b=2)</c> repr (the subclass's name for a subclass,
/// <c>namespace(...)</c> when it contains itself), equality by attributes, and pickling support.
/// One type per interpreter, kept with the struct-sequence types.
/// </summary>
public static class NamespaceType
{
    const string Key = "types.SimpleNamespace";

    public static PyType Get(Interpreter interp)
    {
        var state = SysState.Of(interp);
        if (state.StructSeqTypes.TryGetValue(Key, out var t)) return t;
        // object's __new__ makes the instance (with its dict); __init__ fills it.
        t = interp.Types.NewBuiltin("SimpleNamespace", interp.Types.Object, TypeFlags.HasInstanceDict | TypeFlags.BaseType, static s =>
        {
            s.Init = Init;
            s.Repr = Repr;
            s.RichCompare = RichCompare;
            s.Hash = null;
        }, static (_, type) =>
        {
            type.AddValue("__module__", type.Owner.Str("types"));
            type.AddMethod("__reduce__", Reduce, "Return state information for pickling");
            type.AddGetSet("__dict__", static (ts, self) => ((IInstanceDict)self).InstanceDict ??= ts.Interpreter.NewDict());
        });
        state.StructSeqTypes.Add(Key, t);
        return t;
    }

    public static PyInstance New(Interpreter interp) => new(Get(interp)) { InstanceDict = interp.NewDict() };

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int keywords = kwnames?.Count ?? 0;
        if (args.Length > keywords)
        {
            ts.Raise(ExceptionKind.TypeError, "no positional arguments expected");
            return false;
        }
        if (keywords == 0) return true;
        if (self is not IInstanceDict owner)
        {
            ts.Raise(ExceptionKind.TypeError, $"'{self.Type.Name}' object has no __dict__");
            return false;
        }
        var dict = owner.InstanceDict ??= ts.Interpreter.NewDict();
        var values = args[(args.Length - keywords)..];
        for (int i = 0; i < keywords; i++)
            if (!dict.TrySetItem(ts, kwnames!.Items[i], values[i])) return false;
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        var type = Get(ts.Interpreter);
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || !other.Type.IsSubtypeOf(type))
            return ts.Interpreter.NotImplemented;
        var a = Ops.InstanceDict(self) ?? ts.Interpreter.NewDict();
        var b = Ops.InstanceDict(other) ?? ts.Interpreter.NewDict();
        return Ops.RichCompare(ts, a, b, op);
    }

    /// <summary>(type(self), (), self.__dict__): copy and pickle rebuild the namespace from it.</summary>
    static PyObject? Reduce(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        var dict = Ops.InstanceDict(self) ?? interp.NewDict();
        return interp.Tuple(self.Type, interp.EmptyTuple, dict);
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var name = ReferenceEquals(self.Type, Get(ts.Interpreter)) ? "namespace" : self.Type.Name;
        if (!ReprGuard.Enter(ts, self)) return ts.Interpreter.Str(name + "(...)");
        try { return ReprItems(ts, self, name); }
        finally { ReprGuard.Leave(ts, self); }
    }

    static PyObject? ReprItems(ThreadState ts, PyObject self, string name)
    {
        var sb = new StringBuilder(name).Append('(');
        if (Ops.InstanceDict(self) is { } d)
        {
            int pos = 0;
            bool first = true;
            if (!Ops.EnterRecursiveCall(ts, " while getting the repr of an object")) return null;
            try
            {
                while (d.Next(ref pos, out var key, out var value))
                {
                    if (key is not PyStr k) continue;
                    if (Ops.Repr(ts, value) is not PyStr r) return null;
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(k.Value).Append('=').Append(r.Value);
                }
            }
            finally
            {
                Ops.LeaveRecursiveCall(ts);
            }
        }
        sb.Append(')');
        return ts.Interpreter.Str(sb.ToString());
    }
}
