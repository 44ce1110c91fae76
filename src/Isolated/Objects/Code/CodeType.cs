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

    static PyObject OrNone(Interpreter interp, int value) => value >= 0 ? interp.Int(value) : interp.None;

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
            var words = c.OriginalCode;
            var bytes = new byte[words.Length * 4];
            Buffer.BlockCopy(words, 0, bytes, 0, bytes.Length);
            return Ops.VmMakeBytes(ts, bytes);
        });
        // (start, end, line) byte ranges as CPython 3.12 yields them: consecutive code units on
        // the same line form one range; line is None for code with no line.
        type.AddMethod("co_lines", static (ts, self, args, kw) =>
        {
            var c = (PyCode)self;
            var interp = ts.Interpreter;
            var items = new List<PyObject>();
            int i = 0;
            while (i < c.Lines.Length)
            {
                int j = i + 1;
                while (j < c.Lines.Length && c.Lines[j] == c.Lines[i]) j++;
                items.Add(interp.Tuple(interp.Int(i * 2L), interp.Int(j * 2L), c.Lines[i] > 0 ? interp.Int(c.Lines[i]) : interp.None));
                i = j;
            }
            return Ops.GetIter(ts, interp.Tuple([.. items]));
        });
        // One (line, end_line, column, end_column) per code unit, as co_lines indexes them;
        // None where the compiler knows no position.
        type.AddMethod("co_positions", static (ts, self, args, kw) =>
        {
            var c = (PyCode)self;
            var interp = ts.Interpreter;
            var positions = LocationTable.Decode(c.Positions, c.Lines);
            var items = new PyObject[positions.Length];
            for (int i = 0; i < items.Length; i++)
            {
                var p = positions[i];
                items[i] = interp.Tuple(OrNone(interp, p.Line), OrNone(interp, p.EndLine), OrNone(interp, p.Col), OrNone(interp, p.EndCol));
            }
            return Ops.GetIter(ts, interp.Tuple(items));
        });
        type.AddMethod("replace", Replace);
    }

    /// <summary>code.replace(**changes) for the descriptive fields (co_flags, co_name,
    /// co_qualname, co_filename, co_firstlineno) — types.coroutine sets CO_ITERABLE_COROUTINE this
    /// way. Changing the bytecode or the variable tables is refused with NotImplementedError.</summary>
    static PyObject? Replace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        if (args.Length - nkw > 0) return ts.Raise(ExceptionKind.TypeError, "replace() takes no positional arguments");
        var c = (PyCode)self;
        int flags = c.Flags, firstLine = c.FirstLineNo;
        string name = c.Name, qualName = c.QualName, filename = c.Filename;
        for (int i = 0; i < nkw; i++)
        {
            var key = ((PyStr)kw!.Items[i]).Value;
            var value = args[args.Length - nkw + i];
            switch (key)
            {
                case "co_flags" or "co_firstlineno":
                    if (!Ops.AsLong(ts, value, out long v)) return null;
                    if (key == "co_flags") flags = (int)v; else firstLine = (int)v;
                    break;
                case "co_name" or "co_qualname" or "co_filename":
                    if (value is not PyStr text) return ts.Raise(ExceptionKind.TypeError, $"replace() argument '{key}' must be str, not {value.Type.Name}");
                    if (key == "co_name") name = text.Value; else if (key == "co_qualname") qualName = text.Value; else filename = text.Value;
                    break;
                default:
                    return ts.Raise(ExceptionKind.NotImplementedError, $"code.replace() cannot change {key} yet");
            }
        }
        return new PyCode(c.Type, c.Code, c.Consts, c.Names, c.VarNames, c.CellVars, c.FreeVars, c.CellArgs, c.ArgCount,
                          c.PosOnlyArgCount, c.KwOnlyArgCount, flags, c.StackSize, name, qualName, filename, firstLine,
                          c.Lines, c.Positions, c.ExceptionTable, c.VarNameStrs)
        { IsInlinedComprehension = c.IsInlinedComprehension, CleanupRanges = c.CleanupRanges };
    }
}
