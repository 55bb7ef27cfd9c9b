using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Tests.Preflight;

/// <summary>Findings as (rule id, request path) pairs, the two things a preflight promises about each.</summary>
internal static class PreflightAssert
{
    public static (string Rule, string? Path)[] Pairs(IEnumerable<PullFinding> findings) =>
        findings.Select(f => (f.RuleId, f.Source as string)).ToArray();

    public static void Findings(IEnumerable<PullFinding> findings, params (string Rule, string Path)[] expected) =>
        Assert.Equal(
            expected.OrderBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Path, StringComparer.Ordinal).Select(e => (e.Rule, (string?)e.Path)),
            Pairs(findings).OrderBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Path, StringComparer.Ordinal));

    public static RegistryKnowledge Knows(string? plainHttp = null, string? selfSigned = null, string? anonymous = null) =>
        RegistryKnowledge.FromSettings(plainHttp, selfSigned, anonymous);
}
