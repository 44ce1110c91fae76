using Xunit;

namespace Isolated.Tests.Interpreters;

/// <summary>Tests that measure the process's managed heap: they run while no other test runs,
/// since every test shares that heap.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasuringCollection
{
    public const string Name = "heap measuring";
}
