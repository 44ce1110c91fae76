using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Time;

/// <summary>
/// Struct-sequence types for the C# stdlib modules (time.struct_time, os.stat_result,
/// os.terminal_size...): tuple subclasses whose first fields are the tuple's items and whose
/// remaining fields are readable by name only. Constructible from Python
/// (<c>time.struct_time((2024, 1, ...))</c>) as CPython's are.
/// </summary>
public static class StructSeqBuilder
{
    sealed class Layout(string module, string[] sequence, string[] extra)
    {
        public readonly string Module = module;
        public readonly string[] Sequence = sequence;
        public readonly string[] Extra = extra;
    }

    public static PyType Create(BuiltinTypes types, string module, string name, string[] sequence, string[] extra)
    {
        var layout = new Layout(module, sequence, extra);
        return types.NewBuiltin(name, types.Tuple, TypeFlags.TupleSubclass | TypeFlags.Immutable, s =>
        {
            s.New = (ts, type, args, kw) => New(ts, type, args, kw, layout);
            s.Init = null;
            s.Repr = (ts, self) => Repr(ts, self, layout);
        }, (_, t) =>
        {
            var interp = t.Owner;
            t.AddValue("__module__", interp.Str(module));
            t.AddValue("n_fields", interp.Int(sequence.Length + extra.Length));
            t.AddValue("n_sequence_fields", interp.Int(sequence.Length));
            t.AddValue("n_unnamed_fields", interp.Int(0));
            t.AddValue("_fields", interp.Tuple(Array.ConvertAll(sequence, f => (PyObject)interp.Str(f))));
            for (int i = 0; i < sequence.Length; i++)
            {
                int index = i;
                t.AddGetSet(sequence[i], (ts, self) => ((PyTuple)self).Items[index]);
            }
            for (int i = 0; i < extra.Length; i++)
            {
                int index = i;
                t.AddGetSet(extra[i], (ts, self) => self is PyStructSeqValue v && v.Extra.Length > index ? v.Extra[index] : ts.Interpreter.None);
            }
            t.AddMethod("__reduce__", (ts, self, args, kw) =>
            {
                var v = (PyTuple)self;
                var d = ts.Interpreter.NewDict();
                if (self is PyStructSeqValue sv)
                    for (int i = 0; i < extra.Length && i < sv.Extra.Length; i++) d.SetStr(extra[i], sv.Extra[i]);
                return ts.Interpreter.Tuple(self.Type, ts.Interpreter.Tuple(ts.Interpreter.Tuple(v.Items), d));
            });
        });
    }

    public static PyStructSeqValue Make(PyType type, PyObject[] items, PyObject[] extra) => new(type, items, extra);

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw, Layout layout)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, type.Name, args, kw, ["sequence", "dict"], 1, a)) return null;
        var items = Ops.ToTuple(ts, a[0]!);
        if (items is null) return null;
        int n = items.Count, min = layout.Sequence.Length, max = min + layout.Extra.Length;
        string full = layout.Module + "." + type.Name;
        if (n < min)
            return ts.Raise(ExceptionKind.TypeError, $"{full}() takes an at least {min}-sequence ({n}-sequence given)");
        if (n > max)
            return ts.Raise(ExceptionKind.TypeError, $"{full}() takes an at most {max}-sequence ({n}-sequence given)");
        var seq = items.Items[..min];
        var extra = new PyObject[layout.Extra.Length];
        var dict = a[1] as PyDict;
        for (int i = 0; i < extra.Length; i++)
        {
            if (min + i < n) extra[i] = items.Items[min + i];
            else extra[i] = dict?.GetStr(layout.Extra[i]) ?? ts.Interpreter.None;
        }
        return new PyStructSeqValue(type, seq, extra);
    }

    static PyObject? Repr(ThreadState ts, PyObject self, Layout layout)
    {
        var seq = (PyTuple)self;
        var sb = new StringBuilder();
        sb.Append(layout.Module).Append('.').Append(self.Type.Name).Append('(');
        for (int i = 0; i < seq.Count && i < layout.Sequence.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            if (Ops.Repr(ts, seq.Items[i]) is not PyStr r) return null;
            sb.Append(layout.Sequence[i]).Append('=').Append(r.Value);
        }
        return ts.Interpreter.Str(sb.Append(')').ToString());
    }
}
