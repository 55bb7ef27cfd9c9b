using System.IO;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary>
/// <c>eci-pull probe --globalconfig</c> against a registry that puts analyzer settings into its error text: the
/// help suggests appending the output to .globalconfig, so nothing the registry says may become a line there.
/// </summary>
public sealed class HostileProbeTests : IDisposable
{
    private const string Injected = "dotnet_diagnostic.CS0168.severity = none";

    private readonly string _directory = Directory.CreateTempSubdirectory("eci-hostile-probe-").FullName;
    private readonly HostileServer _server;

    /// <summary>Over HTTPS with a self-signed certificate, so the probe's second attempt reaches the hostile answer.</summary>
    public HostileProbeTests() => _server = HostileServer.StartTls(TestCertificate.CreateForLoopback(_directory, "hostile-probe").Certificate);

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_directory, true);
    }

    [Fact]
    public async Task Registry_error_text_never_becomes_a_globalconfig_line()
    {
        var body = $"{{\"errors\":[{{\"code\":\"UNAVAILABLE\",\"message\":\"down\\n{Injected}\\r\\n[*.cs]\\n{Injected}\\n\"}}]}}";
        _server.Handler = (_, response) => response.SendAsync(500, body, ("Content-Type", "application/json"));

        var run = await ToolRunner.RunAsync("probe", "--globalconfig", "--timeout", "3", _server.Address);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Only the tool's own lines: comments, is_global, and keys holding validated addresses.
        Assert.All(lines, line => Assert.Matches(@"^(# [^\r]*|is_global = true|eci\.[a-z_]+ = [0-9a-z.:\[\], -]+)$", line));
        Assert.DoesNotContain(Injected, run.Output);
        Assert.Contains($"# not probed: {_server.Address}", lines);
        // The detail is still told, on stderr, with its line breaks shown instead of obeyed.
        Assert.True(run.Error.Contains($"\\n{Injected}\\r\\n[*.cs]"), run.Error);
        Assert.DoesNotContain("\n" + Injected, run.Error);
    }

    [Fact]
    public async Task An_argument_with_a_line_break_does_not_reach_the_globalconfig_lines()
    {
        var run = await ToolRunner.RunAsync("probe", "--globalconfig", "--timeout", "1", $"bad\n{Injected}");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(Injected, run.Output);
        Assert.Contains($"bad\\n{Injected}", run.Error);
    }
}
