namespace Isolated.Compiling;

/// <summary>compile()'s modes.</summary>
public enum CompileMode { Exec, Eval, Single }
