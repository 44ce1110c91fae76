using Xunit.Abstractions;
using Xunit.Sdk;

namespace Isolated.Tests.Conformance;

/// <summary>Creates one test case per corpus program (xunit 2 has no per-row dynamic skip, so the
/// discoverer marks known failures as skipped data rows itself).</summary>
public sealed class ConformanceCaseDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
                                                IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var known = ConformanceCorpus.KnownFailures;
        bool sub = factAttribute.GetNamedArgument<bool>(nameof(ConformanceTheoryAttribute.InSubinterpreter));
        var suffix = sub ? ConformanceCorpus.SubinterpreterSuffix : "";
        foreach (var c in sub ? ConformanceCorpus.SubinterpreterCases : ConformanceCorpus.Cases)
        {
            object[] row = [c.Name];
            // A case failing in the main interpreter is skipped in the subinterpreter run too.
            if (known.TryGetValue(c.Name + suffix, out var reason) || known.TryGetValue(c.Name, out reason))
                yield return new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason, row);
            else
                yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod, row);
        }
    }
}
