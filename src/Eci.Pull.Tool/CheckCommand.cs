using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull;
using Eci.ImagePull.Pull;

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
        var results = await check.CheckAsync(settings.ToRequest(args.Positionals), cancellationToken).ConfigureAwait(false);
        var findings = RuleFindings.For(settings, args.Positionals);
        if (args.Has("--json"))
        {
            WriteJson(console, results, findings);
        }
        else
        {
            WriteText(console, results, findings);
        }

        var allPullable = results.All(r => r.IsPullable);
        var blocking = findings.Any(f => f.IsError || args.Has("--strict"));
        return allPullable && !blocking ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void WriteText(ToolConsole console, IReadOnlyList<PullCheckResult> results, IReadOnlyList<RuleFinding> findings)
    {
        foreach (var result in results)
        {
            console.Output.WriteLine($"{result.Image}");
            console.Output.WriteLine($"  {result.Outcome}: {result.Message}");
            if (result.Diagnosis is not null)
            {
                console.Output.WriteLine($"  diagnosis: {result.Diagnosis}");
            }

            if (result.CredentialSource is not null)
            {
                console.Output.WriteLine($"  credential: {result.CredentialSource}");
            }

            foreach (var finding in findings.Where(f => f.Image == result.Image))
            {
                console.Output.WriteLine($"  {finding.Severity} {finding.Id}: {finding.Message}");
            }
        }

        var pullable = results.Count(r => r.IsPullable);
        console.Output.WriteLine($"{pullable} of {results.Count} image(s) pullable.");
    }

    private static void WriteJson(ToolConsole console, IReadOnlyList<PullCheckResult> results, IReadOnlyList<RuleFinding> findings)
    {
        var document = new Dictionary<string, object?>
        {
            ["pullable"] = results.All(r => r.IsPullable),
            ["images"] = results.Select(r => new Dictionary<string, object?>
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
                ["findings"] = findings.Where(f => f.Image == r.Image).Select(f => new Dictionary<string, object?>
                {
                    ["id"] = f.Id,
                    ["severity"] = f.Severity,
                    ["message"] = f.Message,
                }).ToList(),
            }).ToList(),
        };
        console.Output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }
}
