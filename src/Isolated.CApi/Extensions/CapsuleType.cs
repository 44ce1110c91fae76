using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Extensions;

/// <summary>The per-interpreter <c>PyCapsule</c> type and the running of capsule destructors.</summary>
internal static unsafe class CapsuleType
{
    public static PyType Of(Interpreter interp)
    {
        var state = NativeInterpreterState.Of(interp);
        return state.CapsuleType ??= interp.Types.NewBuiltin("PyCapsule", interp.Types.Object, TypeFlags.None, static s =>
        {
            s.New = null;
            s.Init = null;
            s.Repr = static (ts, self) =>
            {
                var c = (PyCapsule)self;
                string name = c.Name == 0 ? "NULL" : "\"" + Marshal.PtrToStringUTF8(c.Name) + "\"";
                return ts.Interpreter.Str($"<capsule object {name} at 0x{Ops.Id(self):x}>");
            };
        }, static (_, t) => t.AddValue("__module__", t.Owner.Str("builtins")));
    }

    public static PyCapsule New(ThreadState ts, nint pointer, nint name, nint destructor)
    {
        var c = new PyCapsule(Of(ts.Interpreter), pointer, name, destructor);
        if (destructor != 0) NativeInterpreterState.Of(ts.Interpreter).LiveCapsules.Add(new WeakReference<PyCapsule>(c, trackResurrection: true));
        return c;
    }

    /// <summary>Runs one capsule's destructor (once), with ts current.</summary>
    public static void Destroy(ThreadState ts, PyCapsule c)
    {
        if (c.Destroyed) return;
        c.Destroyed = true;
        if (c.Destructor == 0) return;
        var previous = NativeCall.Enter(ts);
        nint p = NativeCall.Ref(ts, c);
        var saved = ts.FetchError();
        try { ((delegate* unmanaged<nint, void>)c.Destructor)(p); }
        finally
        {
            NativeCall.Release(p);
            ts.CurrentException = saved;
            NativeCall.Leave(previous);
        }
    }
}
