using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Marshaling;

/// <summary><c>marshal</c>: dumps/loads/dump/load of data values (see <see cref="MarshalWriter"/>
/// and <see cref="MarshalReader"/>); importlib imports it at start-up.</summary>
public static class MarshalModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "marshal");
        m.Dict.SetStr("version", interp.Int(4));
        Add(m, "dumps", static (ts, self, args, kw) =>
        {
            var a = new PyObject?[2];
            if (!ArgBinder.Bind(ts, "dumps", args, kw, ["value", "version"], 1, a, positionalOnly: 1)) return null;
            var w = new MarshalWriter(ts);
            return w.Write(a[0]!) ? PyBytes.Create(ts.Interpreter, w.ToArray()) : null;
        });
        Add(m, "loads", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "loads", args, kw, 1, 1)) return null;
            var data = BytesOf(ts, args[0]);
            return data is null ? null : new MarshalReader(ts, data).Read();
        });
        Add(m, "dump", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "dump", args, kw, 2, 3)) return null;
            var w = new MarshalWriter(ts);
            if (!w.Write(args[0])) return null;
            var write = Ops.GetAttr(ts, args[1], "write");
            return write is null ? null : Ops.Call(ts, write, PyBytes.Create(ts.Interpreter, w.ToArray())) is null ? null : ts.Interpreter.None;
        });
        Add(m, "load", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "load", args, kw, 1, 1)) return null;
            // Reads the whole rest of the file, then seeks back past what the value used when possible.
            var read = Ops.GetAttr(ts, args[0], "read");
            var content = read is null ? null : Ops.Call(ts, read);
            if (content is null) return null;
            var data = BytesOf(ts, content);
            if (data is null) return null;
            var reader = new MarshalReader(ts, data);
            var value = reader.Read();
            if (value is null) return null;
            int unused = data.Length - reader.Position;
            if (unused > 0)
            {
                var seek = Ops.GetAttr(ts, args[0], "seek");
                if (seek is null || Ops.Call(ts, seek, ts.Interpreter.Int(-unused), ts.Interpreter.Int(1)) is null) return null;
            }
            return value;
        });
        return m;
    }

    static byte[]? BytesOf(ThreadState ts, PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is IBuffer) { var bytes = Ops.Call(ts, ts.Interpreter.Types.Bytes, o); return (bytes as PyBytes)?.Value; }
        ts.Raise(ExceptionKind.TypeError, $"a bytes-like object is required, not '{o.Type.Name}'");
        return null;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn);
        f.Module = interp.Str("marshal");
        m.Dict.SetStr(interp.Intern(name), f);
    }
}
