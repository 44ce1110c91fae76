namespace Isolated.Objects;

/// <summary>A bound method: a callable bound to the instance it was looked up on. The VM's
/// method-call path avoids creating these for ordinary <c>obj.meth(...)</c> calls.</summary>
public sealed class PyMethod : PyObject
{
    public readonly PyObject Function;
    public readonly PyObject Self;

    public PyMethod(PyType type, PyObject function, PyObject self) : base(type)
    {
        Function = function;
        Self = self;
    }
}
