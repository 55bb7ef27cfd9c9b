using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary>
/// Server text in eci-pull's human-readable output: terminal control sequences must be shown, not obeyed (no cleared
/// screen, no line overwritten by a fake "verified", no window title), and one answer cannot fill the screen.
/// </summary>
public sealed class HostileTerminalTests : IDisposable
{
    /// <summary>Clear screen, set the window title, return to the line start and print a fake verdict over it.</summary>
    private const string Escapes = "\u001b[2J\u001b]0;pwned\u0007\rPullable: all layers verified\u202e";

    private readonly HostileServer _server = HostileServer.Start();
    private readonly string _output = Directory.CreateTempSubdirectory("eci-terminal-").FullName;

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_output, true);
    }

    private string Image => $"{_server.Address}/{Hostile.Repository}:latest";

    private static void AssertNothingATerminalObeys(string text)
    {
        foreach (var c in text)
        {
            Assert.False(char.IsControl(c) && c != '\n', $"control character U+{(int)c:X4} reached the output");
            Assert.NotEqual('\u202e', c);
        }
    }

    [Fact]
    public async Task Check_shows_control_characters_in_a_registry_error_escaped()
    {
        var body = JsonSerializer.Serialize(new { errors = new[] { new { code = "UNKNOWN", message = Escapes } } });
        _server.Handler = (_, response) => response.SendAsync(500, body, ("Content-Type", "application/json"));

        var run = await ToolRunner.RunAsync("check", Image, "--plain-http", _server.Address, "--no-diagnose", "--timeout", "3");

        Assert.Equal(1, run.ExitCode);
        AssertNothingATerminalObeys(run.All);
        Assert.True(run.Output.Contains("\\x1b[2J\\x1b]0;pwned\\x07\\rPullable: all layers verified\\u202e"), run.Output);
    }

    [Fact]
    public async Task Pull_shows_control_characters_in_a_registry_error_escaped()
    {
        var body = JsonSerializer.Serialize(new { errors = new[] { new { code = "UNKNOWN", message = Escapes } } });
        _server.Handler = (_, response) => response.SendAsync(500, body, ("Content-Type", "application/json"));

        var run = await ToolRunner.RunAsync("pull", Image, "--plain-http", _server.Address, "--timeout", "3", "--output", _output);

        Assert.Equal(1, run.ExitCode);
        AssertNothingATerminalObeys(run.All);
        Assert.Contains("\\x1b[2J", run.Error);
    }

    [Fact]
    public async Task A_huge_index_without_the_platform_gives_a_capped_error_line()
    {
        // Thousands of platforms, none of them linux/amd64: the "not found" message lists what there is.
        var entries = Enumerable.Range(0, 12000).Select(i =>
            $"{{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"sha256:{new string('a', 64)}\",\"size\":1,\"platform\":{{\"os\":\"plan9\",\"architecture\":\"arch{i}\"}}}}");
        var index = Encoding.UTF8.GetBytes($"{{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[{string.Join(",", entries)}]}}");
        var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(index));
        _server.Handler = (_, response) => response.SendAsync(200, index, ("Content-Type", "application/vnd.oci.image.index.v1+json"), ("Docker-Content-Digest", digest));

        var check = await ToolRunner.RunAsync("check", Image, "--plain-http", _server.Address, "--no-diagnose", "--timeout", "5");
        var pull = await ToolRunner.RunAsync("pull", Image, "--plain-http", _server.Address, "--timeout", "5", "--output", _output);

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(1, pull.ExitCode);
        foreach (var line in (check.All + pull.All).Split('\n'))
        {
            Assert.True(line.Length < 2200, $"a {line.Length}-character line: {line[..Math.Min(200, line.Length)]}");
        }

        Assert.Contains("more characters not shown", pull.Error);
    }
}
