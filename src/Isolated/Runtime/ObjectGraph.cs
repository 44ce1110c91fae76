using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Isolated.Objects;

namespace Isolated.Runtime;

/// <summary>
/// A walk over the .NET object graph from a start object, following reference fields, arrays
/// and the System collections (not weak tables), never entering the process-wide
/// <see cref="Runtime"/>. Shared by the isolation checker (from an interpreter's roots) and the
/// gc module (get_objects, get_referents, get_referrers). It uses reflection: slow (a debug and
/// introspection tool), and it sees only the fields whose metadata the build kept.
/// </summary>
public sealed class ObjectGraph
{
    /// <summary>What the walk does with one object reached: Descend follows its references,
    /// Skip does not, Stop ends the walk.</summary>
    public enum Visit { Descend, Skip, Stop }

    readonly Dictionary<Type, FieldInfo[]> _fieldsOf = new();
    readonly bool _paths;

    /// <summary><paramref name="paths"/>: whether the visitor gets a readable path for each
    /// object (the isolation checker's reports); building them costs.</summary>
    public ObjectGraph(bool paths) => _paths = paths;

    /// <summary>Walks from <paramref name="start"/>; the visitor sees every object once (the
    /// start too), with its path, and says whether to go on from it. A visitor may also be told
    /// about objects the walk does not enter: another <see cref="Interpreter"/> (never entered).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "A debug walk: fields without metadata are simply not followed.")]
    public void Walk(object start, string startPath, Func<object, string, Visit> visitor)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(object Obj, string Path)>();
        Push(start, startPath);
        while (stack.Count > 0)
        {
            var (o, path) = stack.Pop();
            var verdict = visitor(o, path);
            if (verdict == Visit.Stop) return;
            if (verdict == Visit.Skip) continue;
            switch (o)
            {
                case Array a when !a.GetType().GetElementType()!.IsPrimitive:
                    int i = 0;
                    foreach (var item in a)
                    {
                        Push(item, _paths && path.Length < 200 ? $"{path}[{i}]" : path);
                        i++;
                    }
                    continue;
                case Array:
                    continue;
                case IDictionary d when o.GetType().Namespace?.StartsWith("System") == true:
                    foreach (DictionaryEntry e in d)
                    {
                        Push(e.Key, _paths ? path + "{key}" : path);
                        Push(e.Value, _paths && path.Length < 200 ? $"{path}{{{e.Key}}}" : path);
                    }
                    continue;
                case IEnumerable e when o.GetType().Namespace?.StartsWith("System") == true && o is not ConditionalWeakTable<object, object>:
                    foreach (var item in e) Push(item, _paths ? path + "[]" : path);
                    continue;
            }
            var type = o.GetType();
            if (type.Namespace?.StartsWith("System") == true && !type.IsGenericType) continue;   // .NET internals (locks, timers, streams)
            foreach (var f in FieldsOf(type))
            {
                object? v;
                try { v = f.GetValue(o); }
                catch (Exception) { continue; }
                Push(v, _paths && path.Length < 200 ? $"{path}.{f.Name}" : path);
            }
        }

        void Push(object? o, string path)
        {
            if (o is null || o is string || o is Type || o is Delegate || o is Pointer || o.GetType().IsPrimitive || o.GetType().IsEnum) return;
            if (o is Runtime) return;
            if (seen.Add(o)) stack.Push((o, path));
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "A debug walk: fields without metadata are simply not followed.")]
    FieldInfo[] FieldsOf(Type type)
    {
        if (_fieldsOf.TryGetValue(type, out var fields)) return fields;
        var list = new List<FieldInfo>();
        for (var ty = type; ty is not null && ty != typeof(object); ty = ty.BaseType)
            foreach (var f in ty.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                if (!f.FieldType.IsPrimitive && !f.FieldType.IsEnum && !f.FieldType.IsPointer && f.FieldType != typeof(string)
                    && !f.IsDefined(typeof(CrossInterpreterLinkAttribute), inherit: false))
                    list.Add(f);
        return _fieldsOf[type] = list.ToArray();
    }

    /// <summary>The Python objects of <paramref name="interp"/> reachable from its roots (its
    /// modules, sys, types, thread states and frames), each once.</summary>
    public static List<PyObject> Reachable(Interpreter interp)
    {
        var found = new List<PyObject>();
        new ObjectGraph(paths: false).Walk(interp, "", (o, _) =>
        {
            if (o is Interpreter other && !ReferenceEquals(other, interp)) return Visit.Skip;
            if (o is PyObject p)
            {
                if (p.Type is { } t && !ReferenceEquals(t.Owner, interp)) return Visit.Skip;
                found.Add(p);
            }
            return Visit.Descend;
        });
        return found;
    }

    /// <summary>The Python objects <paramref name="obj"/> refers to directly: the first Python
    /// objects on each path through its fields (through .NET arrays and collections, not through
    /// other Python objects).</summary>
    public List<PyObject> Referents(PyObject obj)
    {
        var found = new List<PyObject>();
        Walk(obj, "", (o, _) =>
        {
            if (ReferenceEquals(o, obj)) return Visit.Descend;
            if (o is Interpreter) return Visit.Skip;
            if (o is PyObject p)
            {
                // As CPython's traversal: an instance of a builtin type does not refer to its type.
                if (!ReferenceEquals(p, obj.Type) || obj.Type.HasFlag(TypeFlags.HeapType)) found.Add(p);
                return Visit.Skip;
            }
            return Visit.Descend;
        });
        return found;
    }
}
