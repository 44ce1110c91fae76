using System.Runtime.InteropServices;
using Isolated.Runtime;

namespace Isolated.CApi.Bridge;

/// <summary>
/// What the C API keeps per interpreter: the handle behind its PyInterpreterState* and its
/// native arena. Hung on <see cref="Interpreter.NativeState"/> and disposed when it ends.
/// </summary>
internal sealed class NativeInterpreterState : IDisposable
{
    public readonly Interpreter Interpreter;
    public readonly NativeArena Arena = new();
    GCHandle _handle;

    NativeInterpreterState(Interpreter interp)
    {
        Interpreter = interp;
        _handle = GCHandle.Alloc(this);
    }

    public nint Pointer => GCHandle.ToIntPtr(_handle);

    public static NativeInterpreterState Of(Interpreter interp)
    {
        if (interp.NativeState is NativeInterpreterState s) return s;
        s = new NativeInterpreterState(interp);
        interp.NativeState = s;
        return s;
    }

    public static Interpreter? FromPointer(nint p)
    {
        if (p == 0) return null;
        return (GCHandle.FromIntPtr(p).Target as NativeInterpreterState)?.Interpreter;
    }

    public void Dispose()
    {
        Arena.Dispose();
        if (_handle.IsAllocated) _handle.Free();
    }
}
