using System;
using System.Collections.Generic;
using System.CommandLine;
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
    private const int DefaultTimeoutSeconds = 20;

    public static Command Create(ToolConsole console)
    {
        var images = ToolOptions.Operands("IMAGE", "The images, as a request's Container.Image values", "'check' needs at least one image, e.g. eci-pull check 192.168.1.10:5000/app:1.0");
        var settings = new PullSettingsSymbols(DefaultTimeoutSeconds);
        var noDiagnose = ToolOptions.Flag("--no-diagnose", "Do not probe the other scheme to explain failures");
        var strict = ToolOptions.Flag("--strict", "Warnings also make the exit code 1");
        var json = ToolOptions.Flag("--json", "Machine-readable output");
        var command = new Command("check", HelpText.Check) { images };
        settings.AddTo(command);
        command.Add(noDiagnose);
        command.Add(strict);
        command.Add(json);
        command.SetAction((result, cancellationToken) =>
        {
            var texts = result.GetValue(images) ?? Array.Empty<string>();
            // Only parseable images can name the credential's registry; the others get their verdict from the check.
            var parsed = texts.Select(p => ImageReference.TryParse(p, out var r) ? r : null).Where(r => r is not null).Select(r => r!).ToList();
            var pullSettings = PullSettingsOptions.Read(result, settings, parsed, console, TimeSpan.FromSeconds(DefaultTimeoutSeconds));
            return RunAsync(texts, pullSettings, diagnose: !result.GetValue(noDiagnose), strictWarnings: result.GetValue(strict), asJson: result.GetValue(json), console, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IReadOnlyList<string> images, PullSettingsOptions settings, bool diagnose, bool strictWarnings, bool asJson, ToolConsole console, CancellationToken cancellationToken)
    {
        var check = new PullCheck(new PullCheckOptions
        {
            Platform = settings.Platform,
            RequestTimeout = settings.Timeout,
            DiagnoseWithOtherTransports = diagnose,
        });
        var report = await check.CheckAsync(settings.ToRequest(images), cancellationToken).ConfigureAwait(false);
        if (asJson)
        {
            WriteJson(console, report);
        }
        else
        {
            WriteText(console, report);
        }

        // Errors always fail; warnings only with --strict; info and hidden findings never do.
        var failing = strictWarnings ? RuleSeverity.Warning : RuleSeverity.Error;
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
