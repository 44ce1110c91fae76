using System.Text;

namespace Isolated.Modules.Io;

/// <summary>An <c>_io.StringIO</c>: text kept in a StringBuilder with a position (UTF-16 units;
/// the text is assumed free of surrogate pairs when positions matter).</summary>
public sealed class PyStringIO : PyIOBase
{
    public readonly StringBuilder Text = new();
    public int Position;
    public bool Closed;
    /// <summary>The newline argument: null (universal, translate on write), "", "\n", "\r", "\r\n".</summary>
    public string? Newline = "\n";
    /// <summary>Kinds of line endings written so far (for .newlines): 1 '\r', 2 '\n', 4 '\r\n'.</summary>
    public int SeenNewlines;

    public PyStringIO(Isolated.Objects.PyType type) : base(type) { }

    public void Write(string s)
    {
        if (Newline is null || Newline.Length == 0) SeenNewlines |= NewlineKinds.Scan(s);
        if (Newline is null) s = NewlineKinds.Translate(s);
        else if (Newline.Length > 0 && Newline != "\n") s = s.Replace("\n", Newline);
        if (Position > Text.Length) Text.Append('\0', Position - Text.Length);
        int overwrite = System.Math.Min(s.Length, Text.Length - Position);
        if (overwrite > 0) Text.Remove(Position, overwrite);
        Text.Insert(Position, s);
        Position += s.Length;
    }

    public string ReadLine(long limit)
    {
        if (Position >= Text.Length) return "";
        int end = NewlineKinds.LineEnd(Text, Position, Newline is null ? "\n" : Newline);
        int n = end - Position;
        if (limit >= 0 && n > limit) n = (int)limit;
        var line = Text.ToString(Position, n);
        Position += n;
        return line;
    }
}
