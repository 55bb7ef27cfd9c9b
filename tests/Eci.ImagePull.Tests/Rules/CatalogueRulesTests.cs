using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>ECI005-ECI011 in the engine, and their precedence over and under ECI001-ECI004.</summary>
public class CatalogueRulesTests
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

    private static string[] Ids(PullSettings settings) => PullSettingsRules.Evaluate(settings).Select(f => f.RuleId).ToArray();

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

    [Theory]
    [InlineData("Team/App", ImageReferenceError.UppercaseRepository)]
    [InlineData("nginx:", ImageReferenceError.InvalidTag)]
    [InlineData("http://192.168.1.10:5000/app", ImageReferenceError.SchemeNotAllowed)]
    public void InvalidImageCarriesTheParsersMessageAndSuggestion(string image, ImageReferenceError error)
    {
        var finding = Assert.Single(PullSettingsRules.Evaluate(Request(image)));

        Assert.Equal("ECI006", finding.RuleId);
        ImageReference.TryParse(image, out _, out var expected);
        Assert.Equal(error, expected!.Error);
        // The parser's sentence, as a rule message: no final period, arguments in single quotes like every rule's.
        Assert.EndsWith(".", expected.Message, StringComparison.Ordinal);
        Assert.Equal(expected.Message[..^1], finding.Message);
        Assert.DoesNotContain("\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(expected.Suggestion, finding.Replacement);
    }

    [Fact]
    public void HttpSchemeFixKeepsTheRegistryOnPlainHttp()
    {
        var settings = Request("http://192.168.1.10:5000/app");
        var finding = Assert.Single(PullSettingsRules.Evaluate(settings));
        Assert.Equal(FixAction.ReplaceImageAndAddToPlainHttpRegistry, finding.Fix);
        Assert.Equal("192.168.1.10:5000", finding.Address!.ToString());

        settings.PlainHttpRegistry = RegistryListInput.Known("192.168.1.10:5000");
        Assert.Equal(FixAction.ReplaceValue, Assert.Single(PullSettingsRules.Evaluate(settings)).Fix);

        settings.SupportsRegistryLists = false;
        Assert.Equal(FixAction.ReplaceValue, Assert.Single(PullSettingsRules.Evaluate(settings)).Fix);
    }

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

    [Theory]
    [InlineData("localhost/app")]
    [InlineData("localhost:5000/app")]
    [InlineData("127.0.0.1:5000/app")]
    [InlineData("[::1]:5000/app")]
    public void LoopbackRegistryIsReportedAndNeedsNoCredential(string image) =>
        Assert.Equal(new[] { "ECI008" }, Ids(Request(image)));

    [Fact]
    public void VpcEndpointInAnotherRegionOffersTheRequestsRegion()
    {
        var settings = Request("crpi-abc123-vpc.cn-hangzhou.personal.cr.aliyuncs.com/team/app:1", "registry-vpc.cn-shanghai.aliyuncs.com/x/y");
        settings.RegionId = "cn-shanghai";

        var finding = Assert.Single(PullSettingsRules.Evaluate(settings));
        Assert.Equal("ECI009", finding.RuleId);
        Assert.Equal("crpi-abc123-vpc.cn-shanghai.personal.cr.aliyuncs.com/team/app:1", finding.Replacement);
        Assert.Equal(new[] { "crpi-abc123-vpc.cn-hangzhou.personal.cr.aliyuncs.com", "crpi-abc123-vpc.cn-hangzhou.personal.cr.aliyuncs.com/team/app:1", "cn-hangzhou", "cn-shanghai" }, finding.MessageArguments);
    }

    [Fact]
    public void PublicAcrEndpointsAreNotRegionBound()
    {
        var settings = Request("registry.cn-hangzhou.aliyuncs.com/team/app");
        settings.RegionId = "cn-shanghai";

        Assert.Empty(Ids(settings));
    }

    [Fact]
    public void DeadEntriesNeedEveryImage()
    {
        var settings = Request("harbor:80/app");
        settings.PlainHttpRegistry = RegistryListInput.Known("harbor:80,old.lab");
        settings.InsecureRegistry = RegistryListInput.Known("harbor:80");
        settings.Knowledge = RegistryKnowledge.FromSettings(null, null, "harbor:80");

        var findings = PullSettingsRules.Evaluate(settings);
        Assert.Equal(new[] { "ECI010", "ECI010" }, findings.Select(f => f.RuleId).ToArray());
        Assert.Equal(new[] { "old.lab", "harbor:80" }, findings.Select(f => f.EntryText).ToArray());
        Assert.Contains("plain HTTP", findings[1].Message, StringComparison.Ordinal);

        settings.HasUnknownImages = true;
        Assert.Equal(new[] { "ECI010" }, Ids(settings)); // the both-lists case needs no image at all
    }

    [Fact]
    public void EntriesReportedByOtherRulesAreNotDeadToo()
    {
        var settings = Request("192.168.1.10:5000/app");
        settings.PlainHttpRegistry = RegistryListInput.Known("192.168.1.10, x.lab");
        settings.Knowledge = RegistryKnowledge.FromSettings(null, null, "192.168.1.10:5000");

        // "192.168.1.10" is the wrong port (ECI001), " x.lab" is malformed (ECI005); neither is also called dead.
        Assert.Equal(new[] { "ECI001", "ECI005" }, Ids(settings).OrderBy(x => x).ToArray());
    }

    [Theory]
    [InlineData("nginx", true)]
    [InlineData("registry.cn-hangzhou.aliyuncs.com/team/app", true)]
    [InlineData("registry.example.com/app", true)]
    [InlineData("8.8.8.8/app", true)]
    [InlineData("registry-vpc.cn-hangzhou.aliyuncs.com/team/app", false)]
    [InlineData("10.0.0.5:5000/app", false)]
    [InlineData("harbor.lab.local/app", false)]
    [InlineData("harbor:5000/app", false)]
    [InlineData("harbor/app", true)] // Docker Hub's harbor/app, not a host
    public void InternetImagesNeedAnElasticIp(string image, bool reported)
    {
        var settings = Request(image);
        settings.HasElasticIp = false;
        settings.SupportsAutoCreateEip = true;
        settings.HasUnknownCredentials = true;

        Assert.Equal(reported, Ids(settings).Contains("ECI011"));

        settings.HasElasticIp = null;
        Assert.DoesNotContain("ECI011", Ids(settings));
    }
}
