using Eci.ImagePull.Rules;
using static Eci.ImagePull.Tests.Rules.PullFailureFindings;
using static Eci.ImagePull.Tests.Rules.RuleInputs;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI002 in the engine: a plain-HTTP registry PlainHttpRegistry does not list.</summary>
public class ECI002PlainHttpTests
{
    [Theory]
    [InlineData("harbor.lab.local:80/app", null, "port 80")]
    [InlineData("harbor.lab.local/app", "harbor.lab.local", "declared in eci.plain_http_registries")]
    [InlineData("harbor.lab.local/app", " harbor.lab.local , other", "declared in eci.plain_http_registries")]
    public void PlainHttpRegistryMissing(string image, string? declared, string reason)
    {
        var settings = Request(image);
        settings.Knowledge = Knows(plainHttp: declared, anonymous: "harbor.lab.local,harbor.lab.local:80");

        var finding = Assert.Single(Findings(settings));
        Assert.Equal("ECI002", finding.RuleId);
        Assert.Equal(FixAction.AddToPlainHttpRegistry, finding.Fix);
        Assert.Equal(reason, finding.MessageArguments[2]);
        Assert.Equal("img:" + image, finding.Source);
    }

    [Fact]
    public void InsecureRegistryDoesNotHelpAPlainHttpRegistry()
    {
        var settings = Request("harbor.lab.local:80/app");
        settings.InsecureRegistry = RegistryListInput.Known("harbor.lab.local:80");
        settings.Knowledge = Knows(anonymous: "harbor.lab.local:80");

        var finding = Assert.Single(Findings(settings));
        Assert.Equal("ECI002", finding.RuleId);
        Assert.Equal(FixAction.MoveToPlainHttpRegistry, finding.Fix);
        Assert.Contains("InsecureRegistry", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HttpSchemeImageTeachesTheProtocolButIsNotJudgedItself()
    {
        var settings = Request("http://192.168.1.10:5000/sidecar", "192.168.1.10:5000/app");
        settings.Knowledge = Knows(anonymous: "192.168.1.10:5000");

        var finding = Assert.Single(Findings(settings));
        Assert.Equal("ECI002", finding.RuleId);
        Assert.Equal("192.168.1.10:5000/app", finding.ImageText);
    }

    [Fact]
    public void UnknownPlainHttpRegistrySilencesPlainHttpRule()
    {
        var settings = Request("harbor.lab.local:80/app");
        settings.PlainHttpRegistry = RegistryListInput.Unknown;
        settings.Knowledge = Knows(anonymous: "harbor.lab.local:80");

        Assert.Empty(Ids(settings));
    }

    [Fact]
    public void RequestsWithoutRegistryListsGetNoListRules()
    {
        var settings = Request("harbor.lab.local:80/app");
        settings.SupportsRegistryLists = false;
        settings.Knowledge = Knows(selfSigned: "harbor.lab.local:80", anonymous: "harbor.lab.local:80");

        Assert.Empty(Ids(settings));
    }
}
