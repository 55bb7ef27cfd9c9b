using System.IO;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.Pull.Tool;

namespace Eci.ImagePull.IntegrationTests.CommandLine;

/// <summary>The generated help: the overview lists every command, and each command's help lists each of its options.</summary>
public sealed class HelpListingTests
{
    private static readonly System.CommandLine.RootCommand Root =
        ToolCommandLine.Create(new ToolConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, isTerminal: false, environment: _ => null));

    [Fact]
    public async Task The_overview_lists_every_command_of_the_parser()
    {
        var run = await ToolRunner.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        var section = run.Output.Replace("\r", string.Empty).Split("\nCommands:\n")[1].Split("\n\n")[0];
        // A row starts with two spaces and the command's name; wrapped descriptions are indented further.
        var listed = section.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l[2] != ' ').Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.Equal(new[] { "check", "help", "preflight", "probe", "pull" }, listed.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(Root.Subcommands.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal), listed.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("probe")]
    [InlineData("pull")]
    [InlineData("preflight")]
    public async Task Help_for_a_command_shows_its_usage_and_every_option(string name)
    {
        var command = Root.Subcommands.Single(c => c.Name == name);

        var run = await ToolRunner.RunAsync("help", name);
        var direct = await ToolRunner.RunAsync(name, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(direct.Output, run.Output);
        // The usage line starts with the executable's name (the test host here, eci-pull when installed).
        Assert.Matches($@"Usage:\n  \S+ {name} <", run.Output.Replace("\r", string.Empty));
        Assert.All(command.Options, option => Assert.Contains(option.Name, run.Output));
        Assert.Contains("Example", run.Output);
    }
}
