namespace Isolated.Objects;

/// <summary>The text of a str not yet built as a string: the first <see cref="Length"/> chars
/// of <see cref="Buffer"/> (see <see cref="PyStr.Concat"/>).</summary>
sealed class StrAppendTail(StrAppendBuffer buffer, int length)
{
    public readonly StrAppendBuffer Buffer = buffer;
    public readonly int Length = length;
}
