using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>C3 linearisation (the method resolution order of a class).</summary>
public static class Mro
{
    /// <summary>Computes the MRO of <paramref name="type"/> from its bases. Returns null with
    /// TypeError set when no consistent order exists.</summary>
    public static PyType[]? Compute(ThreadState ts, PyType type, PyType[] bases)
    {
        if (bases.Length == 0) return [type];
        if (bases.Length == 1) return [type, .. bases[0].Mro];
        var lists = new List<List<PyType>>(bases.Length + 1);
        foreach (var b in bases) lists.Add(new List<PyType>(b.Mro));
        lists.Add(new List<PyType>(bases));
        var result = new List<PyType> { type };
        while (true)
        {
            bool anyLeft = false;
            PyType? next = null;
            foreach (var l in lists)
            {
                if (l.Count == 0) continue;
                anyLeft = true;
                var candidate = l[0];
                if (!InAnyTail(lists, candidate))
                {
                    next = candidate;
                    break;
                }
            }
            if (!anyLeft) return result.ToArray();
            if (next is null)
            {
                var names = new List<string>();
                var seen = new HashSet<PyType>(ReferenceEqualityComparer.Instance);
                foreach (var l in lists)
                    if (l.Count > 0 && seen.Add(l[0])) names.Add(l[0].Name);
                ts.Raise(ExceptionKind.TypeError,
                    "Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", names));
                return null;
            }
            result.Add(next);
            foreach (var l in lists)
                if (l.Count > 0 && ReferenceEquals(l[0], next)) l.RemoveAt(0);
        }
    }

    static bool InAnyTail(List<List<PyType>> lists, PyType t)
    {
        foreach (var l in lists)
            for (int i = 1; i < l.Count; i++)
                if (ReferenceEquals(l[i], t)) return true;
        return false;
    }
}
