using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Eci.ImagePull.Registry;

namespace Eci.Pull.Tool;

/// <summary>Runs <c>eci-pull</c> commands; everything the tool prints goes through a <see cref="ToolConsole"/>.</summary>
internal static class EciPullApp
{
    public static async Task<int> RunAsync(string[] args, ToolConsole console, CancellationToken cancellationToken)
    {
        var root = ToolCommandLine.Create(console);
        var invocation = new InvocationConfiguration
        {
            Output = console.Output,
            Error = console.Error,
            // Failures are reported below, in eci-pull's words; Program handles Ctrl+C (a second one kills the process).
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        if (args.Length == 0)
        {
            // Nothing asked: the overview, but as a usage error so a script that forgot its arguments notices.
            await root.Parse(new[] { "--help" }).InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var parsed = root.Parse(args);
        var command = parsed.CommandResult.Command;
        try
        {
            // Help, --version and [suggest] run whatever else is on the line; the commands themselves only on clean arguments.
            var runsCommand = parsed.Action is null or ParseErrorAction || parsed.Action == command.Action;
            if (runsCommand && UsageErrors.Describe(parsed, args) is { } error)
            {
                throw new UsageException(error);
            }

            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            console.Error.WriteLine("eci-pull: " + TerminalText.Escape(e.Message));
            console.Error.WriteLine($"Run 'eci-pull {(command == root || command.Name == "help" ? string.Empty : command.Name + " ")}--help' for usage.");
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
}
