using System.Runtime.InteropServices;

namespace Isolated.CApi.Extensions;

/// <summary>
/// What a module made from a PyModuleDef carries (hung on <see cref="Isolated.Objects.PyModule.NativeState"/>):
/// its definition and its m_size bytes of state, zeroed when allocated. The state is released,
/// after m_clear and m_free ran, when the module's interpreter ends (see NativeInterpreterState).
/// </summary>
internal sealed unsafe class ExtensionModuleState
{
    public readonly NativeModuleDef* Def;
    public nint State;
    public bool Released;
    /// <summary>The exec slots ran (multi-phase modules run them once).</summary>
    public bool Executed;

    public ExtensionModuleState(NativeModuleDef* def) => Def = def;

    public void AllocateState()
    {
        if (State == 0 && Def->Size > 0) State = (nint)NativeMemory.AllocZeroed((nuint)Def->Size);
    }

    public void FreeState()
    {
        if (State != 0) NativeMemory.Free((void*)State);
        State = 0;
    }
}
