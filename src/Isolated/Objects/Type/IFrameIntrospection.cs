using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// What the object model needs from the running frame. The VM's per-thread state
/// (<see cref="ThreadState.Execution"/>) implements it; without a VM (C#-level tests) the
/// features that need it degrade as documented on each member.
/// </summary>
public interface IFrameIntrospection
{
    /// <summary>The globals of the innermost Python frame, or null when no Python code runs
    /// (then type(name, bases, ns) leaves __module__ unset).</summary>
    PyDict? CurrentGlobals();

    /// <summary>The locals mapping of the innermost Python frame (dir() and vars() without
    /// arguments), or null when no Python code runs.</summary>
    PyObject? CurrentLocals();

    /// <summary>Zero-argument super(): the innermost frame's <c>__class__</c> cell contents and
    /// its first argument. Returns false with RuntimeError set ("super(): no arguments",
    /// "super(): __class__ cell not found", "super(): empty __class__ cell") when unavailable.</summary>
    bool TryGetSuperArgs(ThreadState ts, out PyType? type, out PyObject? self);
}
