using Isolated.Objects;

namespace Isolated.CApi.Extensions;

/// <summary>
/// A capsule: a C pointer with a name, a context and a destructor. The destructor must run with
/// the capsule still alive and under its interpreter's GIL, so the .NET finalizer only queues the
/// capsule (resurrecting it) on its interpreter; the queue is drained the next time C code is
/// called in that interpreter, and at its end (see NativeInterpreterState).
/// </summary>
internal sealed class PyCapsule : PyObject
{
    public nint Pointer;
    public nint Name;
    public nint Context;
    public nint Destructor;
    /// <summary>The destructor ran (or the interpreter ended): the finalizer does nothing.</summary>
    public bool Destroyed;

    public PyCapsule(PyType type, nint pointer, nint name, nint destructor) : base(type)
    {
        Pointer = pointer;
        Name = name;
        Destructor = destructor;
    }

    ~PyCapsule()
    {
        if (Destroyed || Destructor == 0) return;
        if (Type.Owner.NativeState is Bridge.NativeInterpreterState state)
        {
            state.PendingCapsules.Enqueue(this);
            Interlocked.Exchange(ref state.PendingWork, 1);
        }
    }
}
