using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI005 in the engine: a malformed entry, reported with the normalized address as its replacement.</summary>
public class ECI005MalformedAddressTests
{
    [Fact]
    public void MalformedEntryThatMatchesOnceNormalizedIsTheOnlyDiagnostic()
    {
        var settings = Request("harbor.lab.local:80/app");
        settings.PlainHttpRegistry = RegistryListInput.Known("http://harbor.lab.local:80", "list");
        settings.Knowledge = RegistryKnowledge.FromSettings(null, null, "harbor.lab.local:80");

        var finding = Assert.Single(PullSettingsRules.Evaluate(settings));

        Assert.Equal("ECI005", finding.RuleId);
        Assert.Equal(FixAction.ReplaceValue, finding.Fix);
        Assert.Equal("harbor.lab.local:80", finding.Replacement);
        Assert.Contains("scheme", finding.Message, StringComparison.Ordinal);
    }
}
