using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Tool;

/// <summary><c>eci-pull preflight</c> on request files, offline and (with --pull) against real registries.</summary>
public sealed class PreflightCommandTests : IClassFixture<PlainHttpRegistryFixture>, IClassFixture<BasicAuthRegistryFixture>, IDisposable
{
    private readonly PlainHttpRegistryFixture _http;
    private readonly BasicAuthRegistryFixture _basic;
    private readonly string _directory = Directory.CreateTempSubdirectory("eci-preflight-").FullName;

    public PreflightCommandTests(PlainHttpRegistryFixture http, BasicAuthRegistryFixture basic)
    {
        _http = http;
        _basic = basic;
    }

    public void Dispose() => Directory.Delete(_directory, true);

    private string File(string name, string json)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    private string Config() => File(".globalconfig", "is_global = true\neci.plain_http_registries = harbor.lab.local   # speaks HTTP\n");

    private const string NestedRequest = """
        {
          "RegionId": "cn-hangzhou",
          "AutoCreateEip": true,
          "Container": [ { "Name": "web", "Image": "harbor.lab.local/lab/web:2.3" } ],
          "ImageRegistryCredential": [ { "Server": "harbor.lab.local", "UserName": "ci", "Password": "p4ss-in-a-file-31d" } ]
        }
        """;

    [Fact]
    public async Task Offline_findings_name_the_path_and_warnings_fail_only_with_strict()
    {
        var file = File("request.json", NestedRequest);

        var relaxed = await ToolRunner.RunAsync("preflight", file, "--editorconfig", Config());
        var strict = await ToolRunner.RunAsync("preflight", file, "--editorconfig", Config(), "--strict");

        Assert.Equal(0, relaxed.ExitCode);
        Assert.Contains("Container[0].Image: warning ECI002: Registry 'harbor.lab.local' of image 'harbor.lab.local/lab/web:2.3' speaks plain HTTP", relaxed.Output);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("failed.", strict.Output);
    }

    [Fact]
    public async Task A_password_in_the_file_is_reported_as_ECI007_and_never_printed()
    {
        var file = File("request.json", NestedRequest);

        var text = await ToolRunner.RunAsync("preflight", file);
        var json = await ToolRunner.RunAsync("preflight", file, "--json");

        Assert.Contains("ImageRegistryCredential[0].Password: warning ECI007: The password for registry 'harbor.lab.local' is a constant in source", text.Output);
        Assert.DoesNotContain("p4ss-in-a-file-31d", text.All);
        Assert.DoesNotContain("p4ss-in-a-file-31d", json.All);
    }

    [Fact]
    public async Task Flattened_parameters_from_standard_input_are_read_and_an_error_finding_exits_1()
    {
        var run = await ToolRunner.RunWithInputAsync("""{"Action": "CreateImageCache", "Image.1": "registry.corp.example/Team/App:1", "EipInstanceId": "eip-1"}""", "preflight", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(standard input)", run.Output);
        Assert.Contains("Image.1: error ECI006:", run.Output);
    }

    [Fact]
    public async Task With_pull_the_files_credential_is_used_against_the_registry_and_stays_secret()
    {
        var request = $$"""
            {
              "Container.1.Image": "{{_basic.Address}}/demo/app:latest",
              "PlainHttpRegistry": "{{_basic.Address}}",
              "ImageRegistryCredential.1.Server": "{{_basic.Address}}",
              "ImageRegistryCredential.1.UserName": "{{RegistryFixture.User}}",
              "ImageRegistryCredential.1.Password": "{{RegistryFixture.Password}}",
              "AutoCreateEip": "true"
            }
            """;
        var file = File("flat.json", request);

        var run = await ToolRunner.RunAsync("preflight", file, "--pull", "--json");

        Assert.Equal(0, run.ExitCode); // ECI007 and the loopback ECI008 are warnings
        Assert.DoesNotContain(RegistryFixture.Password, run.All);
        using var json = JsonDocument.Parse(run.Output);
        var image = json.RootElement.GetProperty("files")[0].GetProperty("images")[0];
        Assert.Equal("Pullable", image.GetProperty("outcome").GetString());
        Assert.Equal("Container.1.Image", image.GetProperty("path").GetString());
        Assert.Equal(_basic.App.Manifest.Digest, image.GetProperty("digest").GetString());
        var findings = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("id").GetString(), f.GetProperty("path").GetString()));
        Assert.Contains(("ECI007", "ImageRegistryCredential.1.Password"), findings);
    }

    [Fact]
    public async Task With_pull_a_wrong_password_is_CredentialsRejected_and_a_missing_list_entry_PlainHttpRequired()
    {
        var wrong = File("wrong.json", $$"""
            {"AutoCreateEip": true, "PlainHttpRegistry": "{{_basic.Address}}",
             "Container": [{"Image": "{{_basic.Address}}/demo/app:latest"}],
             "ImageRegistryCredential": [{"Server": "{{_basic.Address}}", "UserName": "{{RegistryFixture.User}}", "Password": "wrong-pw-77"}]}
            """);
        var unlisted = File("unlisted.json", $$"""{"AutoCreateEip": true, "Container": [{"Image": "{{_http.Address}}/demo/app:latest"}]}""");

        var run = await ToolRunner.RunAsync("preflight", wrong, unlisted, "--pull");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Container[0].Image {_basic.Address}/demo/app:latest: CredentialsRejected:", run.Output);
        Assert.Contains($"Container[0].Image {_http.Address}/demo/app:latest: PlainHttpRequired:", run.Output);
        Assert.Contains($"Add '{_http.Address}' to PlainHttpRegistry", run.Output);
        Assert.DoesNotContain("wrong-pw-77", run.All);
    }

    [Fact]
    public async Task Control_characters_from_a_file_are_never_printed()
    {
        var file = File("evil.json", """{"AutoCreateEip": true, "Container": [{"Image": "evil\u001b]0;owned\u0007/x:1"}], "PlainHttpRegistry": "a\u001b[2Jb"}""");

        var run = await ToolRunner.RunAsync("preflight", file);

        Assert.Contains("ECI006", run.Output);
        Assert.DoesNotContain('\u001b', run.All);
        Assert.DoesNotContain('\u0007', run.All);
    }

    [Theory]
    [InlineData("not valid JSON", "{\"Container\": [")]
    [InlineData("holds a JSON array", "[{\"Container\": []}]")]
    [InlineData("none of the keys of an ECI request", "{\"Name\": \"x\"}")]
    [InlineData("Container[0].Image must be a string, but it is a Int64.", "{\"Container\": [{\"Image\": 5}]}")]
    [InlineData("the key 'Container' appears twice", "{\"Container\": [], \"Container\": []}")]
    public async Task A_file_that_is_not_a_request_exits_2_and_says_why(string expected, string content)
    {
        var run = await ToolRunner.RunAsync("preflight", File("bad.json", content));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unreadable: ", run.Output);
        Assert.Contains(expected, run.Output);
    }

    [Theory]
    [InlineData("needs at least one request file", "preflight")]
    [InlineData("only apply to the network check", "preflight", "r.json", "--platform", "linux/arm64")]
    [InlineData("Standard input (-) can be read only once", "preflight", "-", "-")]
    [InlineData("--editorconfig 'nope' is not a file", "preflight", "r.json", "--editorconfig", "nope")]
    public async Task Bad_arguments_exit_2_with_a_message_naming_the_problem(string expected, params string[] args)
    {
        var run = await ToolRunner.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Contains("eci-pull preflight --help", run.Error);
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var run = await ToolRunner.RunAsync("preflight", Path.Combine(_directory, "absent.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Output);
    }
}
