using Isolated.Modules.Hashing;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Operator;

/// <summary><c>_operator</c>: for now only <c>_compare_digest</c>, which hmac and secrets import
/// from here (shared with <c>_hashlib.compare_digest</c>). operator.py's functions stay the
/// pure-Python ones: its <c>from _operator import *</c> finds no public names to replace.</summary>
public static class OperatorModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_operator");
        m.Dict.SetStr("__doc__", interp.Str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."));
        WeakrefModule.Add(m, "_compare_digest", HashModules.CompareDigest);
        return m;
    }
}
