namespace Isolated.CApi.Extensions;

/// <summary>A type's C slot values (indexed by slot number), its C layout, and the spec-made types
/// of its MRO, resolved once (see NativeInstances); kept in the type's ClassData.NativeData.</summary>
internal sealed record ResolvedType(nint[] Slots, NativeTypeInfo? Layout, NativeTypeInfo[] Infos);
