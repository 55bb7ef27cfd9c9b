using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>
/// "One root cause, one diagnostic": a rule claims the list entry (or credential) it reports, and later rules skip a
/// claimed entry. A claim must silence that entry only, never an entry that merely has the same text somewhere else.
/// </summary>
public class EntryClaimTests
{
    [Fact]
    public void TwoListsWithTheSameTextInOneRequestClaimTheirEntriesSeparately()
    {
        var settings = Request("c.example/app");
        settings.PlainHttpRegistry = RegistryListInput.Known("http://a.example, b.example", "plain");
        settings.InsecureRegistry = RegistryListInput.Known("http://a.example, b.example", "insecure");

        var malformed = Findings(settings).Where(f => f.RuleId == "ECI005").ToArray();

        Assert.Single(malformed, f => f.Subject == FindingSubject.PlainHttpRegistry && f.EntryText == "http://a.example");
        Assert.Single(malformed, f => f.Subject == FindingSubject.InsecureRegistry && f.EntryText == "http://a.example");
    }

    [Fact]
    public void OneParsedInputHandedToBothListsIsStillReportedInEach()
    {
        var shared = RegistryListInput.Known("http://a.example", "both");
        var settings = Request("c.example/app");
        settings.PlainHttpRegistry = shared;
        settings.InsecureRegistry = shared;

        var subjects = Findings(settings).Where(f => f.RuleId == "ECI005").Select(f => f.Subject).ToArray();

        Assert.Equal(new[] { FindingSubject.PlainHttpRegistry, FindingSubject.InsecureRegistry }, subjects);
    }

    [Fact]
    public void TwoCredentialsWithTheSameServerAreReportedApart()
    {
        var settings = Request("mirror1.corp.example/tools/jq");
        settings.Credentials.Add(new CredentialInput("https://mirror1.corp.example", "first"));
        settings.Credentials.Add(new CredentialInput("https://mirror1.corp.example", "second"));

        var sources = Findings(settings).Where(f => f.RuleId == "ECI005").Select(f => f.Source).ToArray();

        Assert.Equal(new object[] { "first", "second" }, sources);
    }

    [Fact]
    public void AnEntrySeveralImagesTripOverIsReportedOnce()
    {
        var settings = Request("192.168.1.10:5000/app", "192.168.1.10:5000/worker", "192.168.1.10:5000/cron");
        settings.PlainHttpRegistry = RegistryListInput.Known("192.168.1.10", "plain");

        var portMismatches = Findings(settings).Where(f => f.RuleId == "ECI001").ToArray();

        var finding = Assert.Single(portMismatches);
        Assert.Equal("192.168.1.10", finding.EntryText);
    }

    [Fact]
    public void AnEntryReportedAsAPortMismatchIsNotAlsoReportedAsDead()
    {
        // The mismatched entry names no image's registry exactly, so the dead-entry rule would flag it too; the claim
        // leaves the one root cause.
        var settings = Request("192.168.1.10:5000/app");
        settings.InsecureRegistry = RegistryListInput.Known("192.168.1.10", "insecure");

        var ids = Findings(settings).Where(f => f.Source as string == "insecure").Select(f => f.RuleId).ToArray();

        Assert.Equal(new[] { "ECI001" }, ids);
    }

    private static PullSettings Request(params string[] images)
    {
        var settings = new PullSettings();
        foreach (var image in images)
        {
            settings.Images.Add(new ImageInput(image, "img:" + image));
        }

        return settings;
    }

    private static IReadOnlyList<PullFinding> Findings(PullSettings settings) => PullSettingsRules.Evaluate(settings);
}
