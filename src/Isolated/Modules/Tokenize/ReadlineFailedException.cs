namespace Isolated.Modules.Tokenize;

/// <summary>Unwinds the tokenizer when the Python readline raised: the exception is already set on the thread state.</summary>
public sealed class ReadlineFailedException : Exception
{
}
