using Isolated.Objects;

namespace Isolated.Modules.Io;

/// <summary>The binary layer of a <see cref="PyConsoleStream"/> (sys.stdout.buffer and friends):
/// bytes written go into the text stream's own buffer, so text and bytes come out in the order
/// they were written.</summary>
public sealed class PyConsoleBuffer : PyObject
{
    public readonly PyConsoleStream Text;

    public PyConsoleBuffer(PyType type, PyConsoleStream text) : base(type) => Text = text;
}
