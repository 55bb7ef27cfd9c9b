using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull.Registry;

namespace Eci.Pull.Tool;

/// <summary><c>eci-pull probe</c>: what each registry speaks, as text, JSON or analyzer .globalconfig lines.</summary>
internal static class ProbeCommand
{
    public static Command Create(ToolConsole console)
    {
        var addresses = ToolOptions.Operands("ADDRESS", "Registries as host[:port], or images (host:port/repo:tag) to also test anonymous pulls", "'probe' needs at least one registry address, e.g. eci-pull probe 192.168.1.10:5000");
        var globalConfig = ToolOptions.Flag("--globalconfig", "Print .globalconfig lines for the Eci.Analyzers analyzer instead (eci.plain_http_registries, eci.insecure_registries, eci.anonymous_registries)");
        var timeout = ToolOptions.Value("--timeout", "SECONDS", "Per-request timeout (default 10)");
        var json = ToolOptions.Flag("--json", "Machine-readable output");
        var command = new Command("probe", HelpText.Probe) { addresses, globalConfig, timeout, json };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(addresses) ?? Array.Empty<string>(),
            result.GetValue(timeout),
            asGlobalConfig: result.GetValue(globalConfig),
            asJson: result.GetValue(json),
            console,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IReadOnlyList<string> addresses, string? timeoutText, bool asGlobalConfig, bool asJson, ToolConsole console, CancellationToken cancellationToken)
    {
        if (asGlobalConfig && asJson)
        {
            throw new UsageException("--globalconfig and --json are alternatives; pick one.");
        }

        var timeout = TimeSpan.FromSeconds(10);
        if (timeoutText is { } text)
        {
            timeout = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 3600
                ? TimeSpan.FromSeconds(seconds)
                : throw new UsageException($"--timeout '{text}' is not a number of seconds between 0 and 3600.");
        }

        var results = new List<ProbeResult>();
        foreach (var argument in addresses)
        {
            results.Add(await RegistryProbe.RunAsync(argument, timeout, cancellationToken).ConfigureAwait(false));
        }

        if (asGlobalConfig)
        {
            WriteGlobalConfig(console, results);
        }
        else if (asJson)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(results.Select(r => new Dictionary<string, object?>
            {
                ["argument"] = r.Argument,
                ["registry"] = r.Registry?.ToString(),
                ["speaks"] = r.Transport switch
                {
                    RegistryTransport.PlainHttp => "http",
                    RegistryTransport.HttpsWithoutVerification => "https-untrusted",
                    RegistryTransport.Https => "https",
                    _ => null,
                },
                ["anonymous"] = r.Anonymous,
                ["summary"] = r.Summary,
                ["error"] = r.Error,
            }), ToolJsonContext.Default.IEnumerableDictionaryStringObject));
        }
        else
        {
            foreach (var result in results)
            {
                console.Output.WriteLine($"{TerminalText.Escape(result.Registry?.ToString() ?? result.Argument)}: {result.Summary}");
                if (result.Error is not null && result.Registry is not null)
                {
                    console.Output.WriteLine($"  {TerminalText.Escape(result.Error)}");
                }
            }
        }

        return results.All(r => r.Transport is not null) ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void WriteGlobalConfig(ToolConsole console, IReadOnlyList<ProbeResult> results)
    {
        static string Join(IEnumerable<ProbeResult> selected) =>
            string.Join(", ", selected.Select(r => r.Registry!.ToString()).Where(GlobalConfigValue.IsSafe).Distinct(StringComparer.OrdinalIgnoreCase));

        var plain = Join(results.Where(r => r.Transport == RegistryTransport.PlainHttp));
        var insecure = Join(results.Where(r => r.Transport == RegistryTransport.HttpsWithoutVerification));
        var anonymous = Join(results.Where(r => r.Anonymous == true));
        // These lines are meant to be appended to .globalconfig, where any line is a setting: only the tool's own text
        // and parsed host[:port] values go here. Arguments and registry-supplied error text (which a hostile registry,
        // or anyone on a plain-HTTP path, chooses) go to stderr, escaped.
        console.Output.WriteLine("# Registry facts for Eci.Analyzers, written by eci-pull probe " + string.Join(" ", results.Select(ShownAddress)));
        console.Output.WriteLine("is_global = true");
        WriteKey(console, "eci.plain_http_registries", plain, "speaks plain HTTP");
        WriteKey(console, "eci.insecure_registries", insecure, "has an untrusted certificate");
        WriteKey(console, "eci.anonymous_registries", anonymous, "was shown to allow anonymous pulls");
        foreach (var failed in results.Where(r => r.Transport is null))
        {
            console.Output.WriteLine($"# not probed: {ShownAddress(failed)}");
            console.Error.WriteLine($"eci-pull: not probed: {TerminalText.Escape(failed.Argument)}: {TerminalText.Escape(failed.Error)}");
        }
    }

    /// <summary>A validated <c>host[:port]</c>, or a fixed placeholder for an argument that is not one.</summary>
    private static string ShownAddress(ProbeResult result) =>
        result.Registry is { } registry && GlobalConfigValue.IsSafe(registry.ToString()) ? registry.ToString() : "(an argument that is not a registry address)";

    private static void WriteKey(ToolConsole console, string key, string value, string meaning)
    {
        // An empty key would be read as "no registries"; a comment keeps any existing value authoritative.
        console.Output.WriteLine(value.Length == 0 ? $"# {key}: no probed registry {meaning}" : $"{key} = {value}");
    }
}
