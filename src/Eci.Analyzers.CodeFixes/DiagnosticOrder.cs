using System.Collections.Generic;
using Eci.Analyzers.Reporting;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// A total order on the diagnostics of one document: position, then rule, then the properties the fix reads. Two
/// diagnostics that compare equal ask for the same edit, so their relative order cannot change the output.
/// </summary>
internal sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = x.Location.SourceSpan.Start.CompareTo(y.Location.SourceSpan.Start);
        order = order != 0 ? order : x.Location.SourceSpan.Length.CompareTo(y.Location.SourceSpan.Length);
        order = order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
        return order != 0 ? order : CompareProperties(x, y);
    }

    /// <summary>The fix data a fix reads, compared in a fixed order (as the strings it travels as); the rest is the same for one request.</summary>
    private static int CompareProperties(Diagnostic x, Diagnostic y)
    {
        var left = FixDataOf.Read(x);
        var right = FixDataOf.Read(y);
        var order = string.CompareOrdinal(left?.Action.ToString(), right?.Action.ToString());
        order = order != 0 ? order : string.CompareOrdinal(left?.Subject?.ToString(), right?.Subject?.ToString());
        order = order != 0 ? order : string.CompareOrdinal(left?.Address, right?.Address);
        order = order != 0 ? order : string.CompareOrdinal(left?.Entry, right?.Entry);
        order = order != 0 ? order : string.CompareOrdinal(left?.Replacement, right?.Replacement);
        return order != 0 ? order : string.CompareOrdinal(left?.RequestKind?.ToString(), right?.RequestKind?.ToString());
    }
}
