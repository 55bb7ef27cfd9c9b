using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.CommandLine;

/// <summary>A mistyped option stops the tool before it does anything: exit code 2 and one line that names it.</summary>
public sealed class UnknownOptionTests
{
    [Theory]
    [InlineData("check", "--plaintext", "--plain-http", "check", "x/y", "--plaintext", "a:5000")]
    [InlineData("probe", "--global", "--globalconfig", "probe", "127.0.0.1:5000", "--global")]
    [InlineData("pull", "--out", "--output", "pull", "x/y", "--out", "dir")]
    [InlineData("preflight", "--jsn", "--json", "preflight", "request.json", "--jsn")]
    public async Task An_unknown_option_exits_2_with_one_line_naming_it_and_the_known_ones(string command, string unknown, string known, params string[] args)
    {
        var run = await ToolRunner.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        var lines = run.Error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"eci-pull: Unknown option '{unknown}' for '{command}'. Known options: ", lines[0]);
        Assert.Contains(known + ",", lines[0]);
        Assert.Equal($"Run 'eci-pull {command} --help' for usage.", lines[1]);
    }

    [Fact]
    public async Task An_unknown_option_before_the_command_is_an_unknown_command()
    {
        var run = await ToolRunner.RunAsync("--jsn", "check", "x/y");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("eci-pull: Unknown command '--jsn'. Commands: check, probe, pull, preflight, help.", run.Error.Split('\n')[0].TrimEnd('\r'));
    }

    [Theory]
    [InlineData("--json=1", "check", "127.0.0.1:1/x/y", "--json=1")]
    [InlineData("--no-diagnose=yes", "check", "--no-diagnose=yes", "127.0.0.1:1/x/y")]
    [InlineData("--json=yes", "probe", "127.0.0.1:1", "--json=yes")]
    public async Task A_flag_written_with_a_value_exits_2_instead_of_taking_the_value_as_an_operand(string flagged, params string[] args)
    {
        var run = await ToolRunner.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        var flag = flagged.Substring(0, flagged.IndexOf('='));
        Assert.Equal($"eci-pull: Option '{flagged}' takes no value but true or false; write '{flag}' alone.", run.Error.Split('\n')[0].TrimEnd('\r'));
    }

    [Theory]
    [InlineData("--json=false", false)]
    [InlineData("--json=true", true)]
    public async Task A_flag_written_with_true_or_false_takes_that_value(string flag, bool json)
    {
        // Nothing listens on port 1 of the loopback address: the check fails fast and says so, in text or in JSON.
        var run = await ToolRunner.RunAsync("check", "127.0.0.1:1/x/y", "--no-diagnose", flag);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("takes no value", run.Error);
        Assert.Equal(json, run.Output.TrimStart().StartsWith('{'));
        Assert.Contains("127.0.0.1:1/x/y", run.Output);
    }

    [Fact]
    public async Task After_a_double_dash_a_flag_with_a_value_is_an_operand_like_any_other_word()
    {
        // '--json=1' after '--' is an image (an invalid one, judged offline), not a flag.
        var run = await ToolRunner.RunAsync("check", "--", "--json=1");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("takes no value", run.Error);
        Assert.Contains("InvalidReference", run.Output);
    }

    [Fact]
    public async Task After_a_double_dash_a_word_starting_with_a_dash_is_a_value_not_an_option()
    {
        // POSIX: '--' ends the options. '-x' is then an image, which ECI would reject (checked offline).
        var run = await ToolRunner.RunAsync("check", "--", "-x");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("Unknown option", run.Error);
        Assert.Contains("InvalidReference", run.Output);
    }
}
