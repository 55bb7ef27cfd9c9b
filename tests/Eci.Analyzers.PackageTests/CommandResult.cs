namespace Eci.Analyzers.PackageTests;

/// <summary>What one command did: the command line, its exit code and everything it printed (stdout and stderr).</summary>
public sealed class CommandResult
{
    public CommandResult(string commandLine, int exitCode, string output)
    {
        CommandLine = commandLine;
        ExitCode = exitCode;
        Output = output;
    }

    public string CommandLine { get; }

    public int ExitCode { get; }

    public string Output { get; }

    /// <summary>The whole transcript: used as the assertion message, so a failure shows what the CLI said.</summary>
    public override string ToString() => "> " + CommandLine + " (exit " + ExitCode + ")" + Environment.NewLine + Output;
}
