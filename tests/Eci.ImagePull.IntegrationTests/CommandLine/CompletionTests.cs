using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.Pull.Tool;

namespace Eci.ImagePull.IntegrationTests.CommandLine;

/// <summary>Shell completion: what the parser suggests, and the [suggest] directive dotnet-suggest calls.</summary>
public sealed class CompletionTests
{
    private static IReadOnlyList<string> Complete(string commandLine) =>
        ToolCommandLine.Create(new ToolConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, isTerminal: false, environment: _ => null))
            .Parse(commandLine).GetCompletions().Select(c => c.Label).ToList();

    [Fact]
    public void A_command_prefix_completes_to_the_commands_it_starts()
    {
        Assert.Equal(new[] { "preflight", "probe" }, Complete("pr").OrderBy(l => l, StringComparer.Ordinal));
        Assert.Equal(new[] { "pull" }, Complete("pu"));
        Assert.Equal(new[] { "check" }, Complete("ch"));
    }

    [Fact]
    public void An_option_prefix_completes_to_the_options_of_that_command()
    {
        var labels = Complete("check 192.168.1.10:5000/app:1 --pl");

        Assert.Equal(new[] { "--plain-http", "--platform" }, labels.OrderBy(l => l, StringComparer.Ordinal));
    }

    [Fact]
    public void Help_completes_its_argument_to_command_names()
    {
        Assert.Equal(new[] { "preflight", "probe" }, Complete("help pr").OrderBy(l => l, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_suggest_directive_prints_one_completion_a_line()
    {
        // What dotnet-suggest runs for `eci-pull pr<TAB>`: the command line as one argument, the cursor after 'pr'.
        var run = await ToolRunner.RunAsync("[suggest:11]", "eci-pull pr");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "preflight", "probe" }, run.Output.Replace("\r", string.Empty).TrimEnd('\n').Split('\n').OrderBy(l => l, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_installed_executable_completes_too()
    {
        // Out of process the root command carries the executable's own name, eci-pull: the case in-process runs miss.
        var dotnet = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(ToolCommandLine).Assembly.Location, "[suggest:11]", "eci-pull pr" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, error);
        Assert.Equal(new[] { "preflight", "probe" }, output.Replace("\r", string.Empty).TrimEnd('\n').Split('\n').OrderBy(l => l, StringComparer.Ordinal));
    }
}
