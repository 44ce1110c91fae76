using Isolated.Modules;
using Xunit;

namespace Isolated.Tests.Interpreters;

/// <summary>A fact skipped, with the reason, while a builtin (C#) module the stdlib code under
/// test imports is not implemented yet; it runs as soon as the module is registered.</summary>
public sealed class NeedsBuiltinModulesFactAttribute : FactAttribute
{
    public NeedsBuiltinModulesFactAttribute(params string[] modules)
    {
        var missing = modules.Where(m => !ModuleRegistry.IsBuiltin(m)).ToArray();
        if (missing.Length > 0) Skip = $"needs the builtin module(s) {string.Join(", ", missing)}, not implemented yet";
    }
}
