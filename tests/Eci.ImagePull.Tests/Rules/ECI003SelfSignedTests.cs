using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.PullFailureFindings;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI003 in the engine: a self-signed registry InsecureRegistry does not list.</summary>
public class ECI003SelfSignedTests
{
    [Fact]
    public void SelfSignedRegistryMissingFromInsecureRegistry()
    {
        var settings = Request("registry.corp.example:8443/api");
        settings.Knowledge = Knows(selfSigned: "registry.corp.example:8443", anonymous: "registry.corp.example:8443");

        var finding = Assert.Single(Findings(settings));
        Assert.Equal("ECI003", finding.RuleId);
        Assert.Equal(FixAction.AddToInsecureRegistry, finding.Fix);
    }

    [Fact]
    public void SelfSignedRegistryPulledOverHttpNeedsNoInsecureEntry()
    {
        var settings = Request("registry.corp.example:8443/api");
        settings.PlainHttpRegistry = RegistryListInput.Known("registry.corp.example:8443");
        settings.Knowledge = Knows(selfSigned: "registry.corp.example:8443", anonymous: "registry.corp.example:8443");

        Assert.Empty(Ids(settings));
    }
}
