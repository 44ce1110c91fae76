namespace Isolated.Fuzzing;

/// <summary>How one input ended. <see cref="Bug"/> and <see cref="Hang"/> are failures: a .NET
/// exception inside the runtime (surfacing as SystemError "XxxException: ..." or escaping), or a
/// run that the tick/time budget could not stop.</summary>
public enum FuzzVerdict
{
    Ok,
    PythonError,
    Budget,
    Bug,
    Hang,
}
