using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Isolated.Objects;

namespace Isolated.Runtime;

/// <summary>
/// The isolation checker (issue 8, debug mode): walks every .NET object reachable from an
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
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "A debug walk: fields without metadata are simply not followed.")]
    public static List<string> Check(Interpreter interp, int limit = 20)
    {
        var violations = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var fieldsOf = new Dictionary<Type, FieldInfo[]>();
        var stack = new Stack<(object Obj, string Path)>();
        void Push(object? o, string path)
        {
            if (o is null || o is string || o is Type || o is Delegate || o is Pointer || o.GetType().IsPrimitive || o.GetType().IsEnum) return;
            if (o is Runtime) return;
            if (o is Interpreter other && !ReferenceEquals(other, interp))
            {
                violations.Add($"{path}: reaches interpreter {other.Id}");
                return;
            }
            if (seen.Add(o)) stack.Push((o, path));
        }
        Push(interp, "interp");
        while (stack.Count > 0 && violations.Count < limit)
        {
            var (o, path) = stack.Pop();
            if (o is PyObject p && p.Type is { } t && !ReferenceEquals(t.Owner, interp))
            {
                violations.Add($"{path}: {Describe(p)} belongs to interpreter {t.Owner.Id}");
                continue;
            }
            if (o is PyType pt && !ReferenceEquals(pt.Owner, interp))
            {
                violations.Add($"{path}: type '{pt.Name}' belongs to interpreter {pt.Owner.Id}");
                continue;
            }
            switch (o)
            {
                case Array a when !a.GetType().GetElementType()!.IsPrimitive:
                    int i = 0;
                    foreach (var item in a)
                    {
                        Push(item, path.Length < 200 ? $"{path}[{i}]" : path);
                        i++;
                    }
                    continue;
                case Array:
                    continue;
                case IDictionary d when o.GetType().Namespace?.StartsWith("System") == true:
                    foreach (DictionaryEntry e in d)
                    {
                        Push(e.Key, path + "{key}");
                        Push(e.Value, path.Length < 200 ? $"{path}{{{e.Key}}}" : path);
                    }
                    continue;
                case IEnumerable e when o.GetType().Namespace?.StartsWith("System") == true && o is not ConditionalWeakTable<object, object>:
                    foreach (var item in e) Push(item, path + "[]");
                    continue;
            }
            var type = o.GetType();
            if (type.Namespace?.StartsWith("System") == true && !type.IsGenericType) continue;   // .NET internals (locks, timers, streams)
            if (!fieldsOf.TryGetValue(type, out var fields))
            {
                var list = new List<FieldInfo>();
                for (var ty = type; ty is not null && ty != typeof(object); ty = ty.BaseType)
                    foreach (var f in ty.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                        if (!f.FieldType.IsPrimitive && !f.FieldType.IsEnum && !f.FieldType.IsPointer && f.FieldType != typeof(string))
                            list.Add(f);
                fields = fieldsOf[type] = list.ToArray();
            }
            foreach (var f in fields)
            {
                object? v;
                try { v = f.GetValue(o); }
                catch (Exception) { continue; }
                Push(v, path.Length < 200 ? $"{path}.{f.Name}" : path);
            }
        }
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
