using System.Text;
using Isolated.Parsing;

namespace Isolated.Execution.Import;

/// <summary>Reads Python source files: bytes decoded per PEP 263 (coding declaration, UTF-8 BOM,
/// UTF-8 default) by the parser's decoder.</summary>
public static class SourceReader
{
    /// <summary>Decodes source bytes to text; throws <see cref="PythonSyntaxError"/> for an unknown
    /// encoding or undecodable bytes.</summary>
    public static string Decode(byte[] bytes, string filename)
    {
        var text = SourceDecoder.FromBytes(bytes, filename);
        return Encoding.UTF8.GetString(text.Bytes, 0, text.Length);
    }
}
