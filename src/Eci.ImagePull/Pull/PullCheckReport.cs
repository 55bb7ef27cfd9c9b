using System.Collections.Generic;
using System.Linq;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Pull;

/// <summary>The pull check of one request: a verdict per image and the rules engine's findings.</summary>
public sealed class PullCheckReport
{
    internal PullCheckReport(IReadOnlyList<PullCheckResult> results, IReadOnlyList<PullFinding> findings)
    {
        Results = results;
        Findings = findings;
    }

    /// <summary>One result per image, in the request's order.</summary>
    public IReadOnlyList<PullCheckResult> Results { get; }

    /// <summary>
    /// Every finding of the pull-settings rules engine for the request, including those about list entries and
    /// credential servers rather than one image (each image's own findings are also on its result).
    /// </summary>
    public IReadOnlyList<PullFinding> Findings { get; }

    /// <summary>True when every image is pullable (findings do not change this; look at their severity).</summary>
    public bool AllPullable => Results.All(r => r.IsPullable);

    /// <summary>The findings at or above <paramref name="severity"/> (by the rule's default severity).</summary>
    /// <param name="severity">The lowest severity to include.</param>
    /// <returns>The matching findings.</returns>
    public IEnumerable<PullFinding> FindingsAtLeast(RuleSeverity severity) => Findings.Where(f => f.Rule.DefaultSeverity >= severity);
}
