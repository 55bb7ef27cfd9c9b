using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.PullFailureFindings;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>Which rule the engine reports when several could: the one that names the root cause, and only it.</summary>
public class RootCauseTests
{
    [Fact]
    public void CredentialServerWithoutPortIsReportedInsteadOfMissingCredential()
    {
        var settings = Request("registry.corp.example:5000/app");
        settings.Credentials.Add(new CredentialInput("registry.corp.example", "server"));

        var finding = Assert.Single(Findings(settings));
        Assert.Equal("ECI001", finding.RuleId);
        Assert.Equal(FindingSubject.CredentialServer, finding.Subject);
        Assert.Equal("server", finding.Source);
    }

    [Fact]
    public void PlainHttpWinsOverSelfSigned()
    {
        var settings = Request("registry.corp.example:8443/api");
        settings.Knowledge = Knows(plainHttp: "registry.corp.example:8443", selfSigned: "registry.corp.example:8443", anonymous: "registry.corp.example:8443");

        Assert.Equal(new[] { "ECI002" }, Ids(settings));
    }

    [Fact]
    public void MalformedCredentialServerSuppressesMissingCredential()
    {
        var settings = Request("registry.corp.example:5000/app");
        settings.Credentials.Add(new CredentialInput("https://registry.corp.example:5000", "server"));

        var finding = Assert.Single(PullSettingsRules.Evaluate(settings));
        Assert.Equal("ECI005", finding.RuleId);
        Assert.Equal(FindingSubject.CredentialServer, finding.Subject);
        Assert.Equal("registry.corp.example:5000", finding.Replacement);
    }

    [Fact]
    public void UnknownImagesProduceNothingAndInvalidOnesOnlyTheirOwnError()
    {
        var settings = Request(null, "UPPER/Case", "", "registry.corp.example/app@sha256:short");
        settings.Knowledge = Knows(plainHttp: "registry.corp.example");

        var findings = PullSettingsRules.Evaluate(settings);

        Assert.Equal(new[] { "ECI006", "ECI006", "ECI006" }, findings.Select(f => f.RuleId).ToArray());
        Assert.Equal(new[] { "img:UPPER/Case", "img:", "img:registry.corp.example/app@sha256:short" }, findings.Select(f => f.Source).ToArray());
    }
}
