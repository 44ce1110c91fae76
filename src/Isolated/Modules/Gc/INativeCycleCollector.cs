using Isolated.Runtime;

namespace Isolated.Modules.Gc;

/// <summary>
/// Implemented by the C API's per-interpreter state (hung on <see cref="Interpreter.NativeState"/>):
/// collects reference cycles that pass through the C fields of native instances, which the .NET
/// collector cannot see on its own (see the C API's NativeCycleCollector). The core runtime knows
/// nothing else of the C API; gc.collect() asks through this interface.
/// </summary>
public interface INativeCycleCollector
{
    /// <summary>Runs a collection with the GIL held by <paramref name="ts"/>; returns how many
    /// native instances it found unreachable and destroyed.</summary>
    int CollectNativeCycles(ThreadState ts);
}
