using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>The rules engine on its own: each rule, its precedence, and unknown inputs.</summary>
public class PullSettingsRulesTests
{
    private static PullSettings Request(params string?[] images)
    {
        var settings = new PullSettings();
        foreach (var image in images)
        {
            settings.Images.Add(new ImageInput(image, "img:" + image));
        }

        return settings;
    }

    private static RegistryKnowledge Knows(string? plainHttp = null, string? selfSigned = null, string? anonymous = null) =>
        RegistryKnowledge.FromSettings(plainHttp, selfSigned, anonymous);

    // These tests are about the four ways a pull fails; the rest of the catalogue has its own tests.
    private static readonly string[] PullFailureRules = { "ECI001", "ECI002", "ECI003", "ECI004" };

    private static PullFinding[] Findings(PullSettings settings) =>
        PullSettingsRules.Evaluate(settings).Where(f => PullFailureRules.Contains(f.RuleId)).ToArray();

    private static string[] Ids(PullSettings settings) => Findings(settings).Select(f => f.RuleId).ToArray();

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
    public void UnknownCredentialServerSilencesCredentialRules()
    {
        var settings = Request("registry.corp.example:5000/app");
        settings.Credentials.Add(new CredentialInput(null));
        settings.Credentials.Add(new CredentialInput("registry.corp.example"));

        Assert.Empty(Ids(settings));
    }

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
    public void PlainHttpWinsOverSelfSigned()
    {
        var settings = Request("registry.corp.example:8443/api");
        settings.Knowledge = Knows(plainHttp: "registry.corp.example:8443", selfSigned: "registry.corp.example:8443", anonymous: "registry.corp.example:8443");

        Assert.Equal(new[] { "ECI002" }, Ids(settings));
    }

    [Fact]
    public void SelfSignedRegistryPulledOverHttpNeedsNoInsecureEntry()
    {
        var settings = Request("registry.corp.example:8443/api");
        settings.PlainHttpRegistry = RegistryListInput.Known("registry.corp.example:8443");
        settings.Knowledge = Knows(selfSigned: "registry.corp.example:8443", anonymous: "registry.corp.example:8443");

        Assert.Empty(Ids(settings));
    }

    [Fact]
    public void PrivateRegistryWithoutCredentials()
    {
        var finding = Assert.Single(Findings(Request("registry.corp.example/team/app:1")));
        Assert.Equal("ECI004", finding.RuleId);
        Assert.Equal(FixAction.AddCredential, finding.Fix);
        Assert.Equal("registry.corp.example", finding.Address!.ToString());
    }

    [Theory]
    [InlineData("nginx")]
    [InlineData("docker.io/bitnami/redis:7")]
    [InlineData("registry.cn-hangzhou.aliyuncs.com/team/app")]
    [InlineData("registry-vpc.cn-hangzhou.aliyuncs.com/eci_open/nginx:latest")]
    [InlineData("crpi-abc-vpc.cn-hangzhou.personal.cr.aliyuncs.com/team/app")]
    [InlineData("acme-registry.cn-beijing.cr.aliyuncs.com/team/app")]
    [InlineData("localhost:5000/app")]
    [InlineData("127.0.0.1:5000/app")]
    public void PublicAcrAndLoopbackRegistriesNeedNoCredential(string image) => Assert.Empty(Ids(Request(image)));

    [Fact]
    public void CredentialMustNameTheExactAddress()
    {
        var settings = Request("registry.corp.example/app");
        settings.Credentials.Add(new CredentialInput("other.corp.example"));

        Assert.Equal(new[] { "ECI004" }, Ids(settings));

        settings.Credentials.Add(new CredentialInput("REGISTRY.corp.example"));
        Assert.Empty(Ids(settings));
    }

    [Fact]
    public void CredentialsThatMayHoldMoreSilenceTheCredentialRule()
    {
        var settings = Request("registry.corp.example/app");
        settings.HasUnknownCredentials = true;

        Assert.Empty(Ids(settings));
    }

    [Fact]
    public void AcrRegistryInfoCoverage()
    {
        var named = Request("images.acme.example/app", "other.acme.example/app");
        named.AcrRegistryInfo.Add(new AcrRegistryInput(new[] { "images.acme.example" }));
        Assert.Equal(new[] { "other.acme.example/app" }, Findings(named).Select(f => f.ImageText).ToArray());

        var all = Request("images.acme.example/app", "other.acme.example/app");
        all.AcrRegistryInfo.Add(new AcrRegistryInput(Array.Empty<string>()));
        Assert.Empty(Ids(all));

        var unknownDomains = Request("images.acme.example/app");
        unknownDomains.AcrRegistryInfo.Add(new AcrRegistryInput(null));
        Assert.Empty(Ids(unknownDomains));

        var unknownList = Request("images.acme.example/app");
        unknownList.HasUnknownAcrRegistryInfo = true;
        Assert.Empty(Ids(unknownList));
    }

    [Fact]
    public void DeclaredAnonymousRegistryNeedsNoCredential()
    {
        var settings = Request("mirror.corp.example/library/nginx");
        settings.Knowledge = Knows(anonymous: "mirror.corp.example");

        Assert.Empty(Ids(settings));
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

    [Fact]
    public void GarbageListsNeverThrow()
    {
        var settings = Request("harbor.lab.local:80/app", "192.168.1.10:5000/x");
        settings.PlainHttpRegistry = RegistryListInput.Known(",,http://[::1/x, \u0000 ,*.corp,:::,a:99999");
        settings.InsecureRegistry = RegistryListInput.Known(new string(',', 10_000));
        settings.Credentials.Add(new CredentialInput("\u200b\uff1a"));
        settings.Knowledge = Knows("\n\t,", "[", "]");

        var findings = PullSettingsRules.Evaluate(settings);

        Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.Message)));
    }

    [Fact]
    public void EveryCatalogRuleFormatsItsMessage()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Matches("^ECI[0-9]{3}$", rule.Id);
            Assert.Equal("docs/rules/" + rule.Id + ".md", rule.HelpPath);
            var formatted = string.Format(rule.MessageFormat, "a", "b", "c", "d");
            Assert.DoesNotContain("{", formatted, StringComparison.Ordinal);
        }
    }
}
