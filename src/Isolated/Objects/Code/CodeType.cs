using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>code</c> type: read-only co_* attributes.</summary>
public static class CodeType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("code", types.Object, TypeFlags.Immutable, s =>
        {
            s.Repr = static (ts, self) =>
            {
                var c = (PyCode)self;
                return ts.Interpreter.Str($"<code object {c.Name} at 0x{Ops.Id(c):x}, file \"{c.Filename}\", line {c.FirstLineNo}>");
            };
            s.Hash = static (ThreadState ts, PyObject self, out long h) => { h = Ops.IdentityHash(self); return true; };
        }, FillDict);

    static PyTuple Strings(Interpreter interp, string[] items)
    {
        var arr = new PyObject[items.Length];
        for (int i = 0; i < arr.Length; i++) arr[i] = interp.Str(items[i]);
        return interp.Tuple(arr);
    }

    static void FillDict(ThreadState? ts0, PyType type)
    {
        type.AddGetSet("co_name", static (ts, self) => ts.Interpreter.Str(((PyCode)self).Name));
        type.AddGetSet("co_qualname", static (ts, self) => ts.Interpreter.Str(((PyCode)self).QualName));
        type.AddGetSet("co_filename", static (ts, self) => ts.Interpreter.Str(((PyCode)self).Filename));
        type.AddGetSet("co_firstlineno", static (ts, self) => ts.Interpreter.Int(((PyCode)self).FirstLineNo));
        type.AddGetSet("co_argcount", static (ts, self) => ts.Interpreter.Int(((PyCode)self).ArgCount));
        type.AddGetSet("co_posonlyargcount", static (ts, self) => ts.Interpreter.Int(((PyCode)self).PosOnlyArgCount));
        type.AddGetSet("co_kwonlyargcount", static (ts, self) => ts.Interpreter.Int(((PyCode)self).KwOnlyArgCount));
        type.AddGetSet("co_nlocals", static (ts, self) => ts.Interpreter.Int(((PyCode)self).NLocals));
        type.AddGetSet("co_stacksize", static (ts, self) => ts.Interpreter.Int(((PyCode)self).StackSize));
        type.AddGetSet("co_flags", static (ts, self) => ts.Interpreter.Int(((PyCode)self).Flags));
        type.AddGetSet("co_varnames", static (ts, self) => Strings(ts.Interpreter, ((PyCode)self).VarNames));
        type.AddGetSet("co_cellvars", static (ts, self) => Strings(ts.Interpreter, ((PyCode)self).CellVars));
        type.AddGetSet("co_freevars", static (ts, self) => Strings(ts.Interpreter, ((PyCode)self).FreeVars));
        type.AddGetSet("co_names", static (ts, self) => ts.Interpreter.Tuple([.. ((PyCode)self).Names]));
        type.AddGetSet("co_consts", static (ts, self) => ts.Interpreter.Tuple([.. ((PyCode)self).Consts]));
        type.AddGetSet("co_code", static (ts, self) =>
        {
            var c = (PyCode)self;
            var bytes = new byte[c.Code.Length * 4];
            Buffer.BlockCopy(c.Code, 0, bytes, 0, bytes.Length);
            return Ops.VmMakeBytes(ts, bytes);
        });
        type.AddMethod("co_lines", static (ts, self, args, kw) =>
        {
            var c = (PyCode)self;
            var items = new List<PyObject>();
            for (int i = 0; i < c.Lines.Length; i++)
            {
                var interp = ts.Interpreter;
                items.Add(interp.Tuple(interp.Int(i * 2L), interp.Int(i * 2L + 2), c.Lines[i] > 0 ? interp.Int(c.Lines[i]) : interp.None));
            }
            return Ops.GetIter(ts, ts.Interpreter.Tuple([.. items]));
        });
        type.AddMethod("replace", static (ts, self, args, kw) =>
        {
            // Only the no-change form is supported; enough for code that copies code objects.
            if (args.Length - (kw?.Count ?? 0) > 0) return ts.Raise(ExceptionKind.TypeError, "replace() takes no positional arguments");
            return self;
        });
    }
}
