using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.CommandLine;

/// <summary><c>eci-pull @file</c>: the arguments of a response file are parsed as if they were typed, options included.</summary>
public sealed class ResponseFileTests : IDisposable
{
    private const string Request = """
        { "Container": [ { "Name": "web", "Image": "harbor.lab.local/lab/web:2.3" } ] }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("eci-rsp-").FullName;

    public void Dispose() => Directory.Delete(_directory, true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task A_response_file_gives_the_same_run_as_the_arguments_it_holds()
    {
        var request = Write("request.json", Request);
        var config = Write(".globalconfig", "is_global = true\neci.plain_http_registries = harbor.lab.local\n");
        // One argument a line, or an option and its value on one line: both are how people write these files.
        var arguments = Write("preflight.rsp", $"preflight\n{request}\n--editorconfig {config}\n--strict\n--json\n");

        var typed = await ToolRunner.RunAsync("preflight", request, "--editorconfig", config, "--strict", "--json");
        var fromFile = await ToolRunner.RunAsync("@" + arguments);

        // --strict turns the plain-HTTP warning (ECI002) into a failure, and --json makes the output JSON: both came from the file.
        Assert.Equal(1, typed.ExitCode);
        Assert.Equal(typed.ExitCode, fromFile.ExitCode);
        Assert.Equal(typed.Output, fromFile.Output);
        using var document = JsonDocument.Parse(fromFile.Output);
        Assert.False(document.RootElement.GetProperty("passed").GetBoolean());
        Assert.Contains("ECI002", fromFile.Output);
    }

    [Fact]
    public async Task A_response_file_mixes_with_arguments_on_the_command_line()
    {
        var request = Write("request.json", Request);
        var options = Write("options.rsp", "--json\n");

        var run = await ToolRunner.RunAsync("preflight", "@" + options, request);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.True(document.RootElement.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task A_missing_response_file_is_a_usage_error_that_names_it()
    {
        var missing = Path.Combine(_directory, "absent.rsp");

        var run = await ToolRunner.RunAsync("preflight", "@" + missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("eci-pull: ", run.Error);
        Assert.Contains(missing, run.Error.Split('\n')[0]);
    }
}
