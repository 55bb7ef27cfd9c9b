namespace Eci.Analyzers.PackageTests;

/// <summary>The compiler's error log (SARIF) lists the ECI results with each rule's metadata and documentation link.</summary>
[Collection(PackageCollection.Name)]
public sealed class SarifTests
{
    private const string HelpBase = "https://github.com/eci-analyzers/eci-analyzers/blob/main/docs/rules/";

    private readonly PackageFixture _package;

    public SarifTests(PackageFixture package) => _package = package;

    [Fact]
    public void ErrorLogListsTheEciResultsWithRuleMetadataAndHelpLinks()
    {
        var consumer = _package.NewConsumer("sarif");

        var build = consumer.Build("-p:ErrorLog=eci.sarif");

        Assert.True(build.ExitCode == 0, build.ToString());
        var log = SarifLog.Load(Path.Combine(consumer.Directory, "eci.sarif"));
        Assert.Equal(ConsumerBuildTests.ConsumerRules, log.Results.Select(r => r.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        // The same places the console output names.
        var printed = BuildDiagnostics.Parse(build.Output).Select(d => new SarifResult(d.Id, d.File, d.Line, d.Column));
        Assert.Equal(printed.OrderBy(r => r.Line).ThenBy(r => r.RuleId, StringComparer.Ordinal), log.Results.OrderBy(r => r.Line).ThenBy(r => r.RuleId, StringComparer.Ordinal));
        foreach (var id in ConsumerBuildTests.ConsumerRules)
        {
            AssertDocumented(log.Rules[id]);
        }
    }

    [Fact]
    public void Sarif21LogDescribesEveryRuleForCodeScanning()
    {
        var baseline = _package.Baseline;
        Assert.True(baseline.Build.ExitCode == 0, baseline.Build.ToString());

        var log = SarifLog.Load(baseline.SarifLog);

        Assert.Equal("2.1.0", log.Version);
        var eciRules = log.Rules.Keys.Where(id => id.StartsWith("ECI", StringComparison.Ordinal)).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(1, 12).Select(n => "ECI" + n.ToString("000")), eciRules); // ECI001-ECI012, hidden ones included
        foreach (var id in eciRules)
        {
            AssertDocumented(log.Rules[id]);
        }

        Assert.Equal(ConsumerBuildTests.ConsumerRules, log.Results.Select(r => r.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal));
    }

    private static void AssertDocumented(SarifRule rule)
    {
        Assert.False(string.IsNullOrWhiteSpace(rule.ShortDescription), rule.Id + " has no short description");
        Assert.False(string.IsNullOrWhiteSpace(rule.FullDescription), rule.Id + " has no full description");
        Assert.StartsWith("ECI.", rule.Category, StringComparison.Ordinal);
        Assert.Equal(HelpBase + rule.Id + ".md", rule.HelpUri);
        // The link's page exists in the repository it points to.
        Assert.True(File.Exists(Path.Combine(Repository.Root, "docs", "rules", rule.Id + ".md")), rule.HelpUri);
    }
}
