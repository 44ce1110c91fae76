namespace Isolated.Objects;

/// <summary>One row of the slot table: a dunder name, the slot it maps to, and how to call that
/// slot as the dunder (the slot wrapper).</summary>
public sealed record SlotDef(string Name, SlotId Slot, SlotWrapperFunc Wrapper, string Doc);
