using Xunit;

namespace Isolated.Tests.Stdlib;

/// <summary>Tests that send and handle process-wide signals: they run while no other test runs,
/// since a signal reaches every runtime in the test process (seen as a flaky handler test when
/// run in parallel with the rest of the suite).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessSignalsCollection
{
    public const string Name = "process signals";
}
