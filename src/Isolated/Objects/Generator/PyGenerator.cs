using Isolated.Execution;

namespace Isolated.Objects;

/// <summary>A generator, coroutine or async generator (the type tells which): it owns its suspended
/// frame (a <see cref="FrameRecord"/> with its own value array) and resumes it in the VM.</summary>
public sealed class PyGenerator : PyObject, IAwaitableIterator
{
    public readonly FrameRecord Frame;
    public PyObject Name;
    public PyObject QualName;
    public bool Running;
    public bool Finished;
    public bool Started;
    /// <summary>Async generators: the sys.set_asyncgen_hooks hooks were applied (first use), and
    /// the finalizer hook they recorded.</summary>
    public bool HooksInitialized;
    public PyObject? Finalizer;
    /// <summary>The exception being handled inside the generator while it is suspended.</summary>
    public PyBaseException? ExcState;
    /// <summary>Async generators: an asend/athrow is in progress.</summary>
    public bool AsyncRunning;
    /// <summary>While a for loop runs the generator inside its own dispatch loop: the exception
    /// the loop's frame was handling, given back when the generator yields or ends.</summary>
    public PyBaseException? ResumerExcState;
    /// <summary>It suspended inside a try/with block once: it is closed when dropped
    /// (<see cref="Runtime.FinalizerQueue"/>).</summary>
    public bool DropWatched;

    public PyGenerator(PyType type, FrameRecord frame, PyObject name, PyObject qualname) : base(type)
    {
        Frame = frame;
        Name = name;
        QualName = qualname;
    }

    public PyCode Code => Frame.Code;

    int IAwaitableIterator.Send(Runtime.ThreadState ts, PyObject? value, PyBaseException? exc, out PyObject? result) =>
        Generators.Resume(ts, this, value, exc, out result);
}
