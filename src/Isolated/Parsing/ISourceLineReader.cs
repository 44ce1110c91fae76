namespace Isolated.Parsing;

/// <summary>
/// Source read on demand (tokenize's readline): the <see cref="Tokenizer"/> asks for more only when it has
/// consumed everything it holds, so an interactive stream is never read ahead.
/// </summary>
public interface ISourceLineReader
{
    /// <summary>
    /// Appends at least one whole line (ending in '\n'), or the last line of the input, to <paramref name="text"/>
    /// as UTF-8 with '\n' newlines. False when the input has ended.
    /// </summary>
    bool ReadMore(SourceText text);
}
