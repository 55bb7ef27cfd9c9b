using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull.Registry;

namespace Eci.Pull.Tool;

/// <summary>Dispatches <c>eci-pull</c> commands; everything the tool prints goes through a <see cref="ToolConsole"/>.</summary>
internal static class EciPullApp
{
    public static async Task<int> RunAsync(string[] args, ToolConsole console, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help" && args.Length == 1)
        {
            console.Output.WriteLine(HelpText.Main);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var command = args[0];
        var rest = args.Skip(1).ToArray();
        if (command == "help")
        {
            command = rest[0];
            rest = new[] { "--help" };
        }

        try
        {
            return command switch
            {
                "check" => await CheckCommand.RunAsync(rest, console, cancellationToken).ConfigureAwait(false),
                "probe" => await ProbeCommand.RunAsync(rest, console, cancellationToken).ConfigureAwait(false),
                "pull" => await PullCommand.RunAsync(rest, console, cancellationToken).ConfigureAwait(false),
                "preflight" => await PreflightCommand.RunAsync(rest, console, cancellationToken).ConfigureAwait(false),
                "--version" => Version(console),
                _ => throw new UsageException($"Unknown command '{command}'. Commands: check, probe, pull, preflight, help."),
            };
        }
        catch (UsageException e)
        {
            console.Error.WriteLine("eci-pull: " + TerminalText.Escape(e.Message));
            console.Error.WriteLine($"Run 'eci-pull {(command is "check" or "probe" or "pull" or "preflight" ? command + " " : string.Empty)}--help' for usage.");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine("eci-pull: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (OutputDirectoryException e)
        {
            console.Error.WriteLine("eci-pull: " + TerminalText.Escape(e.Message));
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only place while writing: the file system's own words, on one line.
            console.Error.WriteLine("eci-pull: " + TerminalText.Escape(e.Message));
            return ExitCodes.Failure;
        }
        catch (RegistryException e)
        {
            console.Error.WriteLine("eci-pull: " + TerminalText.Escape(e.Message));
            if (Hint(e) is { } hint)
            {
                console.Error.WriteLine(hint);
            }

            return ExitCodes.Failure;
        }
    }

    /// <summary>What to try next after a transport failure; 'check' explains it in full, 'pull' only points there.</summary>
    private static string? Hint(RegistryException error)
    {
        var registry = error.Registry?.ToString() ?? "HOST:PORT";
        if (error is RegistryConnectionException { OtherServer: { } other } && error.Failure is RegistryFailure.CertificateNotTrusted or RegistryFailure.TlsHandshakeFailed)
        {
            // --insecure and --plain-http name the registry; they do not reach its redirect targets or token service.
            return $"That server is {other}, a redirect target or token service of {registry}, not {registry} itself: --insecure or --plain-http {registry} would not change it.";
        }

        return error.Failure switch
        {
            RegistryFailure.TlsHandshakeFailed => $"If {registry} speaks plain HTTP, pass --plain-http {registry} (ECI: PlainHttpRegistry). 'eci-pull check' diagnoses it.",
            RegistryFailure.CertificateNotTrusted => $"If you accept its certificate, pass --insecure {registry} (ECI: InsecureRegistry).",
            RegistryFailure.HttpsRequired => $"{registry} speaks HTTPS: drop it from --plain-http (and use --insecure if its certificate is self-signed).",
            RegistryFailure.AuthenticationRequired => $"Pass --user USER --password-stdin, or log in to {registry} in a Docker config (--docker-config).",
            _ => null,
        };
    }

    private static int Version(ToolConsole console)
    {
        console.Output.WriteLine(typeof(EciPullApp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        return ExitCodes.Success;
    }
}
