extern alias analyzers;

using System.Collections.Generic;
using System.IO;
using global::Eci.ImagePull.Rules;

namespace Eci.Analyzers.Tests.Machinery;

/// <summary>
/// Holds CONTRIBUTING.md's "add a rule" checklist: every rule of <see cref="RuleCatalog"/> is reported by the analyzer,
/// set in both presets, listed in the README's table, explained on its rule page, either fixable or named below as
/// having no fix, and tested in one <c>Rules/ECIxxx&lt;Name&gt;Tests.cs</c> in each test project (the engine's unless
/// it has no engine rule). A rule added to the catalog alone fails here with the place it is missing from.
/// </summary>
public class RuleChecklistTests
{
    /// <summary>Rules with no code fix, each for a reason a fix cannot know.</summary>
    private static readonly Dictionary<string, string> RulesWithoutAFix = new()
    {
        // The registry has to be reachable from the instance: which address that is, only the developer knows.
        ["ECI008"] = "a loopback registry has no address the fix could substitute",
    };

    /// <summary>Rules the runtime engine has no rule for, so <c>tests/Eci.ImagePull.Tests/Rules</c> has no file for them.</summary>
    private static readonly Dictionary<string, string> RulesWithoutAnEngineRule = new()
    {
        // The analyzer's advice to check run-time values; at run time that check is PullPreflight itself (tests in Preflight/).
        ["ECI012"] = "advice about a send whose values only exist at run time",
    };

    private static readonly string[] RulePageSections =
    {
        "## What it reports", "## Why the pull fails", "## Example", "## How to fix", "## Configuration",
    };

    public static TheoryData<string> CatalogIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Fact]
    public void TheAnalyzerReportsExactlyTheCatalogsRules()
    {
        var supported = new analyzers::Eci.Analyzers.ImagePullSettingsAnalyzer().SupportedDiagnostics.Select(d => d.Id);

        Assert.Equal(RuleCatalog.All.Select(r => r.Id).OrderBy(id => id), supported.OrderBy(id => id));
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void BothPresetsSetTheRule(string id)
    {
        foreach (var preset in new[] { "strict", "relaxed" })
        {
            var path = Path.Combine(DescriptorTests.RepositoryRoot(), "src", "Eci.Analyzers", "build", "presets", "eci-" + preset + ".globalconfig");
            var lines = File.ReadAllLines(path).Select(line => line.Trim());
            Assert.True(lines.Any(line => line.StartsWith("dotnet_diagnostic." + id + ".severity = ", StringComparison.Ordinal)), $"eci-{preset}.globalconfig has no line for {id}");
        }
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void TheReadmeTableListsTheRuleWithItsPage(string id)
    {
        var readme = File.ReadAllLines(Path.Combine(DescriptorTests.RepositoryRoot(), "README.md"));

        Assert.Single(readme, line => line.StartsWith($"| [{id}](docs/rules/{id}.md) |", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void TheRulePageHasItsTitleAndEverySection(string id)
    {
        var page = Path.Combine(DescriptorTests.RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), "missing " + page);
        var lines = File.ReadAllLines(page);

        Assert.Equal("# " + id + ": " + RuleCatalog.Find(id)!.Title, lines[0]);
        var headings = lines.Where(line => line.StartsWith("## ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(RulePageSections, headings);
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void TheRuleIsFixableOrExplicitlyHasNoFix(string id)
    {
        var fixable = new analyzers::Eci.Analyzers.CodeFixes.ImagePullSettingsCodeFixProvider().FixableDiagnosticIds.Contains(id)
            || new analyzers::Eci.Analyzers.CodeFixes.PreflightCodeFixProvider().FixableDiagnosticIds.Contains(id);

        Assert.True(fixable ^ RulesWithoutAFix.ContainsKey(id), fixable
            ? $"{id} is fixable and also listed as having no fix"
            : $"{id} has no fix: add it to the fixer's FixableDiagnosticIds or to {nameof(RulesWithoutAFix)} with the reason");
    }

    [Fact]
    public void TheNoFixListNamesOnlyCatalogRules()
    {
        Assert.All(RulesWithoutAFix.Keys, id => Assert.NotNull(RuleCatalog.Find(id)));
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void TheAnalyzerTestsHaveOneFileForTheRule(string id) => AssertOneRuleTestFile("Eci.Analyzers.Tests", id);

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void TheEngineTestsHaveOneFileForTheRuleOrItHasNoEngineRule(string id)
    {
        if (RulesWithoutAnEngineRule.ContainsKey(id))
        {
            Assert.Empty(RuleTestFiles("Eci.ImagePull.Tests", id));
        }
        else
        {
            AssertOneRuleTestFile("Eci.ImagePull.Tests", id);
        }
    }

    [Fact]
    public void TheNoEngineRuleListNamesOnlyCatalogRules()
    {
        Assert.All(RulesWithoutAnEngineRule.Keys, id => Assert.NotNull(RuleCatalog.Find(id)));
    }

    /// <summary>A rule's analyzer and fix tests (or its engine tests) live in one file, <c>Rules/ECIxxx&lt;Name&gt;Tests.cs</c>.</summary>
    private static void AssertOneRuleTestFile(string project, string id)
    {
        var files = RuleTestFiles(project, id);
        Assert.True(files.Length == 1, $"tests/{project}/Rules has {files.Length} files {id}*Tests.cs, not one: a rule's tests go in Rules/{id}<Name>Tests.cs");
    }

    private static string[] RuleTestFiles(string project, string id) =>
        Directory.GetFiles(Path.Combine(DescriptorTests.RepositoryRoot(), "tests", project, "Rules"), id + "*Tests.cs");
}
