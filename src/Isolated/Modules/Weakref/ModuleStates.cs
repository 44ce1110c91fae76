using Isolated.Runtime;

namespace Isolated.Modules.Weakref;

/// <summary>The per-interpreter state of the C# standard-library modules (weak references,
/// threads, atexit, gc), hung off <see cref="Interpreter.StdlibState"/> and created on first use
/// so that an interpreter that never imports them pays nothing.</summary>
public sealed class ModuleStates
{
    public readonly WeakrefRegistry Weakrefs;
    public readonly PendingCalls Pending = new();

    /// <summary>concurrent.interpreters: this interpreter's Queue object per queue id, held weakly,
    /// so Queue(id), create_queue() and received queues give one object per queue (PEP 734).</summary>
    public readonly Dictionary<long, WeakReference<Isolated.Modules.Interpreters.PyQueueObject>> QueueHandles = new();
    public int QueueHandlesPruneAt = 256;

    /// <summary>atexit handlers: (callable, args, kwargs) in registration order.</summary>
    public readonly List<(Isolated.Objects.PyObject Func, Isolated.Objects.PyObject[] Args, Isolated.Objects.PyDict? Kwargs)> ExitFuncs = new();

    /// <summary>Threads started by _thread and still running (threading._count()).</summary>
    public int RunningThreads;

    /// <summary>threading._shutdown() has run (AtexitModule.JoinThreads): it must run once, since
    /// a second call in a subinterpreter fails its 'assert tlock is not None'.</summary>
    public bool ThreadingShutDown;

    /// <summary>_thread._set_sentinel() locks, released when their thread state ends.</summary>
    public readonly System.Runtime.CompilerServices.ConditionalWeakTable<ThreadState, Thread.PyLock> Sentinels = new();

    /// <summary>gc.enable()/gc.disable() (the .NET collector cannot be switched off; recorded only).</summary>
    public bool GcEnabled = true;

    public int GcThreshold0 = 700, GcThreshold1 = 10, GcThreshold2 = 10;

    ModuleStates(Interpreter interp) => Weakrefs = new WeakrefRegistry(interp, Pending);

    public static ModuleStates Of(Interpreter interp)
    {
        if (interp.StdlibState is ModuleStates s) return s;
        lock (interp.Gil)
        {
            if (interp.StdlibState is ModuleStates again) return again;
            var created = new ModuleStates(interp);
            interp.StdlibState = created;
            return created;
        }
    }
}
