using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

/// <summary>
/// Struct-sequence types (CPython's PyStructSequence): tuple subclasses with named fields and a
/// repr like <c>sys.version_info(major=3, minor=12, ...)</c>. One type per name per interpreter,
/// kept in <see cref="SysState"/>.
/// </summary>
public static class StructSeqType
{
    /// <summary>The type named <paramref name="qualifiedName"/> ("sys.version_info") with the given
    /// fields, created on first use in this interpreter.</summary>
    public static PyType Get(Interpreter interp, string qualifiedName, string[] fields)
    {
        var state = SysState.Of(interp);
        if (state.StructSeqTypes.TryGetValue(qualifiedName, out var existing)) return existing;
        int dot = qualifiedName.LastIndexOf('.');
        string module = dot < 0 ? "builtins" : qualifiedName[..dot];
        string name = qualifiedName[(dot + 1)..];
        var type = interp.Types.NewBuiltin(name, interp.Types.Tuple, TypeFlags.TupleSubclass | TypeFlags.Immutable, static s =>
        {
            s.New = null;
            s.Init = null;
            s.Repr = Repr;
        }, (_, t) =>
        {
            t.AddValue("__module__", interp.Str(module));
            t.AddValue("n_fields", interp.Int(fields.Length));
            t.AddValue("n_sequence_fields", interp.Int(fields.Length));
            t.AddValue("n_unnamed_fields", interp.Int(0));
            for (int i = 0; i < fields.Length; i++)
            {
                int index = i;
                t.AddGetSet(fields[i], (ts, self) => ((PyTuple)self).Items[index]);
            }
        });
        state.StructSeqTypes.Add(qualifiedName, type);
        return type;
    }

    public static PyStructSeq New(Interpreter interp, string qualifiedName, string[] fields, PyObject[] values) =>
        new(Get(interp, qualifiedName, fields), values);

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var seq = (PyTuple)self;
        var type = seq.Type;
        var sb = new StringBuilder();
        string module = Ops.TypeModuleName(type);
        sb.Append(module == "builtins" ? type.Name : module + "." + type.Name).Append('(');
        int i = 0;
        var d = type.Dict;
        int pos = 0;
        // Field getters were added in field order, so the dict's insertion order gives the names.
        while (d.Next(ref pos, out var key, out var value))
        {
            if (value is not PyGetSetDescriptor g || i >= seq.Count) continue;
            if (i > 0) sb.Append(", ");
            if (Ops.Repr(ts, seq.Items[i]) is not PyStr r) return null;
            sb.Append(g.Name).Append('=').Append(r.Value);
            i++;
        }
        sb.Append(')');
        return ts.Interpreter.Str(sb.ToString());
    }
}
