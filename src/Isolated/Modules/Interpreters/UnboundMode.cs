namespace Isolated.Modules.Interpreters;

/// <summary>What happens to a queued item when the interpreter that put it ends (PEP 734).</summary>
public enum UnboundMode
{
    /// <summary>The item is replaced by the UNBOUND sentinel.</summary>
    Unbound = 1,
    /// <summary>Getting the item raises ItemInterpreterDestroyed.</summary>
    Error = 2,
    /// <summary>The item is removed from the queue.</summary>
    Remove = 3,
}
