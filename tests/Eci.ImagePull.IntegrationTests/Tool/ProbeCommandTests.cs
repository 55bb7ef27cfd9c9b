using System.Text.Json;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Tool;

/// <summary><c>eci-pull probe</c> tells HTTPS, untrusted HTTPS and plain HTTP apart, and anonymous access.</summary>
public sealed class ProbeCommandTests : IClassFixture<PlainHttpRegistryFixture>, IClassFixture<SelfSignedTlsRegistryFixture>, IClassFixture<BasicAuthRegistryFixture>, IClassFixture<TokenAuthRegistryFixture>
{
    private readonly PlainHttpRegistryFixture _http;
    private readonly SelfSignedTlsRegistryFixture _tls;
    private readonly BasicAuthRegistryFixture _basic;
    private readonly TokenAuthRegistryFixture _token;

    public ProbeCommandTests(PlainHttpRegistryFixture http, SelfSignedTlsRegistryFixture tls, BasicAuthRegistryFixture basic, TokenAuthRegistryFixture token)
    {
        _http = http;
        _tls = tls;
        _basic = basic;
        _token = token;
    }

    [Fact]
    public async Task Text_output_names_what_each_registry_speaks()
    {
        var run = await ToolRunner.RunAsync("probe", _http.Address, _tls.Address, _basic.Address);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{_http.Address}: plain HTTP (ECI needs it in PlainHttpRegistry); anonymous pulls allowed", run.Output);
        Assert.Contains($"{_tls.Address}: HTTPS with an untrusted certificate (ECI needs it in InsecureRegistry); anonymous pulls allowed", run.Output);
        Assert.Contains($"{_basic.Address}: plain HTTP (ECI needs it in PlainHttpRegistry); credentials required (Basic)", run.Output);
    }

    [Fact]
    public async Task Globalconfig_prints_the_analyzer_keys()
    {
        var run = await ToolRunner.RunAsync("probe", "--globalconfig", _http.Address, _tls.Address, _basic.Address, $"{_token.Address}/public/tool:latest");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("is_global = true", lines);
        Assert.Contains($"eci.plain_http_registries = {_http.Address}, {_basic.Address}, {_token.Address}", lines);
        Assert.Contains($"eci.insecure_registries = {_tls.Address}", lines);
        Assert.Contains($"eci.anonymous_registries = {_http.Address}, {_tls.Address}, {_token.Address}", lines);
    }

    [Fact]
    public async Task Token_registry_image_probe_tests_anonymous_pull_of_that_repository()
    {
        var run = await ToolRunner.RunAsync("probe", "--json", $"{_token.Address}/public/tool:latest", $"{_token.Address}/demo/app:latest");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var results = json.RootElement.EnumerateArray().ToList();
        Assert.Equal("http", results[0].GetProperty("speaks").GetString());
        Assert.True(results[0].GetProperty("anonymous").GetBoolean());
        Assert.False(results[1].GetProperty("anonymous").GetBoolean());
    }

    [Fact]
    public async Task Unreachable_registry_exits_1_and_is_commented_in_globalconfig()
    {
        var port = FreePort.Next();
        var run = await ToolRunner.RunAsync("probe", "--globalconfig", $"127.0.0.1:{port}", _http.Address);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"# not probed: 127.0.0.1:{port}", run.Output);
        Assert.Contains($"eci.plain_http_registries = {_http.Address}", run.Output);
    }
}
