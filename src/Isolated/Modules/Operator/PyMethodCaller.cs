using Isolated.Objects;

namespace Isolated.Modules.Operator;

/// <summary>operator.methodcaller: the method name and the call's arguments in vectorcall form
/// (positionals, then keyword values named by <see cref="KeywordNames"/>).</summary>
public sealed class PyMethodCaller(PyType type, PyStr name, PyObject[] args, PyTuple? keywordNames) : PyObject(type)
{
    public readonly PyStr Name = name;
    public readonly PyObject[] Args = args;
    public readonly PyTuple? KeywordNames = keywordNames;
}
