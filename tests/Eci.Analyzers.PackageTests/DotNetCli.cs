using System.Diagnostics;
using System.Text;

namespace Eci.Analyzers.PackageTests;

/// <summary>
/// Runs the <c>dotnet</c> CLI the way a user's shell does, with the test host's MSBuild variables removed (they would
/// tie the child build to the parent's) and, for consumer projects, NuGet's global packages folder redirected to the
/// test's own folder, so a package restored in an earlier run can never stand in for the one just packed.
/// </summary>
public sealed class DotNetCli
{
    // A guard against a hung child process, not a performance assertion: a normal command takes seconds.
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(8);

    private readonly string? _nugetPackages;

    /// <param name="nugetPackages">The global packages folder for every command; null keeps the user's (for the repository's own builds).</param>
    public DotNetCli(string? nugetPackages) => _nugetPackages = nugetPackages;

    public CommandResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string?>(), arguments);

    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    public CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunProgram("dotnet", workingDirectory, environment, arguments);

    /// <summary>Runs another program (an installed tool's command) in the same environment as the dotnet CLI.</summary>
    public CommandResult RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        if (_nugetPackages is not null)
        {
            start.Environment["NUGET_PACKAGES"] = _nugetPackages;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1"; // no MSBuild node outlives the command and holds the temp folder
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var commandLine = program + " " + string.Join(" ", arguments);
        if (!process.WaitForExit((int)HangLimit.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(commandLine + " did not finish within " + HangLimit + Environment.NewLine + Snapshot(output));
        }

        process.WaitForExit(); // drains the asynchronous readers
        return new CommandResult(commandLine, process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
