using System.Runtime.InteropServices;
using Isolated.Runtime;

namespace Isolated.CApi.Bridge;

/// <summary>The handle behind a PyThreadState*, hung on <see cref="ThreadState.NativeState"/>.</summary>
internal static class NativeThreadState
{
    public static nint Pointer(ThreadState ts)
    {
        if (ts.NativeState is not GCHandleBox box)
        {
            box = new GCHandleBox(GCHandle.Alloc(ts));
            ts.NativeState = box;
        }
        return GCHandle.ToIntPtr(box.Handle);
    }

    public static ThreadState? FromPointer(nint p) =>
        p == 0 ? null : GCHandle.FromIntPtr(p).Target as ThreadState;

    /// <summary>Frees the handle: the thread state is being deleted.</summary>
    public static void Release(ThreadState ts)
    {
        if (ts.NativeState is GCHandleBox box)
        {
            box.Handle.Free();
            ts.NativeState = null;
        }
    }

    /// <summary>PyThreadState_GetDict's dict, made on first use.</summary>
    public static Objects.PyDict Dict(ThreadState ts)
    {
        Pointer(ts);
        var box = (GCHandleBox)ts.NativeState!;
        return box.Dict ??= ts.Interpreter.NewDict();
    }

    sealed class GCHandleBox(GCHandle handle)
    {
        public readonly GCHandle Handle = handle;
        public Objects.PyDict? Dict;
    }
}
