using Isolated.Objects;

namespace Isolated.Modules.Interpreters;

/// <summary>One interpreter's handle on a cross-interpreter queue (a Queue object of PEP 734).
/// Every interpreter that receives the queue gets its own handle on the same queue.</summary>
public sealed class PyQueueObject : PyObject
{
    public readonly InterpreterQueue Queue;

    public PyQueueObject(PyType type, InterpreterQueue queue) : base(type) => Queue = queue;
}
