extern alias analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using analyzers::Eci.Analyzers;
using analyzers::Eci.ImagePull.Rules;
using RequestKind = analyzers::Eci.Analyzers.Model.RequestKind;

namespace Eci.Analyzers.Tests;

/// <summary>
/// Diagnostics share their fixer properties through a per-compilation cache. Sharing must never change what a
/// diagnostic carries: each test compares what the cache hands out with the properties written out by hand.
/// </summary>
public class DiagnosticPropertiesCacheTests
{
    [Fact]
    public void CarriesTheRequestsAndTheFindingsPropertiesAndNothingElse()
    {
        var finding = Single(PullSettingsRules.Evaluate(Settings(new[] { "192.168.1.10:5000/app" }, plainHttp: "192.168.1.10")), "ECI001");
        var parts = new RequestFixParts(RequestKind.CreateContainerGroup, credentialsAbsent: true, plainHttpAt: 1, insecureAt: 0, credentialsAt: 0, autoCreateEipAt: 0);

        var properties = new DiagnosticPropertiesCache().Get(parts, finding);

        var expected = new Dictionary<string, string?>
        {
            ["EciRequestKind"] = "CreateContainerGroup",
            ["EciCredentialsAbsent"] = "true",
            ["EciPlainHttpAt"] = "1",
            ["EciFix"] = finding.Fix.ToString(),
            ["EciSubject"] = finding.Subject.ToString(),
            ["EciAddress"] = "192.168.1.10:5000",
            ["EciEntry"] = "192.168.1.10",
        };
        Assert.Equal(expected.OrderBy(p => p.Key), properties.OrderBy(p => p.Key));
    }

    [Fact]
    public void EqualPartsShareOneDictionaryAndDifferentPartsDoNot()
    {
        var cache = new DiagnosticPropertiesCache();
        var first = Single(PullSettingsRules.Evaluate(Settings(new[] { "192.168.1.10:5000/app" }, plainHttp: "192.168.1.10")), "ECI001");
        var again = Single(PullSettingsRules.Evaluate(Settings(new[] { "192.168.1.10:5000/other" }, plainHttp: "192.168.1.10")), "ECI001");
        var parts = new RequestFixParts(RequestKind.CreateContainerGroup, credentialsAbsent: false, plainHttpAt: 2, insecureAt: 1, credentialsAt: 0, autoCreateEipAt: 0);
        var moved = new RequestFixParts(RequestKind.CreateContainerGroup, credentialsAbsent: false, plainHttpAt: 1, insecureAt: 2, credentialsAt: 0, autoCreateEipAt: 0);

        var shared = cache.Get(parts, first);

        Assert.Same(shared, cache.Get(parts, again));
        var other = cache.Get(moved, first);
        Assert.NotSame(shared, other);
        Assert.Equal("2", shared["EciPlainHttpAt"]);
        Assert.Equal("1", shared["EciInsecureAt"]);
        Assert.Equal("1", other["EciPlainHttpAt"]);
        Assert.Equal("2", other["EciInsecureAt"]);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void PastItsBoundItStillAnswersCorrectlyWithoutGrowing()
    {
        // One list with more distinct malformed entries than the cache keeps: one finding each, each with its own entry.
        var count = DiagnosticPropertiesCache.MaxEntries + 50;
        var list = string.Join(",", Enumerable.Range(0, count).Select(i => $"http://host{i}.example"));
        var findings = PullSettingsRules.Evaluate(Settings(new[] { "nginx" }, plainHttp: list)).Where(f => f.RuleId == "ECI005").ToList();
        Assert.Equal(count, findings.Count);
        var cache = new DiagnosticPropertiesCache();
        var parts = new RequestFixParts(RequestKind.CreateImageCache, credentialsAbsent: false, plainHttpAt: 1, insecureAt: 0, credentialsAt: 0, autoCreateEipAt: 0);

        foreach (var finding in findings)
        {
            var properties = cache.Get(parts, finding);
            Assert.Equal(finding.EntryText, properties["EciEntry"]);
            Assert.Equal("CreateImageCache", properties["EciRequestKind"]);
        }

        Assert.Equal(DiagnosticPropertiesCache.MaxEntries, cache.Count);
    }

    private static PullFinding Single(IReadOnlyList<PullFinding> findings, string ruleId) =>
        Assert.Single(findings, f => f.RuleId == ruleId);

    private static PullSettings Settings(string[] images, string plainHttp)
    {
        var settings = new PullSettings { PlainHttpRegistry = RegistryListInput.Known(plainHttp, "plain") };
        foreach (var image in images)
        {
            settings.Images.Add(new ImageInput(image, "image"));
        }

        return settings;
    }
}
