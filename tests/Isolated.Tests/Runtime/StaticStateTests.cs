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

    /// <summary>Whether a static readonly field's value is immutable data: values, strings,
    /// delegates, tables (arrays, frozen collections) of immutable data, read-only cultures,
    /// state-less sentinel objects, and sealed non-Python classes whose fields are all readonly
    /// and hold immutable data. Python objects never qualify: they have identity.</summary>
    static bool IsImmutableValue(object? v, int depth = 0)
    {
        if (v is null) return true;
        if (depth > 8) return false;
        var t = v.GetType();
        if (t.IsPrimitive || t.IsEnum || v is string || v is decimal || v is Delegate) return true;
        if (v is PyObject) return false;
        if (t == typeof(object)) return true;   // a sentinel: no state at all
        if (v is System.Globalization.CultureInfo c) return c.IsReadOnly;
        if (v is Array a)
        {
            foreach (var e in a)
                if (!IsImmutableValue(e, depth + 1)) return false;
            return true;
        }
        if (t.IsGenericType && t.Namespace is "System.Collections.Frozen" or "System.Collections.Immutable")
        {
            foreach (var e in (System.Collections.IEnumerable)v)
                if (!IsImmutableValue(e, depth + 1)) return false;
            return true;
        }
        if (t.FullName is "System.Numerics.BigInteger") return true;
        if (t.IsValueType || (t.IsClass && t.IsSealed))
        {
            foreach (var f in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (!t.IsValueType && !f.IsInitOnly) return false;
                if (!IsImmutableValue(f.GetValue(v), depth + 1)) return false;
            }
            return true;
        }
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
            .Where(f => !f.IsInitOnly || !IsImmutableValue(f.GetValue(null)))
            .Select(f => $"{Name(f)} ({(f.IsInitOnly ? "readonly" : "mutable")} {f.GetValue(null)?.GetType().Name ?? f.FieldType.Name})")
            .ToList();
        Assert.True(offenders.Count == 0, "mutable static state in src/Isolated:\n  " + string.Join("\n  ", offenders));
    }

    [Fact]
    public void TheCheckFindsAMutableStatic()
    {
        // The rule must be able to fail: collections and Python objects are not immutable data.
        Assert.False(IsImmutableValue(new List<int>()));
        Assert.False(IsImmutableValue(new Dictionary<string, int>()));
        Assert.False(IsImmutableValue(new Isolated.Runtime.Runtime().Main.NewDict()));
        Assert.False(IsImmutableValue(new object[] { new List<int>() }));
        Assert.True(IsImmutableValue(new[] { "a", "b" }));
        Assert.True(IsImmutableValue(new object()));
    }
}
