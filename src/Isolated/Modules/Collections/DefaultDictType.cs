using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Collections;

/// <summary>collections.defaultdict: dict's slots, plus __missing__ that calls default_factory
/// (dict's subscript calls __missing__ for any instance that is not an exact dict).</summary>
public static class DefaultDictType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("defaultdict", types.Dict, TypeFlags.BaseType | TypeFlags.DictSubclass, s =>
        {
            s.New = static (ts, type, args, kw) => new PyDefaultDict(type);
            s.Init = Init;
            s.Repr = Repr;
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("collections"));
        type.AddMethod("__missing__", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__missing__", a, k, 1, 1)) return null;
            var d = (PyDefaultDict)self;
            if (d.DefaultFactory is null)
            {
                ts.Raise(ts.Interpreter.NewException(ExceptionKind.KeyError, ""));
                ts.CurrentException!.Args = ts.Interpreter.Tuple(a[0]);
                return null;
            }
            var v = Ops.Call(ts, d.DefaultFactory);
            if (v is null) return null;
            return Ops.SetItem(ts, d, a[0], v) ? v : null;
        });
        type.AddMethod("copy", static (ts, self, a, k) => Copy(ts, (PyDefaultDict)self));
        type.AddMethod("__copy__", static (ts, self, a, k) => Copy(ts, (PyDefaultDict)self));
        type.AddMethod("__reduce__", static (ts, self, a, k) =>
        {
            var d = (PyDefaultDict)self;
            var interp = ts.Interpreter;
            var args = d.DefaultFactory is null ? interp.EmptyTuple : interp.Tuple(d.DefaultFactory);
            var items = Ops.CallSpecial(ts, d, interp.Str("items"), ReadOnlySpan<PyObject>.Empty);
            if (items is null) return null;
            var it = Ops.GetIter(ts, items);
            return it is null ? null : interp.Tuple(self.Type, args, interp.None, interp.None, it);
        });
        type.AddGetSet("default_factory",
            static (ts, self) => ((PyDefaultDict)self).DefaultFactory ?? ts.Interpreter.None,
            static (ts, self, value) =>
            {
                ((PyDefaultDict)self).DefaultFactory = value is null || ReferenceEquals(value, ts.Interpreter.None) ? null : value;
                return true;
            });
    }

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var d = (PyDefaultDict)self;
        int npos = args.Length - (kw?.Count ?? 0);
        var rest = args;
        if (npos > 0)
        {
            var f = args[0];
            if (!ReferenceEquals(f, ts.Interpreter.None) && f.Type.Slots.Call is null)
            {
                ts.Raise(ExceptionKind.TypeError, "first argument must be callable or None");
                return false;
            }
            d.DefaultFactory = ReferenceEquals(f, ts.Interpreter.None) ? null : f;
            rest = args[1..];
        }
        return ts.Interpreter.Types.Dict.Slots.Init is not { } init || init(ts, self, rest, kw);
    }

    static PyObject? Copy(ThreadState ts, PyDefaultDict d)
    {
        var c = new PyDefaultDict(d.Type) { DefaultFactory = d.DefaultFactory };
        int pos = 0;
        while (d.Next(ref pos, out var k, out var v))
            if (!c.TrySetItem(ts, k, v)) return null;
        return c;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = (PyDefaultDict)self;
        string factory = "None";
        if (d.DefaultFactory is not null)
        {
            var guard = ts.ReprInProgress ??= new List<PyObject>();
            bool recursive = false;
            foreach (var o in guard) if (ReferenceEquals(o, self)) recursive = true;
            if (recursive) factory = "...";
            else
            {
                guard.Add(self);
                try
                {
                    if (Ops.Repr(ts, d.DefaultFactory) is not PyStr f) return null;
                    factory = f.Value;
                }
                finally
                {
                    guard.Remove(self);
                }
            }
        }
        var dictRepr = ts.Interpreter.Types.Dict.Slots.Repr!(ts, self) as PyStr;
        if (dictRepr is null) return null;
        return ts.Interpreter.Str($"{self.Type.Name}({factory}, {dictRepr.Value})");
    }
}
