using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>BaseException's slots and methods: args, __traceback__, __cause__, __context__,
/// __suppress_context__, with_traceback, add_note, __reduce__, __setstate__.</summary>
public static class BaseExceptionMethods
{
    public static readonly NewFunc New = static (ts, type, args, kwnames) =>
    {
        var positional = args[..(args.Length - (kwnames?.Count ?? 0))];
        return new PyBaseException(type, PyTuple.CopyOf(ts.Interpreter, positional));
    };

    public static readonly InitFunc Init = static (ts, self, args, kwnames) =>
    {
        if (kwnames is not null && kwnames.Count > 0)
        {
            ts.Raise(ExceptionKind.TypeError, $"{self.Type.Name}() takes no keyword arguments");
            return false;
        }
        var e = (PyBaseException)self;
        // __new__ has usually just stored the same arguments: keep that tuple (an exception's
        // args tuple is immutable, so no one can tell it from a fresh one).
        if (!SameItems(e.Args, args))
            e.Args = PyTuple.CopyOf(ts.Interpreter, args);
        return true;
    };

    static bool SameItems(PyTuple tuple, ReadOnlySpan<PyObject> items)
    {
        var held = tuple.Items;
        if (held.Length != items.Length) return false;
        for (int i = 0; i < items.Length; i++)
            if (!ReferenceEquals(held[i], items[i])) return false;
        return true;
    }

    public static readonly UnaryFunc Repr = static (ts, self) =>
    {
        var e = (PyBaseException)self;
        var name = e.Type.Name;
        if (e.Args.Count == 1)
            return Ops.Repr(ts, e.Args[0]) is PyStr r ? ts.Interpreter.Str($"{name}({r.Value})") : null;
        return Ops.Repr(ts, e.Args) is PyStr rs ? ts.Interpreter.Str(name + rs.Value) : null;
    };

    public static readonly UnaryFunc Str = static (ts, self) =>
    {
        var e = (PyBaseException)self;
        return e.Args.Count switch
        {
            0 => ts.Interpreter.EmptyStr,
            1 => Ops.Str(ts, e.Args[0]),
            _ => Ops.Str(ts, e.Args),
        };
    };

    /// <summary>__init__ of a family whose fields come from the positional arguments.</summary>
    public static bool InitLayout(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, ExceptionLayout layout)
    {
        if (!Init(ts, self, args, kwnames)) return false;
        var e = (PyBaseException)self;
        return ExceptionLayouts.FillFromArgs(ts, e, layout, e.Args.Items, strict: true);
    }

    /// <summary>__init__ of ImportError / AttributeError / NameError: keyword-only attributes
    /// (stored at field index <paramref name="firstKeywordField"/> on).</summary>
    public static bool InitWithKeywords(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames,
                                        ExceptionLayout layout, string typeName, string[] keywords, int firstKeywordField)
    {
        var e = (PyBaseException)self;
        int nkw = kwnames?.Count ?? 0;
        var positional = args[..(args.Length - nkw)];
        var f = ExceptionLayouts.Fields(ts, e, layout);
        for (int i = 0; i < keywords.Length; i++) f[firstKeywordField + i] = ts.Interpreter.None;
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            int index = Array.IndexOf(keywords, key);
            if (index < 0)
            {
                ts.Raise(ExceptionKind.TypeError, $"'{key}' is an invalid keyword argument for {typeName}()");
                return false;
            }
            f[firstKeywordField + index] = args[positional.Length + k];
        }
        e.Args = positional.Length == 0 ? ts.Interpreter.EmptyTuple : ts.Interpreter.Tuple(positional.ToArray());
        if (layout == ExceptionLayout.ImportError) f[0] = positional.Length == 1 ? positional[0] : ts.Interpreter.None;
        return true;
    }

    static bool IsTraceback(PyObject o) => o.Type.Name == "traceback" && !o.Type.HasFlag(TypeFlags.HeapType);

    public static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("args", static (ts, self) => ((PyBaseException)self).Args, static (ts, self, v) =>
        {
            if (v is null)
            {
                ts.Raise(ExceptionKind.TypeError, "args may not be deleted");
                return false;
            }
            var items = IterationHelper.ToList(ts, v);
            if (items is null) return false;
            ((PyBaseException)self).Args = ts.Interpreter.Tuple(items.ToArray());
            return true;
        });
        type.AddGetSet("__traceback__", static (ts, self) => ((PyBaseException)self).Traceback ?? ts.Interpreter.None, static (ts, self, v) =>
        {
            if (v is null)
            {
                ts.Raise(ExceptionKind.TypeError, "__traceback__ may not be deleted");
                return false;
            }
            if (!ReferenceEquals(v, ts.Interpreter.None) && !IsTraceback(v))
            {
                ts.Raise(ExceptionKind.TypeError, "__traceback__ must be a traceback or None");
                return false;
            }
            ((PyBaseException)self).Traceback = ReferenceEquals(v, ts.Interpreter.None) ? null : v;
            return true;
        });
        type.AddGetSet("__cause__", static (ts, self) => (PyObject?)((PyBaseException)self).Cause ?? ts.Interpreter.None, static (ts, self, v) =>
        {
            if (!CheckChain(ts, v, "cause", out var exc)) return false;
            var e = (PyBaseException)self;
            e.Cause = exc;
            e.SuppressContext = true;
            return true;
        }, "exception cause");
        type.AddGetSet("__context__", static (ts, self) => (PyObject?)((PyBaseException)self).Context ?? ts.Interpreter.None, static (ts, self, v) =>
        {
            if (!CheckChain(ts, v, "context", out var exc)) return false;
            ((PyBaseException)self).Context = exc;
            return true;
        }, "exception context");
        type.AddGetSet("__suppress_context__", static (ts, self) => ts.Interpreter.Bool(((PyBaseException)self).SuppressContext), static (ts, self, v) =>
        {
            if (v is null)
            {
                ts.Raise(ExceptionKind.TypeError, "__suppress_context__ may not be deleted");
                return false;
            }
            int t = Ops.IsTrue(ts, v);
            if (t < 0) return false;
            ((PyBaseException)self).SuppressContext = t > 0;
            return true;
        });
        type.AddGetSet("__dict__", static (ts, self) => ((PyBaseException)self).Dict ??= ts.Interpreter.NewDict(), static (ts, self, v) =>
        {
            if (v is not PyDict d)
            {
                ts.Raise(ExceptionKind.TypeError, v is null ? "__dict__ may not be deleted" : "__dict__ must be a dictionary");
                return false;
            }
            ((PyBaseException)self).Dict = d;
            return true;
        });
        type.AddMethod("with_traceback", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "with_traceback", args, kw, 1, 1)) return null;
            var tb = args[0];
            if (!ReferenceEquals(tb, ts.Interpreter.None) && !IsTraceback(tb))
                return ts.Raise(ExceptionKind.TypeError, "__traceback__ must be a traceback or None");
            ((PyBaseException)self).Traceback = ReferenceEquals(tb, ts.Interpreter.None) ? null : tb;
            return self;
        }, "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.");
        type.AddMethod("add_note", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "add_note", args, kw, 1, 1)) return null;
            if (args[0] is not PyStr note)
                return ts.Raise(ExceptionKind.TypeError, $"note must be a str, not '{args[0].Type.Name}'");
            return ExceptionBehaviour.AddNote(ts, (PyBaseException)self, note) ? ts.Interpreter.None : null;
        }, "Exception.add_note(note) --\n    add a note to the exception");
        type.AddMethod("__reduce__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__reduce__", args, kw, 0, 0)) return null;
            var e = (PyBaseException)self;
            return e.Dict is { Count: > 0 } d ? ts.Interpreter.Tuple(e.Type, e.Args, d) : ts.Interpreter.Tuple(e.Type, e.Args);
        });
        type.AddMethod("__setstate__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__setstate__", args, kw, 1, 1)) return null;
            if (ReferenceEquals(args[0], ts.Interpreter.None)) return ts.Interpreter.None;
            if (args[0] is not PyDict state) return ts.Raise(ExceptionKind.TypeError, "state is not a dictionary");
            int pos = 0;
            while (state.Next(ref pos, out var k, out var v))
            {
                if (k is not PyStr ks) return ts.Raise(ExceptionKind.TypeError, "attribute name must be string");
                if (!Ops.SetAttr(ts, self, ks, v)) return null;
            }
            return ts.Interpreter.None;
        });
    }

    static bool CheckChain(ThreadState ts, PyObject? v, string what, out PyBaseException? exc)
    {
        exc = null;
        if (v is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"__{what}__ may not be deleted");
            return false;
        }
        if (ReferenceEquals(v, ts.Interpreter.None)) return true;
        if (v is PyBaseException e)
        {
            exc = e;
            return true;
        }
        ts.Raise(ExceptionKind.TypeError, $"exception {what} must be None or derive from BaseException");
        return false;
    }
}
