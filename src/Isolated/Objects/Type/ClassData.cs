using System.Runtime.CompilerServices;

namespace Isolated.Objects;

/// <summary>
/// A type's object-model data: the instance layout decided when the class was created (__slots__
/// storage, solid base) and the weak list of its direct subclasses (<c>__subclasses__()</c>,
/// slot updates when a base changes). Created by ClassBuilder for heap types and on demand for
/// builtin types (a builtin type gets one when first subclassed).
/// </summary>
public sealed class ClassData
{
    /// <summary>Slot storage every instance carries: the bases' slots, then this class's own.</summary>
    public int SlotCount;

    /// <summary>This class's own __slots__ names (mangled), in storage order.</summary>
    public string[] OwnSlots = [];

    /// <summary>The nearest type (this one or a base) that fixes the instance layout; two bases
    /// whose solid bases are unrelated cannot be combined.</summary>
    public PyType? SolidBase;

    /// <summary>For builtin exception classes: the attribute family this class introduces
    /// (a distinct instance layout), or None.</summary>
    public ExceptionLayout ExceptionLayout;

    /// <summary>What the C API bridge keeps about a type made by (or derived from) a C extension's
    /// PyType_FromSpec: its resolved C slots and layout (opaque to the runtime).</summary>
    public object? NativeData;

    List<WeakReference<PyType>>? _subclasses;

    /// <summary>Builtin direct subclasses (bool under int, every exception under its base): held
    /// strongly, as they live as long as their interpreter anyway.</summary>
    List<PyType>? _builtinSubclasses;

    /// <summary>Slot storage of instances that cannot carry an array themselves (instances of
    /// Python subclasses of builtin types that declare __slots__).</summary>
    ConditionalWeakTable<PyObject, PyObject?[]>? _externalSlots;

    public static ClassData Of(PyType type) => type.ClassData ??= new ClassData();

    public void AddSubclass(PyType type)
    {
        _subclasses ??= new List<WeakReference<PyType>>();
        _subclasses.RemoveAll(static w => !w.TryGetTarget(out _));
        _subclasses.Add(new WeakReference<PyType>(type));
    }

    public void AddBuiltinSubclass(PyType type) => (_builtinSubclasses ??= new List<PyType>()).Add(type);

    public void RemoveSubclass(PyType type) =>
        _subclasses?.RemoveAll(w => !w.TryGetTarget(out var t) || ReferenceEquals(t, type));

    /// <summary>The live direct subclasses, oldest first.</summary>
    public List<PyType> Subclasses()
    {
        var result = _builtinSubclasses is null ? new List<PyType>() : new List<PyType>(_builtinSubclasses);
        if (_subclasses is null) return result;
        foreach (var w in _subclasses)
            if (w.TryGetTarget(out var t)) result.Add(t);
        return result;
    }

    public PyObject?[] ExternalSlots(PyObject obj, int count) =>
        (_externalSlots ??= new ConditionalWeakTable<PyObject, PyObject?[]>()).GetValue(obj, _ => new PyObject?[count]);

    /// <summary>The __slots__ values this class keeps aside for <paramref name="obj"/> (an instance
    /// of a subclass of a builtin type), or null when none were ever set.</summary>
    public PyObject?[]? FindExternalSlots(PyObject obj) =>
        _externalSlots is { } table && table.TryGetValue(obj, out var values) ? values : null;
}
