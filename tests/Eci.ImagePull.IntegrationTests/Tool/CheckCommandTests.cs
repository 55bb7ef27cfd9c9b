using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Tool;

/// <summary><c>eci-pull check</c> against real registries.</summary>
public sealed class CheckCommandTests : IClassFixture<PlainHttpRegistryFixture>, IClassFixture<BasicAuthRegistryFixture>
{
    private readonly PlainHttpRegistryFixture _http;
    private readonly BasicAuthRegistryFixture _basic;

    public CheckCommandTests(PlainHttpRegistryFixture http, BasicAuthRegistryFixture basic)
    {
        _http = http;
        _basic = basic;
    }

    [Fact]
    public async Task Pullable_image_exits_0_and_prints_the_digest()
    {
        var run = await ToolRunner.RunAsync("check", $"{_http.Address}/demo/app:latest", "--plain-http", _http.Address);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Pullable", run.Output);
        Assert.Contains(_http.App.Manifest.Digest, run.Output);
        Assert.Contains("1 of 1 image(s) pullable.", run.Output);
    }

    [Fact]
    public async Task Warning_findings_are_printed_and_fail_only_with_strict()
    {
        var image = $"{_http.Address}/demo/app:latest";
        var relaxed = await ToolRunner.RunAsync("check", image, "--plain-http", _http.Address);
        Assert.Equal(0, relaxed.ExitCode);
        Assert.Contains("warning ECI008:", relaxed.Output);
        var strict = await ToolRunner.RunAsync("check", image, "--plain-http", _http.Address, "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("warning ECI008:", strict.Output);
    }

    [Fact]
    public async Task Missing_PlainHttpRegistry_exits_1_and_says_what_to_add()
    {
        var run = await ToolRunner.RunAsync("check", $"{_http.Address}/demo/app:latest", $"{_http.Address}/demo/app:gone", "--plain-http", "127.0.0.2:1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"PlainHttpRequired: {_http.Address} speaks plain HTTP", run.Output);
        Assert.Contains("diagnosis:", run.Output);
        Assert.Contains("0 of 2 image(s) pullable.", run.Output);
    }

    [Fact]
    public async Task Json_output_has_one_entry_per_image_with_outcome_and_digest()
    {
        var run = await ToolRunner.RunAsync("check", "--json", "--plain-http", _http.Address,
            $"{_http.Address}/demo/multi:latest", $"{_http.Address}/demo/app:nope", "127.0.0.1:1/Not/Valid");
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var images = json.RootElement.GetProperty("images").EnumerateArray().ToList();
        Assert.False(json.RootElement.GetProperty("pullable").GetBoolean());
        Assert.Equal(new[] { "Pullable", "NotFound", "InvalidReference" }, images.Select(i => i.GetProperty("outcome").GetString()));
        Assert.Equal(_http.MultiIndex.Digest, images[0].GetProperty("digest").GetString());
        Assert.Equal("linux/amd64", images[0].GetProperty("platform").GetString());
        Assert.Equal("PlainHttp", images[0].GetProperty("transport").GetString());
    }

    [Fact]
    public async Task Platform_option_selects_from_the_index()
    {
        var run = await ToolRunner.RunAsync("check", "--json", "--plain-http", _http.Address, "--platform", "linux/arm64", $"{_http.Address}/demo/multi:latest");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(_http.MultiArm64.Manifest.Digest, run.Output);
    }

    [Fact]
    public async Task Password_from_stdin_is_used_and_never_printed()
    {
        var good = await ToolRunner.RunWithInputAsync(RegistryFixture.Password + "\n", "check", $"{_basic.Address}/demo/app:latest",
            "--plain-http", _basic.Address, "--user", RegistryFixture.User, "--password-stdin");
        Assert.Equal(0, good.ExitCode);
        Assert.Contains($"credential: ImageRegistryCredential for {_basic.Address}", good.Output);
        Assert.DoesNotContain(RegistryFixture.Password, good.All);

        var wrong = "wrong-" + RegistryFixture.Password;
        var bad = await ToolRunner.RunWithInputAsync(wrong + "\n", "check", "--json", $"{_basic.Address}/demo/app:latest",
            "--plain-http", _basic.Address, "--user", RegistryFixture.User, "--password-stdin");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("CredentialsRejected", bad.Output);
        Assert.DoesNotContain(wrong, bad.All);
    }

    [Fact]
    public async Task No_credential_is_AuthenticationRequired()
    {
        var run = await ToolRunner.RunAsync("check", $"{_basic.Address}/demo/app:latest", "--plain-http", _basic.Address);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"AuthenticationRequired: {_basic.Address} requires authentication", run.Output);
    }

    [Fact]
    public async Task Docker_config_credential_works_with_a_reminder_for_ECI_and_stays_secret()
    {
        var directory = Directory.CreateTempSubdirectory("eci-docker-config-").FullName;
        try
        {
            var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes(RegistryFixture.User + ":" + RegistryFixture.Password));
            await File.WriteAllTextAsync(Path.Combine(directory, "config.json"), JsonSerializer.Serialize(new { auths = new Dictionary<string, object> { [_basic.Address] = new { auth } } }));
            var run = await ToolRunner.RunAsync("check", $"{_basic.Address}/demo/app:latest", "--plain-http", _basic.Address, "--docker-config", directory);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("ECI only uses ImageRegistryCredential", run.Output);
            Assert.DoesNotContain(RegistryFixture.Password, run.All);
            Assert.DoesNotContain(auth, run.All);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("pull")]
    public async Task A_broken_docker_config_is_reported_with_its_reason_not_as_no_credential(string command)
    {
        var directory = Directory.CreateTempSubdirectory("eci-docker-config-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "config.json"), "{\"auths\": {\"" + _basic.Address + "\": {\"auth\": 42}");
            var args = new List<string> { command, $"{_basic.Address}/demo/app:latest", "--plain-http", _basic.Address, "--docker-config", directory };
            if (command == "pull")
            {
                args.AddRange(new[] { "--output", Path.Combine(directory, "out") });
            }

            var run = await ToolRunner.RunAsync(args.ToArray());

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"eci-pull: the credential for {_basic.Address} could not be looked up:", run.Error);
            Assert.Contains("config.json", run.Error);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    [Theory]
    [InlineData("Unknown option '--plain'", "check", "x/y", "--plain", "a")]
    [InlineData("needs at least one image", "check")]
    [InlineData("--user and --password-stdin go together", "check", "x/y", "--user", "u")]
    [InlineData("not a valid PlainHttpRegistry value", "check", "x/y", "--plain-http", "http://reg:5000")]
    [InlineData("--timeout 'soon'", "check", "x/y", "--timeout", "soon")]
    [InlineData("Unknown command 'chek'", "chek", "x/y")]
    [InlineData("needs --output DIR", "pull", "x/y")]
    [InlineData("--platform 'arm64'", "pull", "x/y", "--output", "d", "--platform", "arm64")]
    [InlineData("several registries", "check", "a.example/x", "b.example/y", "--user", "u", "--password-stdin")]
    public async Task Bad_arguments_exit_2_with_a_message_naming_the_problem(string expected, params string[] args)
    {
        var run = await ToolRunner.RunWithInputAsync("pw\n", args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Contains("--help", run.Error);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("help", "probe")]
    [InlineData("pull", "-h")]
    public async Task Help_exits_0_and_explains_the_settings(params string[] args)
    {
        var run = await ToolRunner.RunAsync(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("eci-pull", run.Output);
        Assert.True(run.Output.Contains("PlainHttpRegistry") || run.Output.Contains("plain_http_registries"), run.Output);
    }
}
