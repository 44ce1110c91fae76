using Isolated.Modules.Hashing;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Operator;

/// <summary><c>_operator</c>: for now <c>_compare_digest</c>, which hmac and secrets import from here
/// (shared with <c>_hashlib.compare_digest</c>), and <c>index</c> (operator.py's pure one calls
/// a.__index__(), an AttributeError instead of CPython's TypeError for a non-integer). The other
/// functions stay operator.py's pure-Python ones.</summary>
public static class OperatorModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_operator");
        m.Dict.SetStr("__doc__", interp.Str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."));
        WeakrefModule.Add(m, "_compare_digest", HashModules.CompareDigest);
        WeakrefModule.Add(m, "index", static (ts, self, a, k) => ArgBinder.CheckPositional(ts, "index", a, k, 1, 1) ? Ops.Index(ts, a[0]) : null);
        return m;
    }
}
