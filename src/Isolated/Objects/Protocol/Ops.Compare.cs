using Isolated.Runtime;

namespace Isolated.Objects;

public static partial class Ops
{
    static readonly CompareOp[] Swapped = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];
    static readonly string[] OpSymbols = ["<", "<=", "==", "!=", ">", ">="];

    public static CompareOp Swap(CompareOp op) => Swapped[(int)op];
    public static string Symbol(CompareOp op) => OpSymbols[(int)op];

    /// <summary>PyObject_RichCompare: the reflected operation is tried first when the right
    /// operand's type is a proper subclass of the left's and overrides the slot.</summary>
    public static PyObject? RichCompare(ThreadState ts, PyObject left, PyObject right, CompareOp op)
    {
        if (!EnterRecursiveCall(ts, " in comparison")) return null;
        try
        {
            var notImpl = ts.Interpreter.NotImplemented;
            bool checkedReverse = false;
            var lt = left.Type;
            var rt = right.Type;
            if (!ReferenceEquals(lt, rt) && rt.IsSubtypeOf(lt) && rt.Slots.RichCompare is { } rf)
            {
                checkedReverse = true;
                var r = rf(ts, right, left, Swap(op));
                if (r is null || !ReferenceEquals(r, notImpl)) return r;
            }
            if (lt.Slots.RichCompare is { } f)
            {
                var r = f(ts, left, right, op);
                if (r is null || !ReferenceEquals(r, notImpl)) return r;
            }
            if (!checkedReverse && rt.Slots.RichCompare is { } rf2)
            {
                var r = rf2(ts, right, left, Swap(op));
                if (r is null || !ReferenceEquals(r, notImpl)) return r;
            }
            switch (op)
            {
                case CompareOp.Eq: return ts.Interpreter.Bool(ReferenceEquals(left, right));
                case CompareOp.Ne: return ts.Interpreter.Bool(!ReferenceEquals(left, right));
                default:
                    return ts.Raise(ExceptionKind.TypeError,
                        $"'{Symbol(op)}' not supported between instances of '{lt.Name}' and '{rt.Name}'");
            }
        }
        finally
        {
            LeaveRecursiveCall(ts);
        }
    }

    /// <summary>PyObject_RichCompareBool: identity implies equality for == and !=.
    /// Returns 1, 0, or -1 on error.</summary>
    public static int RichCompareBool(ThreadState ts, PyObject left, PyObject right, CompareOp op)
    {
        if (ReferenceEquals(left, right))
        {
            if (op == CompareOp.Eq) return 1;
            if (op == CompareOp.Ne) return 0;
        }
        var r = RichCompare(ts, left, right, op);
        if (r is null) return -1;
        if (r is PyBool b) return b.Value ? 1 : 0;
        return IsTrue(ts, r);
    }
}
