using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Eci.Analyzers.Reporting;

namespace Eci.Analyzers.CodeFixes;

/// <summary>The fixers' side of <see cref="FixData"/>: read from a diagnostic, and its indices turned into locations.</summary>
internal static class FixDataOf
{
    /// <summary>The diagnostic's fix data, or null when it carries none this fixer can read (then no fix is offered).</summary>
    public static FixData? Read(Diagnostic diagnostic) =>
        FixData.TryRead(diagnostic.Properties, out var data) ? data : null;

    /// <summary>AdditionalLocations[<paramref name="index"/>]; null for 0 (not written) or an index the diagnostic does not have.</summary>
    public static Location? Location(Diagnostic diagnostic, int index) =>
        index > 0 && index < diagnostic.AdditionalLocations.Count ? diagnostic.AdditionalLocations[index] : null;

    /// <summary>The span of <see cref="Location"/>.</summary>
    public static TextSpan? Span(Diagnostic diagnostic, int index) => Location(diagnostic, index)?.SourceSpan;
}
