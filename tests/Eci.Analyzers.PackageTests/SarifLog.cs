using System.Text.Json;

namespace Eci.Analyzers.PackageTests;

/// <summary>One result of a SARIF log: the rule and where (file name, line, column).</summary>
public sealed record SarifResult(string RuleId, string File, int Line, int Column);

/// <summary>A rule's metadata as a SARIF log carries it.</summary>
public sealed record SarifRule(string Id, string ShortDescription, string FullDescription, string HelpUri, string Category);

/// <summary>
/// Reads the compiler's error log in either format it writes: SARIF 1.0 (<c>-p:ErrorLog=file</c>, the default) or
/// SARIF 2.1 (<c>-p:ErrorLog=file%2Cversion=2.1</c>, what code-scanning services take). The two place the same facts
/// differently; this gives them one shape.
/// </summary>
public sealed class SarifLog
{
    private SarifLog(string version, string compilerVersion, IReadOnlyDictionary<string, SarifRule> rules, IReadOnlyList<SarifResult> results)
    {
        Version = version;
        CompilerVersion = compilerVersion;
        Rules = rules;
        Results = results;
    }

    /// <summary>The SARIF version, <c>1.0.0</c> or <c>2.1.0</c>.</summary>
    public string Version { get; }

    /// <summary>The compiler's semantic version, e.g. <c>4.14.0</c>.</summary>
    public string CompilerVersion { get; }

    /// <summary>Rules by id: SARIF 1.0 lists the reported ones, SARIF 2.1 every rule of every loaded analyzer.</summary>
    public IReadOnlyDictionary<string, SarifRule> Rules { get; }

    /// <summary>The ECI results, ordered by place.</summary>
    public IReadOnlyList<SarifResult> Results { get; }

    public static SarifLog Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var version = document.RootElement.GetProperty("version").GetString()!;
        var run = document.RootElement.GetProperty("runs")[0];
        var v1 = version.StartsWith("1.", StringComparison.Ordinal);
        var tool = v1 ? run.GetProperty("tool") : run.GetProperty("tool").GetProperty("driver");
        var rules = v1
            ? run.GetProperty("rules").EnumerateObject().Select(p => Rule(p.Value, v1))
            : tool.GetProperty("rules").EnumerateArray().Select(r => Rule(r, v1));
        var results = run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("ECI", StringComparison.Ordinal))
            .Select(r => Result(r, v1))
            .OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Column).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .ToList();
        return new SarifLog(version, tool.GetProperty("semanticVersion").GetString()!, rules.ToDictionary(r => r.Id), results);
    }

    private static SarifRule Rule(JsonElement rule, bool v1) => new(
        rule.GetProperty("id").GetString()!,
        Text(rule, "shortDescription", v1),
        Text(rule, "fullDescription", v1),
        rule.TryGetProperty("helpUri", out var help) ? help.GetString()! : "",
        rule.GetProperty("properties").GetProperty("category").GetString()!);

    // SARIF 1.0 writes descriptions as strings, 2.1 as { "text": ... }.
    private static string Text(JsonElement rule, string name, bool v1) =>
        !rule.TryGetProperty(name, out var value) ? "" : v1 ? value.GetString()! : value.GetProperty("text").GetString()!;

    private static SarifResult Result(JsonElement result, bool v1)
    {
        var location = result.GetProperty("locations")[0];
        var file = v1 ? location.GetProperty("resultFile") : location.GetProperty("physicalLocation");
        var uri = v1 ? file.GetProperty("uri").GetString()! : file.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        var region = file.GetProperty("region");
        return new SarifResult(
            result.GetProperty("ruleId").GetString()!,
            Path.GetFileName(new Uri(uri).LocalPath),
            region.GetProperty("startLine").GetInt32(),
            region.GetProperty("startColumn").GetInt32());
    }
}
