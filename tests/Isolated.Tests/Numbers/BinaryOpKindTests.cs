using Isolated.Execution;
using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Numbers;

/// <summary>Ops.BinaryOp maps the VM's BinaryOpKind onto the number slots by value: every kind
/// must reach the operator its name says.</summary>
public class BinaryOpKindTests : NumberTestBase
{
    static readonly Dictionary<string, string> Symbols = new()
    {
        ["Add"] = "+", ["Subtract"] = "-", ["Multiply"] = "*", ["MatrixMultiply"] = "@", ["TrueDivide"] = "/",
        ["Remainder"] = "%", ["Power"] = "**", ["LShift"] = "<<", ["RShift"] = ">>", ["Or"] = "|", ["Xor"] = "^",
        ["And"] = "&", ["FloorDivide"] = "//",
    };

    [Fact]
    public void EveryKindReachesItsOperator()
    {
        foreach (var kind in Enum.GetValues<BinaryOpKind>())
        {
            string name = kind.ToString();
            bool inplace = name.StartsWith("Inplace", StringComparison.Ordinal);
            string symbol = Symbols[inplace ? name["Inplace".Length..] : name] + (inplace ? "=" : "");
            Assert.Equal(symbol, Ops.Symbol(kind));
            string expectedSymbol = kind == BinaryOpKind.Power ? "** or pow()" : symbol;
            Assert.Equal($"TypeError: unsupported operand type(s) for {expectedSymbol}: 'int' and 'NoneType'",
                Error(() => Ops.BinaryOp(Ts, I(6), Interp.None, kind)));
        }
        Assert.Equal("i:8", Encode(Ops.BinaryOp(Ts, I(6), I(2), BinaryOpKind.InplaceAdd)));
        Assert.Equal("i:36", Encode(Ops.BinaryOp(Ts, I(6), I(2), BinaryOpKind.InplacePower)));
        Assert.Equal("f:4008000000000000", Encode(Ops.BinaryOp(Ts, I(6), I(2), BinaryOpKind.TrueDivide)));
        Assert.Equal("i:3", Encode(Ops.BinaryOp(Ts, I(6), I(2), BinaryOpKind.InplaceFloorDivide)));
        Assert.Equal("i:24", Encode(Ops.BinaryOp(Ts, I(6), I(2), BinaryOpKind.LShift)));
    }
}
