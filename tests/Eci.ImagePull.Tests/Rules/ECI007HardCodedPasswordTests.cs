using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI007 in the engine: a constant password, reported with the server to read it for.</summary>
public class ECI007HardCodedPasswordTests
{
    [Fact]
    public void ConstantPasswordIsReportedWithTheServerToReadItFor()
    {
        var settings = Request("registry.corp.example/app");
        settings.Credentials.Add(new CredentialInput("registry.corp.example") { ConstantPasswordSource = "pw" });

        var finding = Assert.Single(PullSettingsRules.Evaluate(settings));
        Assert.Equal("ECI007", finding.RuleId);
        Assert.Equal(RuleCatalog.SecurityCategory, finding.Rule.Category);
        Assert.Equal("pw", finding.Source);
        Assert.Equal(FixAction.ReadPasswordAtRunTime, finding.Fix);
        Assert.Equal("registry.corp.example", finding.Address!.ToString());
    }
}
