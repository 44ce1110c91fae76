using Xunit;
using Xunit.Sdk;

namespace Isolated.Tests.Conformance;

/// <summary>A theory over the conformance corpus: one test case per program, with the programs
/// listed in known-failures.txt reported as skipped with their reason.</summary>
[XunitTestCaseDiscoverer("Isolated.Tests.Conformance.ConformanceCaseDiscoverer", "Isolated.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceTheoryAttribute : FactAttribute
{
    /// <summary>Over the cases that also run inside a subinterpreter
    /// (<see cref="ConformanceCorpus.SubinterpreterCases"/>).</summary>
    public bool InSubinterpreter { get; set; }
}
