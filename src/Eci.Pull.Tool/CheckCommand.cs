using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull;
using Eci.ImagePull.Pull;
using Eci.ImagePull.Rules;

namespace Eci.Pull.Tool;

/// <summary><c>eci-pull check</c>: the pull check for each image, as text or JSON.</summary>
internal static class CheckCommand
{
    private static readonly string[] Flags = PullSettingsOptions.FlagOptions.Concat(new[] { "--json", "--strict", "--no-diagnose", "--help" }).ToArray();

    public static async Task<int> RunAsync(string[] argv, ToolConsole console, CancellationToken cancellationToken)
    {
        var args = ParsedArguments.Parse("check", argv, PullSettingsOptions.ValueOptions, Flags);
        if (args.Has("--help"))
        {
            console.Output.WriteLine(HelpText.Check);
            return ExitCodes.Success;
        }

        if (args.Positionals.Count == 0)
        {
            throw new UsageException("'check' needs at least one image, e.g. eci-pull check 192.168.1.10:5000/app:1.0");
        }

        var parsed = args.Positionals.Select(p => ImageReference.TryParse(p, out var r) ? r : null).Where(r => r is not null).Select(r => r!).ToList();
        var settings = PullSettingsOptions.Read(args, parsed, console, TimeSpan.FromSeconds(20));
        var check = new PullCheck(new PullCheckOptions
        {
            Platform = settings.Platform,
            RequestTimeout = settings.Timeout,
            DiagnoseWithOtherTransports = !args.Has("--no-diagnose"),
        });
        var report = await check.CheckAsync(settings.ToRequest(args.Positionals), cancellationToken).ConfigureAwait(false);
        if (args.Has("--json"))
        {
            WriteJson(console, report);
        }
        else
        {
            WriteText(console, report);
        }

        // Errors always fail; warnings only with --strict; info and hidden findings never do.
        var failing = args.Has("--strict") ? RuleSeverity.Warning : RuleSeverity.Error;
        var blocking = report.FindingsAtLeast(failing).Any();
        return report.AllPullable && !blocking ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static IEnumerable<PullFinding> Shown(IEnumerable<PullFinding> findings) => findings.Where(f => f.Rule.DefaultSeverity >= RuleSeverity.Info);

    private static string Severity(PullFinding finding) => finding.Rule.DefaultSeverity.ToString().ToLowerInvariant();

    private static void WriteText(ToolConsole console, PullCheckReport report)
    {
        // Messages quote what registries said; E() shows their control characters instead of letting the terminal obey them.
        static string E(object? text) => TerminalText.Escape(text?.ToString());

        var results = report.Results;
        foreach (var result in results)
        {
            console.Output.WriteLine(E(result.Image));
            console.Output.WriteLine($"  {result.Outcome}: {E(result.Message)}");
            if (result.Diagnosis is not null)
            {
                console.Output.WriteLine($"  diagnosis: {E(result.Diagnosis)}");
            }

            if (result.CredentialSource is not null)
            {
                console.Output.WriteLine($"  credential: {E(result.CredentialSource)}");
            }

            foreach (var finding in Shown(result.Findings))
            {
                console.Output.WriteLine($"  {Severity(finding)} {finding.RuleId}: {E(finding.Message)}");
            }
        }

        foreach (var finding in Shown(report.Findings.Where(f => f.Subject != FindingSubject.Image)))
        {
            console.Output.WriteLine($"{Severity(finding)} {finding.RuleId} ({finding.Subject}): {E(finding.Message)}");
        }

        var pullable = results.Count(r => r.IsPullable);
        console.Output.WriteLine($"{pullable} of {results.Count} image(s) pullable.");
    }

    private static Dictionary<string, object?> Json(PullFinding finding) => new()
    {
        ["id"] = finding.RuleId,
        ["severity"] = Severity(finding),
        ["subject"] = finding.Subject.ToString(),
        ["message"] = finding.Message,
    };

    private static void WriteJson(ToolConsole console, PullCheckReport report)
    {
        var document = new Dictionary<string, object?>
        {
            ["pullable"] = report.AllPullable,
            ["findings"] = Shown(report.Findings.Where(f => f.Subject != FindingSubject.Image)).Select(Json).ToList(),
            ["images"] = report.Results.Select(r => new Dictionary<string, object?>
            {
                ["image"] = r.Image,
                ["outcome"] = r.Outcome.ToString(),
                ["message"] = r.Message,
                ["registry"] = r.Registry?.ToString(),
                ["transport"] = r.Transport?.ToString(),
                ["digest"] = r.Digest?.ToString(),
                ["platform"] = r.Platform?.ToString(),
                ["credentialSource"] = r.CredentialSource,
                ["diagnosis"] = r.Diagnosis,
                ["findings"] = Shown(r.Findings).Select(Json).ToList(),
            }).ToList(),
        };
        console.Output.WriteLine(JsonSerializer.Serialize(document, ToolJsonContext.Default.DictionaryStringObject));
    }
}
