using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull;
using Eci.ImagePull.Preflight;
using Eci.ImagePull.Pull;
using Eci.ImagePull.Registry;
using Eci.ImagePull.Rules;

namespace Eci.Pull.Tool;

/// <summary>
/// <c>eci-pull preflight FILE...</c>: <see cref="PullPreflight"/> on request files (nested or flattened JSON), offline
/// by default, with the pull check of every image under <c>--pull</c>. Passwords in a file are used for the pull check,
/// reported as ECI007 (they are written down), and never printed.
/// </summary>
internal static class PreflightCommand
{
    public static Command Create(ToolConsole console)
    {
        var symbols = new Symbols();
        var command = new Command("preflight", HelpText.Preflight)
        {
            symbols.Files, symbols.Pull, symbols.EditorConfig, symbols.Platform, symbols.Timeout, symbols.NoDiagnose, symbols.Strict, symbols.Json,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, symbols, console, cancellationToken));
        return command;
    }

    /// <summary>The arguments and options of 'preflight'.</summary>
    private sealed class Symbols
    {
        public Operands<string[]> Files { get; } = ToolOptions.Operands("FILE", "ECI request files (JSON); - for standard input", "'preflight' needs at least one request file, or - for standard input, e.g. eci-pull preflight request.json");

        public Option<bool> Pull { get; } = ToolOptions.Flag("--pull", "Also contact each image's registry exactly as ECI would (offline otherwise)");

        public Option<string> EditorConfig { get; } = ToolOptions.Value("--editorconfig", "FILE", "Read eci.plain_http_registries, eci.insecure_registries and eci.anonymous_registries from an .editorconfig/.globalconfig, as the analyzers do");

        public Option<string> Platform { get; } = ToolOptions.Value("--platform", "OS/ARCH", "With --pull: platform to pick from multi-platform images (default linux/amd64)");

        public Option<string> Timeout { get; } = ToolOptions.Value("--timeout", "SECONDS", "With --pull: per-request timeout (default 20)");

        public Option<bool> NoDiagnose { get; } = ToolOptions.Flag("--no-diagnose", "With --pull: do not probe the other scheme to explain failures");

        public Option<bool> Strict { get; } = ToolOptions.Flag("--strict", "Warnings also make the exit code 1");

        public Option<bool> Json { get; } = ToolOptions.Flag("--json", "Machine-readable output");
    }

    private static async Task<int> RunAsync(ParseResult args, Symbols symbols, ToolConsole console, CancellationToken cancellationToken)
    {
        var files = args.GetValue(symbols.Files) ?? Array.Empty<string>();
        if (files.Count(p => p == "-") > 1)
        {
            throw new UsageException("Standard input (-) can be read only once.");
        }

        var knowledge = Knowledge(args.GetValue(symbols.EditorConfig));
        var options = args.GetValue(symbols.Pull) ? CheckOptions(args, symbols) : null;
        if (options is null && (args.GetValue(symbols.Platform) ?? args.GetValue(symbols.Timeout)) is not null || options is null && args.GetValue(symbols.NoDiagnose))
        {
            throw new UsageException("--platform, --timeout and --no-diagnose only apply to the network check: add --pull.");
        }

        var failing = args.GetValue(symbols.Strict) ? RuleSeverity.Warning : RuleSeverity.Error;
        var outcomes = new List<FileOutcome>();
        foreach (var path in files)
        {
            outcomes.Add(await CheckFileAsync(path, console, knowledge, options, failing, cancellationToken).ConfigureAwait(false));
        }

        if (args.GetValue(symbols.Json))
        {
            WriteJson(console, outcomes);
        }
        else
        {
            WriteText(console, outcomes);
        }

        return outcomes.Any(o => o.Unreadable) ? ExitCodes.Usage
            : outcomes.All(o => o.Passed) ? ExitCodes.Success
            : ExitCodes.Failure;
    }

    /// <summary>What one file gave: its findings and, with --pull, the report; or why it could not be read.</summary>
    private sealed class FileOutcome
    {
        public FileOutcome(string file) => File = file;

        public string File { get; }

        public string? Error { get; init; }

        public bool Unreadable => Error is not null;

        public PreflightRequest? Request { get; init; }

        public IReadOnlyList<PullFinding> Findings { get; init; } = Array.Empty<PullFinding>();

        public PullCheckReport? Report { get; init; }

        public bool Passed { get; init; }

        /// <summary>Text from the file or a registry, made safe to print: no password of the file, no control characters.</summary>
        public string Safe(string text) => Printable(Request is null ? text : PreflightMessage.Scrub(text, Request.Secrets));
    }

    private static async Task<FileOutcome> CheckFileAsync(string path, ToolConsole console, RegistryKnowledge knowledge, PullCheckOptions? options, RuleSeverity failing, CancellationToken cancellationToken)
    {
        var file = path == "-" ? "(standard input)" : path;
        PreflightRequest request;
        try
        {
            request = PullPreflight.Read(RequestFile.Read(path, console.Input));
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            // The reader's messages name paths and types, never values; IO messages name the file.
            return new FileOutcome(file) { Error = e.Message.Split(" (Parameter '")[0] };
        }

        if (options is null)
        {
            var findings = PullPreflight.Evaluate(request, knowledge, passwordsAreWritten: true);
            return new FileOutcome(file) { Request = request, Findings = findings, Passed = !findings.Any(f => f.Rule.DefaultSeverity >= failing) };
        }

        var report = await PullPreflight.CheckAsync(request, options, passwordsAreWritten: true, cancellationToken).ConfigureAwait(false);
        return new FileOutcome(file)
        {
            Request = request,
            Findings = report.Findings,
            Report = report,
            Passed = report.AllPullable && !report.FindingsAtLeast(failing).Any(),
        };
    }

    private static PullCheckOptions CheckOptions(ParseResult args, Symbols symbols)
    {
        var options = new PullCheckOptions { DiagnoseWithOtherTransports = !args.GetValue(symbols.NoDiagnose) };
        if (args.GetValue(symbols.Platform) is { } platform)
        {
            options.Platform = OptionValues.Platform(platform);
        }

        if (args.GetValue(symbols.Timeout) is { } timeout)
        {
            options.RequestTimeout = OptionValues.Timeout(timeout);
        }

        return options;
    }

    /// <summary>The analyzers' registry settings (<c>eci.plain_http_registries</c>, ...) from an .editorconfig or .globalconfig.</summary>
    private static RegistryKnowledge Knowledge(string? path)
    {
        if (path is null)
        {
            return RegistryKnowledge.None;
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"--editorconfig '{path}' is not a file.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            var equals = line.IndexOf('=');
            if (line.StartsWith('#') || line.StartsWith(';') || equals < 0)
            {
                continue;
            }

            var value = line.Substring(equals + 1);
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            values[line.Substring(0, equals).Trim()] = (comment >= 0 ? value.Substring(0, comment) : value).Trim();
        }

        return RegistryKnowledge.FromSettings(
            values.GetValueOrDefault("eci.plain_http_registries"),
            values.GetValueOrDefault("eci.insecure_registries"),
            values.GetValueOrDefault("eci.anonymous_registries"));
    }

    private static IEnumerable<PullFinding> Shown(IEnumerable<PullFinding> findings) => findings.Where(f => f.Rule.DefaultSeverity >= RuleSeverity.Info);

    private static string Severity(PullFinding finding) => finding.Rule.DefaultSeverity.ToString().ToLowerInvariant();

    private static void WriteText(ToolConsole console, IEnumerable<FileOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            console.Output.WriteLine(Printable(outcome.File));
            if (outcome.Error is { } error)
            {
                console.Output.WriteLine("  unreadable: " + outcome.Safe(error));
                continue;
            }

            if (outcome.Report is { } report)
            {
                for (var i = 0; i < report.Results.Count; i++)
                {
                    var result = report.Results[i];
                    console.Output.WriteLine($"  {outcome.Request!.Images[i].Path} {outcome.Safe(result.Image)}: {result.Outcome}: {outcome.Safe(result.Message)}");
                    if (result.Diagnosis is not null)
                    {
                        console.Output.WriteLine($"    diagnosis: {outcome.Safe(result.Diagnosis)}");
                    }
                }
            }

            foreach (var finding in Shown(outcome.Findings))
            {
                console.Output.WriteLine($"  {outcome.Safe(PreflightMessage.PathOf(finding))}: {Severity(finding)} {finding.RuleId}: {outcome.Safe(finding.Message)}");
            }

            var summary = outcome.Report is { } checkedReport
                ? $"{checkedReport.Results.Count(r => r.IsPullable)} of {checkedReport.Results.Count} image(s) pullable, "
                : string.Empty;
            console.Output.WriteLine($"  {summary}{Shown(outcome.Findings).Count()} finding(s): {(outcome.Passed ? "passed" : "failed")}.");
        }
    }

    private static void WriteJson(ToolConsole console, IReadOnlyList<FileOutcome> outcomes)
    {
        var document = new Dictionary<string, object?>
        {
            ["passed"] = outcomes.All(o => o.Passed),
            ["files"] = outcomes.Select(o => new Dictionary<string, object?>
            {
                ["file"] = o.File,
                ["passed"] = o.Passed,
                ["error"] = o.Error is null ? null : o.Safe(o.Error),
                ["findings"] = Shown(o.Findings).Select(f => new Dictionary<string, object?>
                {
                    ["id"] = f.RuleId,
                    ["severity"] = Severity(f),
                    ["path"] = o.Safe(PreflightMessage.PathOf(f)),
                    ["subject"] = f.Subject.ToString(),
                    ["message"] = o.Safe(f.Message),
                }).ToList(),
                ["images"] = o.Report?.Results.Select((r, i) => new Dictionary<string, object?>
                {
                    ["path"] = o.Request!.Images[i].Path,
                    ["image"] = o.Safe(r.Image),
                    ["outcome"] = r.Outcome.ToString(),
                    ["message"] = o.Safe(r.Message),
                    ["registry"] = r.Registry?.ToString(),
                    ["transport"] = r.Transport?.ToString(),
                    ["digest"] = r.Digest?.ToString(),
                    ["credentialSource"] = r.CredentialSource,
                    ["diagnosis"] = r.Diagnosis is null ? null : o.Safe(r.Diagnosis),
                }).ToList(),
            }).ToList(),
        };
        console.Output.WriteLine(JsonSerializer.Serialize(document, ToolJsonContext.Default.DictionaryStringObject));
    }

    /// <summary>Control characters (terminal escapes among them) from a file or a registry become '?'.</summary>
    /// <summary>File names, keys and messages as every human-readable line of the tool shows them (TerminalText).</summary>
    internal static string Printable(string text) => TerminalText.Escape(text);
}
