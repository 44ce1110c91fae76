using Isolated.Execution;
using Isolated.Runtime;

namespace Isolated.Objects;

public static partial class Ops
{
    /// <summary>The generic entry point for the VM's BINARY_OP (the VM's <see cref="BinaryOpKind"/>:
    /// plain operators, then the in-place ones in the same order).</summary>
    public static PyObject? BinaryOp(ThreadState ts, PyObject a, PyObject b, BinaryOpKind kind)
    {
        if (kind == BinaryOpKind.Power) return Power(ts, a, b, ts.Interpreter.None);
        if (kind == BinaryOpKind.InplacePower) return InplacePower(ts, a, b, ts.Interpreter.None);
        if (kind >= BinaryOpKind.InplaceAdd) return InplaceBinary(ts, a, b, (NumberOp)kind, (NumberOp)(kind - BinaryOpKind.InplaceAdd));
        return Binary(ts, a, b, (NumberOp)kind);
    }

    /// <summary>The operator symbol of a BINARY_OP kind ("+", "**=", ...).</summary>
    public static string Symbol(BinaryOpKind kind) => Symbol((NumberOp)kind);
}
