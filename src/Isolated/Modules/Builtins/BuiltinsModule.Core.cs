using Isolated.Compiling;
using Isolated.Modules.Ast;
using Isolated.Parsing;
using Isolated.Parsing.Ast;
using Isolated.Execution;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules;

/// <summary>The VM-bound builtins: exec, eval, compile, globals, locals, __build_class__.</summary>
public static partial class BuiltinsModule
{
    static partial void AddCoreFunctions(Interpreter interp, PyModule m)
    {
        AddFunction(m, "exec", Exec, "Execute the given source in the context of globals and locals.");
        AddFunction(m, "eval", EvalBuiltin, "Evaluate the given source in the context of globals and locals.");
        AddFunction(m, "compile", CompileBuiltin, "Compile source into a code object that can be executed by exec() or eval().");
        AddFunction(m, "globals", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "globals", args, kw, 0, 0)) return null;
            return (PyObject?)Eval.CurrentGlobals(ts) ?? ts.Raise(ExceptionKind.SystemError, "globals(): no current frame");
        }, "Return the dictionary containing the current scope's global variables.");
        AddFunction(m, "locals", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "locals", args, kw, 0, 0)) return null;
            return Eval.CurrentLocals(ts);
        }, "Return a dictionary containing the current scope's local variables.");
        AddFunction(m, "__build_class__", BuildClass, "Internal helper function used by the class statement.");
    }

    static PyObject? Exec(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        ExecOrEval(ts, args, kwnames, isEval: false);

    static PyObject? EvalBuiltin(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        ExecOrEval(ts, args, kwnames, isEval: true);

    static PyObject? ExecOrEval(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, bool isEval)
    {
        var interp = ts.Interpreter;
        string fname = isEval ? "eval" : "exec";
        Span<PyObject?> a = new PyObject?[4];
        string[] names = isEval ? ["source", "globals", "locals"] : ["source", "globals", "locals", "closure"];
        if (!ArgBinder.Bind(ts, fname, args, kwnames, names, 1, a[..names.Length], positionalOnly: 3, keywordOnlyFrom: 3)) return null;
        var source = a[0]!;
        var globalsObj = a[1];
        var localsObj = a[2];
        if (globalsObj is not null && ReferenceEquals(globalsObj, interp.None)) globalsObj = null;
        if (localsObj is not null && ReferenceEquals(localsObj, interp.None)) localsObj = null;
        PyDict globals;
        if (globalsObj is null)
        {
            var g = Eval.CurrentGlobals(ts);
            if (g is null) return ts.Raise(ExceptionKind.SystemError, $"{fname}(): no current frame");
            globals = g;
            if (localsObj is null)
            {
                localsObj = Eval.CurrentLocals(ts);
                if (localsObj is null) return null;
            }
        }
        else if (globalsObj is PyDict gd) globals = gd;
        else
            return ts.Raise(ExceptionKind.TypeError, isEval
                ? (localsObj is null ? "globals must be a dict" : "globals must be a real dict; try eval(expr, {}, mapping)")
                : $"exec() globals must be a dict, not {globalsObj.Type.Name}");
        if (localsObj is not null && localsObj.Type.Slots.GetItem is null)
            return ts.Raise(ExceptionKind.TypeError, isEval ? "locals must be a mapping" : $"locals must be a mapping or None, not {localsObj.Type.Name}");

        PyCode? code;
        if (source is PyCode c) code = c;
        else
        {
            string? text = SourceText(ts, source, fname, isEval);
            if (text is null) return null;
            if (isEval) text = text.TrimStart(' ', '\t');
            code = Compiler.Compile(ts, text, "<string>", isEval ? CompileMode.Eval : CompileMode.Exec, InheritedFutureFlags(ts));
            if (code is null) return null;
        }
        var result = Eval.ExecCode(ts, code, globals, localsObj ?? globals);
        if (result is null) return null;
        return isEval ? result : interp.None;
    }

    static string? SourceText(ThreadState ts, PyObject source, string fname, bool isEval)
    {
        switch (source)
        {
            case PyStr s:
                return s.Value;
            case PyBytes b:
                return System.Text.Encoding.UTF8.GetString(b.Value);
            default:
                ts.Raise(ExceptionKind.TypeError, isEval
                    ? "eval() arg 1 must be a string, bytes or code object"
                    : "exec() arg 1 must be a string, bytes or code object");
                return null;
        }
    }

    /// <summary>The future features (PEP 563 annotations) of the Python code calling compile(),
    /// exec() or eval(), which source compiled there inherits.</summary>
    static int InheritedFutureFlags(ThreadState ts)
    {
        var caller = ThreadExecution.Of(ts).Current;
        return caller is null ? 0 : caller.Code.Flags & PyCode.FutureAnnotations;
    }

    static PyObject? CompileBuiltin(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        Span<PyObject?> a = new PyObject?[7];
        if (!ArgBinder.Bind(ts, "compile", args, kwnames,
                ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3, a, keywordOnlyFrom: 6))
            return null;
        if (a[1] is not PyStr filename)
        {
            if (a[1] is PyBytes fb) filename = interp.Str(System.Text.Encoding.UTF8.GetString(fb.Value));
            else return ts.Raise(ExceptionKind.TypeError, $"compile() argument 'filename' must be str, bytes or os.PathLike, not {a[1]!.Type.Name}");
        }
        if (a[2] is not PyStr modeStr)
            return ts.Raise(ExceptionKind.TypeError, $"compile() argument 'mode' must be str, not {a[2]!.Type.Name}");
        CompileMode mode;
        const long OnlyAst = 0x400;
        long flags = 0, optimize = -1;
        if (a[3] is not null && !Ops.AsLong(ts, a[3]!, out flags)) return null;
        bool onlyAst = (flags & OnlyAst) != 0;
        int dontInherit = a[4] is null ? 0 : Ops.IsTrue(ts, a[4]!);
        if (dontInherit < 0) return null;
        if (dontInherit == 0) flags |= InheritedFutureFlags(ts);
        switch (modeStr.Value)
        {
            case "exec": mode = CompileMode.Exec; break;
            case "eval": mode = CompileMode.Eval; break;
            case "single": mode = CompileMode.Single; break;
            case "func_type" when onlyAst: mode = CompileMode.Exec; break;
            case "func_type": return ts.Raise(ExceptionKind.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
            default: return ts.Raise(ExceptionKind.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (a[5] is not null && !Ops.AsLong(ts, a[5]!, out optimize)) return null;
        if (optimize < -1 || optimize > 2) return ts.Raise(ExceptionKind.ValueError, "compile(): invalid optimize value");
        var source = a[0]!;
        if (source is PyCode) return ts.Raise(ExceptionKind.TypeError, "compile() arg 1 must be a string, bytes or AST object");
        if (source is not PyStr && source is not PyBytes)
        {
            int isAst = AstFromObjects.IsAst(ts, source);
            if (isAst < 0) return null;
            if (isAst > 0)
            {
                // An AST object: returned as it is for PyCF_ONLY_AST, otherwise checked and compiled.
                if (onlyAst) return source;
                var tree = AstFromObjects.Convert(ts, source, modeStr.Value);
                if (tree is null) return null;
                return Compiler.Compile(ts, tree, filename.Value, mode, (int)flags, (int)optimize);
            }
        }
        string? text = source switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
            _ => null,
        };
        if (text is null) return ts.Raise(ExceptionKind.TypeError, "compile() arg 1 must be a string, bytes or AST object");
        if (text.Contains('\0')) return ts.Raise(ExceptionKind.SyntaxError, "source code string cannot contain null bytes");
        if (onlyAst)
        {
            var parseMode = modeStr.Value switch
            {
                "eval" => ParseMode.Eval,
                "single" => ParseMode.Single,
                "func_type" => ParseMode.FuncType,
                _ => ParseMode.Exec,
            };
            ModNode tree;
            try
            {
                tree = source is PyBytes raw ? Parser.Parse(raw.Value, parseMode, filename.Value) : Parser.Parse(text, parseMode, filename.Value);
            }
            catch (PythonSyntaxError e)
            {
                Compiler.RaiseSyntaxError(ts, e);
                return null;
            }
            return AstToObjects.Convert(ts, tree);
        }
        return Compiler.Compile(ts, text, filename.Value, mode, (int)flags, (int)optimize);
    }

    /// <summary>__build_class__(func, name, *bases, metaclass=..., **kwds): runs the class body in
    /// a fresh namespace, then calls the metaclass; fills the __class__ cell.</summary>
    static PyObject? BuildClass(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2) return ts.Raise(ExceptionKind.TypeError, "__build_class__: not enough arguments");
        if (args[0] is not PyFunction body) return ts.Raise(ExceptionKind.TypeError, "__build_class__: func must be a function");
        if (args[1] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, "__build_class__: name is not a string");
        var origBases = args[2..npos].ToArray();

        // PEP 560: bases that are not classes may substitute themselves (__mro_entries__).
        var bases = new List<PyObject>();
        bool changed = false;
        var origTuple = interp.Tuple(origBases);
        foreach (var b in origBases)
        {
            if (b is PyType) { bases.Add(b); continue; }
            int found = Ops.LookupAttr(ts, b, interp.Str("__mro_entries__"), out var entries);
            if (found < 0) return null;
            if (found == 0) { bases.Add(b); continue; }
            var r = Ops.Call(ts, entries!, origTuple);
            if (r is null) return null;
            if (r is not PyTuple rt) return ts.Raise(ExceptionKind.TypeError, "__mro_entries__ must return a tuple");
            bases.AddRange(rt.Items);
            changed = true;
        }
        var basesTuple = interp.Tuple([.. bases]);

        // Keywords: metaclass=... is ours, the rest go to the metaclass and __prepare__.
        PyObject? meta = null;
        var kwNames = new List<PyObject>();
        var kwValues = new List<PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            var k = (PyStr)kwnames!.Items[i];
            if (k.Value == "metaclass") meta = args[npos + i];
            else { kwNames.Add(k); kwValues.Add(args[npos + i]); }
        }
        bool isClass = meta is null || meta is PyType;
        if (meta is null) meta = bases.Count == 0 ? interp.Types.Type : bases[0].Type;
        if (meta is PyType mt && isClass)
        {
            // The most derived metaclass among the explicit one and the bases' ones.
            var winner = mt;
            foreach (var b in bases)
            {
                var bt = b.Type;
                if (winner.IsSubtypeOf(bt)) continue;
                if (bt.IsSubtypeOf(winner)) { winner = bt; continue; }
                return ts.Raise(ExceptionKind.TypeError,
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
            meta = winner;
        }

        var kwTuple = kwNames.Count > 0 ? interp.Tuple([.. kwNames]) : null;
        PyObject ns;
        int hasPrepare = Ops.LookupAttr(ts, meta, interp.Str("__prepare__"), out var prepare);
        if (hasPrepare < 0) return null;
        if (hasPrepare > 0)
        {
            var pargs = new List<PyObject> { name, basesTuple };
            pargs.AddRange(kwValues);
            var r = Ops.Call(ts, prepare!, pargs.ToArray(), kwTuple);
            if (r is null) return null;
            if (r.Type.Slots.GetItem is null)
                return ts.Raise(ExceptionKind.TypeError, $"{(meta is PyType pt ? pt.Name : "<metaclass>")}.__prepare__() must return a mapping, not {r.Type.Name}");
            ns = r;
        }
        else ns = interp.NewDict();

        var cell = Eval.RunClassBody(ts, body, ns);
        if (cell is null) return null;
        if (changed && !Ops.SetItem(ts, ns, interp.Str("__orig_bases__"), origTuple)) return null;

        var margs = new List<PyObject> { name, basesTuple, ns };
        margs.AddRange(kwValues);
        var cls = Ops.Call(ts, meta, margs.ToArray(), kwTuple);
        if (cls is null) return null;
        if (cell is PyCell c)
        {
            if (c.Contents is null) c.Contents = cls;
            else if (!ReferenceEquals(c.Contents, cls) && cls is PyType)
                return ts.Raise(ExceptionKind.TypeError,
                    $"__class__ set to {(Ops.Repr(ts, c.Contents) is PyStr r1 ? r1.Value : "?")} defining '{name.Value}' as {(Ops.Repr(ts, cls) is PyStr r2 ? r2.Value : "?")}");
        }
        return cls;
    }
}
