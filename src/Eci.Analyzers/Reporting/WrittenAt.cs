using System.Collections.Immutable;
using Eci.Analyzers.Reading;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eci.Analyzers.Reporting;

/// <summary>
/// The fix data of a finding whose value a member supplied (<c>Image = Images.Api</c>): the index of the member's
/// initializer among the additional locations, and whether the finding's replacement may be written there. Only
/// ECI006's correction may, where the image string alone decides it (white space, case, an <c>https://</c> prefix, a
/// digest's case), so it is right for every request that reads the member. A rewrite that depends on this request
/// would be wrong for the others: ECI009's region is this request's <c>RegionId</c>, and stripping <c>http://</c> is
/// only right next to a PlainHttpRegistry that lists the registry (another request without it would then fail silently).
/// </summary>
internal static class WrittenAt
{
    public static ImmutableDictionary<string, string?> Add(ImmutableDictionary<string, string?> properties, PullFinding finding, ValueOrigin origin, int index)
    {
        properties = properties.SetItem(FixProperties.WrittenAt, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return IsCorrectable(finding, origin) ? properties.SetItem(FixProperties.CorrectWritten, "true") : properties;
    }

    private static bool IsCorrectable(PullFinding finding, ValueOrigin origin) =>
        finding.RuleId == RuleCatalog.InvalidImageId
        && finding.Fix == FixAction.ReplaceValue
        && finding.Subject == FindingSubject.Image
        && finding.Replacement is not null
        && finding.ImageText is { } text
        && text.IndexOf("http://", System.StringComparison.OrdinalIgnoreCase) < 0
        && origin.IsWhole
        && origin.Written is LiteralExpressionSyntax literal
        && literal.IsKind(SyntaxKind.StringLiteralExpression);
}
