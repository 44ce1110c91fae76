using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// A Python type object. Every type belongs to exactly one interpreter (DESIGN §2 rule 4): the
/// builtin types are created per interpreter from shared, immutable C# code (their slot functions
/// and method tables), and nothing with Python identity is shared.
/// </summary>
public sealed class PyType : PyObject
{
    public readonly Interpreter Owner;
    public string Name;
    public string QualName;

    /// <summary>The name CPython's messages print ('%.200s' of tp_name): "vim.range" for a type a
    /// C extension made from a spec named so, the plain <see cref="Name"/> otherwise.</summary>
    public string TpName => _tpName ?? Name;
    string? _tpName;

    /// <summary>Sets <see cref="TpName"/> to a dotted C name ("module.name").</summary>
    public void SetTpName(string tpName) => _tpName = tpName == Name ? null : tpName;

    public TypeFlags Flags;
    public PyType? Base;
    public PyType[] Bases;
    public PyType[] Mro;
    public readonly TypeSlots Slots;

    /// <summary>Replaced by a fresh per-interpreter tag whenever the type's or a base's dict
    /// changes; lets call sites and the interpreter's <see cref="TypeLookupCache"/> cache
    /// lookups (DESIGN §5, inline caches).</summary>
    public uint VersionTag;

    /// <summary>Object-model data (instance layout, __slots__, weak list of subclasses); created
    /// by ClassBuilder for heap types and on demand for builtin ones.</summary>
    public ClassData? ClassData;

    PyDict? _dict;
    Action<ThreadState?, PyType>? _fillDict;

    /// <summary>For builtin types: fills the type's __dict__ (methods, descriptors) the first time
    /// it is needed, so that creating an interpreter stays cheap.</summary>
    public PyType(Interpreter owner, PyType? metatype, string name, PyType? @base, TypeSlots slots,
                  TypeFlags flags, Action<ThreadState?, PyType>? fillDict = null)
        : base(metatype!)
    {
        Owner = owner;
        Name = name;
        QualName = name;
        Base = @base;
        Bases = @base is null ? [] : [@base];
        Slots = slots;
        Flags = flags;
        _fillDict = fillDict;
        Mro = @base is null ? [this] : [this, .. @base.Mro];
        VersionTag = owner.TypeLookupCache.NextVersion();
    }

    /// <summary>The type's namespace, populated on first use for builtin types.</summary>
    public PyDict Dict
    {
        get
        {
            if (_dict is null)
            {
                _dict = new PyDict(Owner.Types.Dict);
                var fill = _fillDict;
                _fillDict = null;
                fill?.Invoke(null, this);
                if (!HasFlag(TypeFlags.HeapType)) SlotWrappers.AddToDict(this);
                _dict.NamespaceOf = this;
            }
            return _dict;
        }
    }

    /// <summary>Replaces the namespace (class statement, type()).</summary>
    public void SetDict(PyDict dict)
    {
        if (_dict is not null && ReferenceEquals(_dict.NamespaceOf, this)) _dict.NamespaceOf = null;
        _dict = dict;
        _fillDict = null;
        dict.NamespaceOf = this;
        DictChanged();
    }

    /// <summary>_PyType_Lookup: finds <paramref name="name"/> along the MRO without invoking
    /// descriptors. Returns null when absent; never sets an exception.</summary>
    public PyObject? LookupMro(PyStr name) => Owner.TypeLookupCache.Lookup(this, name);

    /// <summary>The MRO walk behind <see cref="LookupMro"/>.</summary>
    internal PyObject? LookupMroUncached(PyStr name)
    {
        foreach (var t in Mro)
        {
            if (t.Dict.GetStr(name) is { } v) return v;
        }
        return null;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    public bool HasFlag(TypeFlags flag) => (Flags & flag) != 0;

    /// <summary>A new class is a sequence or a mapping for <c>match</c> as the first class of its MRO
    /// that is either (CPython inherits Py_TPFLAGS_SEQUENCE/MAPPING the same way).</summary>
    public void InheritCollectionKind()
    {
        if (HasFlag(TypeFlags.CollectionKinds)) return;
        for (int i = 1; i < Mro.Length; i++)
            if ((Mro[i].Flags & TypeFlags.CollectionKinds) is var kind and not TypeFlags.None)
            {
                Flags |= kind;
                return;
            }
    }

    /// <summary>What registering this class with a collection ABC does (CPython's
    /// set_collection_flag_recursive): builtin (immutable) types are left alone, and so are classes
    /// that already are of that kind; others, and their subclasses, become that kind only.</summary>
    public void SetCollectionKind(TypeFlags kind, int depth = 0)
    {
        if (!HasFlag(TypeFlags.HeapType) || (Flags & TypeFlags.CollectionKinds) == kind || depth > 10000) return;
        Flags = (Flags & ~TypeFlags.CollectionKinds) | kind;
        if (ClassData is { } cd)
            foreach (var sub in cd.Subclasses()) sub.SetCollectionKind(kind, depth + 1);
    }

    /// <summary>Marks this type's caches stale after a change to its dict (or a base's).</summary>
    public void Modified() => VersionTag = Owner.TypeLookupCache.NextVersion();

    /// <summary>The type's dict changed (any mutation, however it was made): this type and every
    /// subclass get fresh version tags, so no cached lookup through them survives.</summary>
    public void DictChanged() => DictChanged(0);

    void DictChanged(int depth)
    {
        Modified();
        if (ClassData is { } cd && depth < 10000)
            foreach (var sub in cd.Subclasses()) sub.DictChanged(depth + 1);
    }

    public override string ToString() => $"<class '{Name}'>";
}
