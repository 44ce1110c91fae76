namespace Isolated.Execution.Import;

/// <summary>How source text is compiled: a module or file ("exec"), one expression ("eval"), or
/// one interactive statement whose expression values are echoed ("single").</summary>
public enum SourceMode
{
    File,
    Eval,
    Single,
}
