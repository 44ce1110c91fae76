using Isolated.Objects;
using Isolated.Text;

namespace Isolated.Modules.Io;

/// <summary>An <c>_io.TextIOWrapper</c>: text over a buffered byte stream. Decoded text is kept
/// untranslated (<see cref="Decoded"/> from <see cref="Index"/>) so that tell() can count the bytes
/// not yet consumed by encoding them again; newline translation happens as text is handed out.</summary>
public sealed class PyTextIOWrapper : PyIOBase
{
    public PyObject? Buffer;
    public bool Initialized, Detached;
    public string Encoding = "utf-8";
    public Codecs.Codec Codec = Codecs.Codec.Utf8;
    public string Errors = "strict";
    /// <summary>For codecs without a C# implementation (found through the codec registry): the
    /// codec's incremental encoder and decoder objects; null otherwise.</summary>
    public PyObject? IncrementalEncoder, IncrementalDecoder;
    /// <summary>The newline argument: null, "", "\n", "\r" or "\r\n".</summary>
    public string? Newline;
    public bool LineBuffering, WriteThrough;
    public bool Readable, Writable, Seekable;

    // Reading state.
    public string Decoded = "";
    public int Index;
    public byte[] Pending = [];
    public bool Eof;
    /// <summary>The first bytes (a BOM) have been looked at / written.</summary>
    public bool DecoderStarted, EncoderStarted;
    /// <summary>The byte order a utf-16/utf-32 BOM chose; null until known.</summary>
    public bool? BigEndian;
    public int SeenNewlines;
    /// <summary>Encoded text not yet passed to the buffer.</summary>
    public readonly List<byte> PendingWrite = new();

    public PyTextIOWrapper(PyType type) : base(type) { }

    public bool ReadUniversal => Newline is null || Newline.Length == 0;
    public bool ReadTranslate => Newline is null;

    /// <summary>Forgets read-ahead (after a seek or before writing).</summary>
    public void ResetReading()
    {
        Decoded = "";
        Index = 0;
        Pending = [];
        Eof = false;
    }
}
