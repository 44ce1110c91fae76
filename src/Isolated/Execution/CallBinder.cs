using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// Binds call arguments to a Python function's parameters, writing them into the frame's local
/// slots: positional, keyword, *args, **kwargs, defaults, keyword-only and positional-only, with
/// CPython 3.12's exact TypeError messages.
/// </summary>
public static class CallBinder
{
    public static bool Bind(ThreadState ts, PyFunction func, Value[] stack, int b, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = func.Code;
        var interp = ts.Interpreter;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        int argcount = code.ArgCount;
        int kwonly = code.KwOnlyArgCount;
        bool hasVarArgs = (code.Flags & PyCode.VarArgs) != 0;
        bool hasVarKw = (code.Flags & PyCode.VarKeywords) != 0;
        int total = argcount + kwonly;
        int localsPlus = code.LocalsPlus;
        for (int i = 0; i < localsPlus; i++) stack[b + i] = Value.Unbound;

        // Fast path: exactly the positional parameters.
        if (nkw == 0 && npos == argcount && !hasVarArgs && !hasVarKw && kwonly == 0)
        {
            for (int i = 0; i < npos; i++) stack[b + i] = Value.FromObject(args[i]);
            return true;
        }

        PyDict? kwdict = null;
        if (hasVarKw)
        {
            kwdict = interp.NewDict();
            stack[b + total + (hasVarArgs ? 1 : 0)] = Value.FromObject(kwdict);
        }

        int n = Math.Min(npos, argcount);
        for (int i = 0; i < n; i++) stack[b + i] = Value.FromObject(args[i]);
        if (hasVarArgs)
        {
            var extra = npos > argcount ? interp.Tuple(args[argcount..npos].ToArray()) : interp.EmptyTuple;
            stack[b + total] = Value.FromObject(extra);
        }
        else if (npos > argcount)
        {
            RaiseTooManyPositional(ts, func, npos, stack, b, kwnames, args);
            return false;
        }

        // Keywords.
        List<string>? posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++)
        {
            if (kwnames!.Items[k] is not PyStr key)
            {
                ts.Raise(ExceptionKind.TypeError, "keywords must be strings");
                return false;
            }
            var value = args[npos + k];
            int index = -1;
            var varNames = code.VarNameStrs;
            for (int j = code.PosOnlyArgCount; j < total; j++)
            {
                if (ReferenceEquals(varNames[j], key) || varNames[j].Value == key.Value) { index = j; break; }
            }
            if (index < 0)
            {
                if (kwdict is not null)
                {
                    kwdict.TrySetItem(ts, key, value);
                    continue;
                }
                for (int j = 0; j < code.PosOnlyArgCount; j++)
                {
                    if (varNames[j].Value == key.Value) { (posOnlyAsKw ??= new()).Add(key.Value); index = -2; break; }
                }
                if (index == -2) continue;
                ts.Raise(ExceptionKind.TypeError, $"{Name(func)}() got an unexpected keyword argument '{key.Value}'");
                return false;
            }
            if (!stack[b + index].IsUnbound)
            {
                ts.Raise(ExceptionKind.TypeError, $"{Name(func)}() got multiple values for argument '{key.Value}'");
                return false;
            }
            stack[b + index] = Value.FromObject(value);
        }
        if (posOnlyAsKw is not null)
        {
            ts.Raise(ExceptionKind.TypeError,
                $"{Name(func)}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");
            return false;
        }

        // Defaults for missing positional parameters.
        var defaults = func.Defaults;
        int ndefaults = defaults?.Count ?? 0;
        if (npos < argcount)
        {
            int firstDefault = argcount - ndefaults;
            List<string>? missing = null;
            for (int i = npos; i < argcount; i++)
            {
                if (!stack[b + i].IsUnbound) continue;
                if (i >= firstDefault) stack[b + i] = Value.FromObject(defaults![i - firstDefault]);
                else (missing ??= new()).Add(code.VarNames[i]);
            }
            if (missing is not null)
            {
                RaiseMissing(ts, func, missing, "positional");
                return false;
            }
        }
        if (kwonly > 0)
        {
            List<string>? missing = null;
            for (int i = argcount; i < total; i++)
            {
                if (!stack[b + i].IsUnbound) continue;
                var d = func.KwDefaults?.GetStr(code.VarNameStrs[i]);
                if (d is not null) stack[b + i] = Value.FromObject(d);
                else (missing ??= new()).Add(code.VarNames[i]);
            }
            if (missing is not null)
            {
                RaiseMissing(ts, func, missing, "keyword-only");
                return false;
            }
        }
        return true;
    }

    static string Name(PyFunction f) => (f.QualName as PyStr)?.Value ?? f.Code.QualName;

    static void RaiseMissing(ThreadState ts, PyFunction func, List<string> names, string kind)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0) sb.Append(names.Count == 2 ? " and " : i == names.Count - 1 ? ", and " : ", ");
            sb.Append('\'').Append(names[i]).Append('\'');
        }
        string plural = names.Count == 1 ? "argument" : "arguments";
        ts.Raise(ExceptionKind.TypeError, $"{Name(func)}() missing {names.Count} required {kind} {plural}: {sb}");
    }

    static void RaiseTooManyPositional(ThreadState ts, PyFunction func, int given, Value[] stack, int b, PyTuple? kwnames, ReadOnlySpan<PyObject> args)
    {
        var code = func.Code;
        int argcount = code.ArgCount;
        int ndefaults = func.Defaults?.Count ?? 0;
        int kwonlyGiven = 0;
        if (kwnames is not null)
        {
            foreach (var k in kwnames.Items)
            {
                for (int j = argcount; j < argcount + code.KwOnlyArgCount; j++)
                    if (k is PyStr ks && code.VarNames[j] == ks.Value) kwonlyGiven++;
            }
        }
        string takes = ndefaults > 0
            ? $"from {argcount - ndefaults} to {argcount} positional arguments"
            : argcount == 1 ? "1 positional argument" : $"{argcount} positional arguments";
        string was = given == 1 ? "was" : "were";
        string kwPart = kwonlyGiven > 0
            ? $" positional argument{(given == 1 ? "" : "s")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven == 1 ? "" : "s")})"
            : "";
        ts.Raise(ExceptionKind.TypeError, $"{Name(func)}() takes {takes} but {given}{kwPart} {was} given");
    }
}
