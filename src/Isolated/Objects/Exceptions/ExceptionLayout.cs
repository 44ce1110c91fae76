namespace Isolated.Objects;

/// <summary>The exception families that carry attributes beyond args (each a distinct instance
/// layout: two of them cannot be combined as bases of one class).</summary>
public enum ExceptionLayout
{
    None,
    StopIteration,
    SystemExit,
    ImportError,
    AttributeError,
    NameError,
    OSError,
    SyntaxError,
    UnicodeDecode,
    UnicodeEncode,
    UnicodeTranslate,
    Group,
}
