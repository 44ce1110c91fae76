using System.Reflection;
using System.Runtime.CompilerServices;
using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Runtime;

/// <summary>
/// DESIGN §2 rule 3: the runtime (src/Isolated) keeps no mutable static state — every static
/// field is a constant or a readonly reference to immutable data — and has no [ThreadStatic]
/// (the one thread-local lives at the C API boundary). Interpreters stay isolated only if
/// nothing reachable from a static can carry Python state between them.
/// </summary>
public class StaticStateTests
{
    /// <summary>Static fields allowed to break the rule, each with its justification.
    /// Keep this list short.</summary>
    static readonly Dictionary<string, string> AllowList = new()
    {
    };

    /// <summary>Types a static readonly field may hold: immutable values, or tables and
    /// delegates that the runtime never mutates after type initialisation.</summary>
    static bool IsImmutableData(Type t)
    {
        if (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal)) return true;
        if (typeof(Delegate).IsAssignableFrom(t)) return true;
        if (t.IsArray) return IsImmutableData(t.GetElementType()!);
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Nullable<>)) return IsImmutableData(t.GetGenericArguments()[0]);
        if (t.FullName is "System.Numerics.BigInteger") return true;
        // Records/structs made only of immutable data (e.g. table entries).
        if (t.IsValueType)
            return t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                    .All(f => IsImmutableData(f.FieldType));
        // Sealed classes whose instance fields are all readonly immutable data (e.g. a table record
        // or a configuration record).
        if (t.IsClass && t.IsSealed && !typeof(PyObject).IsAssignableFrom(t))
            return t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                    .All(f => f.IsInitOnly && IsImmutableData(f.FieldType));
        return false;
    }

    static IEnumerable<FieldInfo> StaticFields() =>
        typeof(PyObject).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !t.Name.StartsWith('<'))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && f.GetCustomAttribute<CompilerGeneratedAttribute>() is null);

    static string Name(FieldInfo f) => $"{f.DeclaringType!.FullName}.{f.Name}";

    [Fact]
    public void NoThreadStaticInTheRuntime()
    {
        var offenders = StaticFields().Where(f => f.GetCustomAttribute<ThreadStaticAttribute>() is not null).Select(Name).ToList();
        Assert.True(offenders.Count == 0, "[ThreadStatic] fields in src/Isolated: " + string.Join(", ", offenders));
    }

    [Fact]
    public void EveryStaticFieldIsReadonlyImmutableData()
    {
        var offenders = StaticFields()
            .Where(f => !AllowList.ContainsKey(Name(f)))
            .Where(f => !f.IsInitOnly || !IsImmutableData(f.FieldType))
            .Select(f => $"{Name(f)} ({(f.IsInitOnly ? "readonly" : "mutable")} {f.FieldType.Name})")
            .ToList();
        Assert.True(offenders.Count == 0, "mutable static state in src/Isolated:\n  " + string.Join("\n  ", offenders));
    }

    [Fact]
    public void TheCheckFindsAMutableStatic()
    {
        // The rule must be able to fail: a List<T> is not immutable data, a mutable field is not readonly.
        Assert.False(IsImmutableData(typeof(List<int>)));
        Assert.False(IsImmutableData(typeof(PyDict)));
        Assert.True(IsImmutableData(typeof(string[])));
    }
}
