extern alias analyzers;

using System.IO;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Tests.Machinery;

/// <summary>Every rule ships with a title, a message, a doc page its help link points to, and a release-tracking entry.</summary>
public class DescriptorTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in new analyzers::Eci.Analyzers.ImagePullSettingsAnalyzer().SupportedDiagnostics)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DescriptorIsComplete(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Matches("^ECI[0-9]{3}$", descriptor.Id);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
        Assert.Equal(global::Eci.ImagePull.Rules.RuleCatalog.Find(id)!.Category, descriptor.Category);
        Assert.StartsWith("ECI.", descriptor.Category, StringComparison.Ordinal);
        Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DocPageExistsAndExplainsTheRule(string id)
    {
        var page = Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), "missing " + page);
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id, text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Why the pull fails", "## Example", "## How to fix", "## Configuration" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ReleaseTrackingListsTheRuleWithItsSeverity(string id)
    {
        var descriptor = Descriptor(id);
        var root = RepositoryRoot();
        var tracked = File.ReadAllText(Path.Combine(root, "src", "Eci.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(root, "src", "Eci.Analyzers", "AnalyzerReleases.Shipped.md"));
        var row = new Regex("^" + id + @"\s*\|\s*(?<category>[^|]+?)\s*\|\s*(?<severity>[^|]+?)\s*\|", RegexOptions.Multiline).Match(tracked);
        Assert.True(row.Success, id + " has no release-tracking row");
        Assert.Equal(descriptor.Category, row.Groups["category"].Value);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Groups["severity"].Value);
    }

    [Fact]
    public void DescriptorsMatchTheRuntimeCatalog()
    {
        foreach (var rule in global::Eci.ImagePull.Rules.RuleCatalog.All)
        {
            var descriptor = Descriptor(rule.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            // The analyzer's request rules add one trailing slot, the origin note of values read from members.
            var slot = rule.Id == "ECI012" ? string.Empty : "{" + Enumerable.Range(0, 10).Count(i => rule.MessageFormat.Contains("{" + i + "}", StringComparison.Ordinal)) + "}";
            Assert.Equal(rule.MessageFormat + slot, descriptor.MessageFormat.ToString());
            Assert.Equal(rule.DefaultSeverity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.Equal(rule.Category, descriptor.Category);
        }
    }

    private static DiagnosticDescriptor Descriptor(string id) =>
        new analyzers::Eci.Analyzers.ImagePullSettingsAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Eci.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Eci.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
