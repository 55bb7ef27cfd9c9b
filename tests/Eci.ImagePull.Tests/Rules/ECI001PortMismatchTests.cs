using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.PullFailureFindings;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI001 in the engine: an entry or credential server with the image's host but not its port.</summary>
public class ECI001PortMismatchTests
{
    [Fact]
    public void PortMismatchOnPlainHttpEntryIsReportedOnTheEntryAndExplainsTheImage()
    {
        var settings = Request("192.168.1.10:5000/nginx");
        settings.PlainHttpRegistry = RegistryListInput.Known("harbor.lab.local,192.168.1.10", "list");
        settings.Knowledge = Knows(plainHttp: "192.168.1.10:5000", anonymous: "192.168.1.10:5000");

        var finding = Assert.Single(Findings(settings));

        Assert.Equal("ECI001", finding.RuleId);
        Assert.Equal(FindingSubject.PlainHttpRegistry, finding.Subject);
        Assert.Equal("list", finding.Source);
        Assert.Equal(FixAction.RewriteEntry, finding.Fix);
        Assert.Equal("192.168.1.10:5000", finding.Address!.ToString());
        Assert.Equal("192.168.1.10", finding.EntryText);
        Assert.Contains("'192.168.1.10'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'192.168.1.10:5000'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EntryWithAPortTheImageLacksIsAPortMismatch()
    {
        var settings = Request("registry.corp.example/app");
        settings.InsecureRegistry = RegistryListInput.Known("registry.corp.example:443");
        settings.Knowledge = Knows(selfSigned: "registry.corp.example", anonymous: "registry.corp.example");

        Assert.Equal(new[] { "ECI001" }, Ids(settings));
    }

    [Fact]
    public void ExactEntryNextToAHostOnlyEntryIsFine()
    {
        var settings = Request("192.168.1.10:5000/nginx");
        settings.PlainHttpRegistry = RegistryListInput.Known("192.168.1.10,192.168.1.10:5000");
        settings.Knowledge = Knows(plainHttp: "192.168.1.10:5000", anonymous: "192.168.1.10:5000");

        Assert.Empty(Ids(settings));
    }

    [Fact]
    public void EntryThatIsAnotherImagesExactAddressIsNotAMismatch()
    {
        var settings = Request("harbor:80/web", "harbor:8080/api");
        settings.PlainHttpRegistry = RegistryListInput.Known("harbor:80");
        settings.Knowledge = Knows(anonymous: "harbor:80,harbor:8080");

        Assert.Empty(Ids(settings));
    }

    [Fact]
    public void UnknownCredentialServerSilencesCredentialRules()
    {
        var settings = Request("registry.corp.example:5000/app");
        settings.Credentials.Add(new CredentialInput(null));
        settings.Credentials.Add(new CredentialInput("registry.corp.example"));

        Assert.Empty(Ids(settings));
    }
}
