namespace Isolated.Objects;

/// <summary>A Python function: code plus the environment it runs in (globals, builtins, defaults,
/// closure cells). Calling one runs its code in the VM (see <c>Execution.Eval</c>).</summary>
public sealed class PyFunction : PyObject, IInstanceDict
{
    public PyCode Code;
    public readonly PyDict Globals;
    /// <summary>The builtins namespace captured when the function was created.</summary>
    public readonly PyDict Builtins;
    public PyObject Name;
    public PyObject QualName;
    public PyObject Module;
    public PyObject Doc;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    public readonly PyCell[]? Closure;
    public PyDict? Annotations;
    public PyObject? TypeParams;
    public PyDict? InstanceDict { get; set; }

    public PyFunction(PyType type, PyCode code, PyDict globals, PyDict builtins, PyObject name, PyObject qualname,
                      PyObject module, PyObject doc, PyCell[]? closure)
        : base(type)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = name;
        QualName = qualname;
        Module = module;
        Doc = doc;
        Closure = closure;
    }

    public override string ToString() => $"<function {QualName}>";
}
