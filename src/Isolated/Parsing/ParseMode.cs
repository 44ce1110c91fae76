namespace Isolated.Parsing;

/// <summary>CPython's compile modes.</summary>
public enum ParseMode
{
    /// <summary>"exec": a module, returns <see cref="Ast.Module"/>.</summary>
    Exec,

    /// <summary>"eval": one expression, returns <see cref="Ast.Expression"/>.</summary>
    Eval,

    /// <summary>"single": one interactive statement, returns <see cref="Ast.Interactive"/>.</summary>
    Single,

    /// <summary>"func_type": a PEP 484 signature type comment, returns <see cref="Ast.FunctionType"/>.</summary>
    FuncType,
}
