using Isolated.Objects;

namespace Isolated.Runtime;

/// <summary>
/// The isolation checker (issue 8, debug mode): walks (<see cref="ObjectGraph"/>) every .NET object reachable from an
/// interpreter's roots — its modules, sys, builtin types and their dicts, thread states and their
/// frames — following reference fields, arrays and collections, and reports each Python object
/// whose type belongs to another interpreter, and each other <see cref="Interpreter"/> reached.
/// The walk stops at the process-wide <see cref="Runtime"/> (the registry of all interpreters).
/// Turned on for every interpreter end by ISOLATED_CHECK_ISOLATION=1 (see
/// <see cref="Interpreter.End"/>); <see cref="Check"/> runs it on demand. It uses reflection, so
/// it is slow (a debug tool) and sees only fields whose metadata the build kept.
/// </summary>
public static class IsolationChecker
{
    public const string EnvironmentVariable = "ISOLATED_CHECK_ISOLATION";

    /// <summary>Whether the environment asks for the check at every interpreter end.</summary>
    public static bool EnabledByEnvironment => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";

    /// <summary>The violations found (at most <paramref name="limit"/>), each "path: what".</summary>
    public static List<string> Check(Interpreter interp, int limit = 20)
    {
        var violations = new List<string>();
        new ObjectGraph(paths: true).Walk(interp, "interp", (o, path) =>
        {
            if (violations.Count >= limit) return ObjectGraph.Visit.Stop;
            if (o is Interpreter other && !ReferenceEquals(other, interp))
            {
                violations.Add($"{path}: reaches interpreter {other.Id}");
                return ObjectGraph.Visit.Skip;
            }
            if (o is PyObject p && p.Type is { } t && !ReferenceEquals(t.Owner, interp))
            {
                violations.Add($"{path}: {Describe(p)} belongs to interpreter {t.Owner.Id}");
                return ObjectGraph.Visit.Skip;
            }
            if (o is PyType pt && !ReferenceEquals(pt.Owner, interp))
            {
                violations.Add($"{path}: type '{pt.Name}' belongs to interpreter {pt.Owner.Id}");
                return ObjectGraph.Visit.Skip;
            }
            return ObjectGraph.Visit.Descend;
        });
        return violations;
    }

    static string Describe(PyObject p) => p switch
    {
        PyStr s => $"str {(s.Value.Length > 40 ? s.Value[..40] + "..." : s.Value)!}",
        PyType t => $"type '{t.Name}'",
        _ => $"'{p.Type.Name}' object",
    };

    /// <summary>Runs the check and throws when it finds anything (the loud failure of the debug mode).</summary>
    public static void Enforce(Interpreter interp)
    {
        var violations = Check(interp);
        if (violations.Count > 0) Fail(interp.Id, violations);
    }

    internal static void Fail(long id, List<string> violations)
    {
        var message = $"isolation violated in interpreter {id}:\n  " + string.Join("\n  ", violations);
        Console.Error.WriteLine(message);
        throw new InvalidOperationException(message);
    }
}
