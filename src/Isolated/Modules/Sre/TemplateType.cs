using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sre;

/// <summary>The SRE_Template type returned by _sre.template(): opaque, consumed by sub() and expand().</summary>
public static class TemplateType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("SRE_Template", types.Object, TypeFlags.None, s => { s.New = null; },
            static (ts, type) => type.AddValue("__module__", type.Owner.Str("_sre")));
}
