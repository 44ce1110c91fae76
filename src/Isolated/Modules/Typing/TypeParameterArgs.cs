using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Typing;

/// <summary>The arguments of TypeVar(name, *constraints, bound=None, covariant=False,
/// contravariant=False, infer_variance=False) and of ParamSpec (which takes no constraints),
/// bound and checked with CPython's messages.</summary>
public ref struct TypeParameterArgs
{
    public PyStr Name;
    public ReadOnlySpan<PyObject> Constraints;
    public PyObject? Bound;
    public bool Covariant, Contravariant, InferVariance;

    static readonly string[] KeywordNames = ["name", "bound", "covariant", "contravariant", "infer_variance"];

    public static bool Parse(ThreadState ts, string function, bool allowConstraints,
                             ReadOnlySpan<PyObject> args, PyTuple? kwnames, out TypeParameterArgs result)
    {
        result = default;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject? name = npos > 0 ? args[0] : null;
        if (!allowConstraints && npos > 1)
        {
            ts.Raise(ExceptionKind.TypeError, $"{function}() takes at most 1 positional argument ({npos} given)");
            return false;
        }
        PyObject? bound = null, co = null, contra = null, infer = null;
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            var v = args[npos + k];
            switch (key)
            {
                case "name" when name is null: name = v; break;
                case "name":
                    ts.Raise(ExceptionKind.TypeError, $"argument for {function}() given by name ('name') and position (1)");
                    return false;
                case "bound": bound = v; break;
                case "covariant": co = v; break;
                case "contravariant": contra = v; break;
                case "infer_variance": infer = v; break;
                default:
                    ts.Raise(ExceptionKind.TypeError, $"{function}() got an unexpected keyword argument '{key}'");
                    return false;
            }
        }
        if (name is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"{function}() missing required argument 'name' (pos 1)");
            return false;
        }
        var n = TypingCalls.RequireName(ts, function, name);
        if (n is null) return false;
        int c = TypingCalls.Flag(ts, co), cc = TypingCalls.Flag(ts, contra), inf = TypingCalls.Flag(ts, infer);
        if (c < 0 || cc < 0 || inf < 0) return false;
        if (c == 1 && cc == 1)
        {
            ts.Raise(ExceptionKind.ValueError, "Bivariant types are not supported.");
            return false;
        }
        if (inf == 1 && (c == 1 || cc == 1))
        {
            ts.Raise(ExceptionKind.ValueError, "Variance cannot be specified with infer_variance.");
            return false;
        }
        if (bound is not null && ReferenceEquals(bound, ts.Interpreter.None)) bound = null;
        if (bound is not null)
        {
            bound = TypingCalls.TypeCheck(ts, bound, "Bound must be a type.");
            if (bound is null) return false;
        }
        result.Name = n;
        result.Constraints = npos > 1 ? args[1..npos] : ReadOnlySpan<PyObject>.Empty;
        result.Bound = bound;
        result.Covariant = c == 1;
        result.Contravariant = cc == 1;
        result.InferVariance = inf == 1;
        return true;
    }
}
