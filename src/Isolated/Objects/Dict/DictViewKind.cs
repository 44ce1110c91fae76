namespace Isolated.Objects;

/// <summary>What a dict view or dict iterator yields.</summary>
public enum DictViewKind
{
    Keys,
    Values,
    Items,
}
