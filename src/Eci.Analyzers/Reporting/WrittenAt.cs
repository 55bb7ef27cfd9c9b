using Eci.Analyzers.Reading;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eci.Analyzers.Reporting;

/// <summary>
/// Whether the replacement of a finding whose value a member supplied (<c>Image = Images.Api</c>) may be written into
/// the member's initializer (<see cref="FixData.CorrectWritten"/>; the initializer is <see cref="FixData.WrittenAt"/>). Only
/// ECI006's correction may, where the image string alone decides it (white space, case, an <c>https://</c> prefix, a
/// digest's case), so it is right for every request that reads the member. A rewrite that depends on this request
/// would be wrong for the others: ECI009's region is this request's <c>RegionId</c>, and stripping <c>http://</c> is
/// only right next to a PlainHttpRegistry that lists the registry (another request without it would then fail silently).
/// </summary>
internal static class WrittenAt
{
    public static bool IsCorrectable(PullFinding finding, ValueOrigin origin) =>
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
