using System.Text.RegularExpressions;

namespace Eci.Analyzers.PackageTests;

/// <summary>One diagnostic as MSBuild prints it: <c>file(line,col): warning ECI001: message [project]</c>.</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message);

/// <summary>Reads the ECI diagnostics out of <c>dotnet build</c> output.</summary>
public static class BuildDiagnostics
{
    private static readonly Regex Line = new(
        @"^(?<file>[^\s(][^(]*)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>ECI\d{3}): (?<message>.*?)(?: \[[^\]]+\])?$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>Every ECI diagnostic once (MSBuild repeats warnings and errors in its closing summary).</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string buildOutput) =>
        Line.Matches(buildOutput)
            .Select(m => new BuildDiagnostic(
                Path.GetFileName(m.Groups["file"].Value.Trim()),
                int.Parse(m.Groups["line"].Value),
                int.Parse(m.Groups["column"].Value),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value.TrimEnd('\r')))
            .Distinct()
            .ToList();

    /// <summary>The distinct rule ids, sorted.</summary>
    public static string[] Ids(string buildOutput) => Parse(buildOutput).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
}
