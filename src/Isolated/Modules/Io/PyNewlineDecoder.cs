namespace Isolated.Modules.Io;

/// <summary>An <c>_io.IncrementalNewlineDecoder</c>: wraps an optional decoder and translates
/// '\r\n'/'\r' to '\n' when asked, holding back a trailing '\r' until it knows what follows.</summary>
public sealed class PyNewlineDecoder : Isolated.Objects.PyObject
{
    public Isolated.Objects.PyObject? Decoder;
    public bool Translate, PendingCR, Initialized;
    public int Seen;

    public PyNewlineDecoder(Isolated.Objects.PyType type) : base(type) { }
}
