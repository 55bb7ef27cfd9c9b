using System.IO;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Tool;

/// <summary><c>eci-pull pull</c> writes a verified OCI layout and resumes.</summary>
public sealed class PullCommandTests : IClassFixture<PlainHttpRegistryFixture>, IClassFixture<RedirectingRegistryFixture>, IDisposable
{
    private readonly PlainHttpRegistryFixture _http;
    private readonly RedirectingRegistryFixture _redirect;
    private readonly string _output = Directory.CreateTempSubdirectory("eci-oci-").FullName;

    public PullCommandTests(PlainHttpRegistryFixture http, RedirectingRegistryFixture redirect)
    {
        _http = http;
        _redirect = redirect;
    }

    public void Dispose() => Directory.Delete(_output, true);

    private string BlobFile(string digest) => Path.Combine(_output, "blobs", "sha256", digest.Substring(7));

    [Fact]
    public async Task Pull_writes_an_oci_layout_whose_blobs_match_their_digests()
    {
        var run = await ToolRunner.RunAsync("pull", $"{_http.Address}/demo/multi:latest", "--plain-http", _http.Address, "--platform", "linux/arm64", "--output", _output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 of 3 blob(s) downloaded", run.Output);
        Assert.Contains("downloaded sha256:", run.Error);

        using var index = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_output, "index.json")));
        var entry = index.RootElement.GetProperty("manifests")[0];
        Assert.Equal(_http.MultiArm64.Manifest.Digest, entry.GetProperty("digest").GetString());
        Assert.Equal("arm64", entry.GetProperty("platform").GetProperty("architecture").GetString());
        Assert.Equal("latest", entry.GetProperty("annotations").GetProperty("org.opencontainers.image.ref.name").GetString());
        Assert.Equal("{\"imageLayoutVersion\":\"1.0.0\"}", await File.ReadAllTextAsync(Path.Combine(_output, "oci-layout")));
        foreach (var file in Directory.GetFiles(Path.Combine(_output, "blobs", "sha256")))
        {
            Assert.Equal(Path.GetFileName(file), Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))));
        }

        Assert.Equal(4, Directory.GetFiles(Path.Combine(_output, "blobs", "sha256")).Length);
    }

    [Fact]
    public async Task Terminal_output_redraws_one_progress_line()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new Eci.Pull.Tool.ToolConsole(new StringReader(string.Empty), output, error, isTerminal: true, environment: _ => null);
        var code = await Eci.Pull.Tool.EciPullApp.RunAsync(
            new[] { "pull", $"{_http.Address}/demo/app:latest", "--plain-http", _http.Address, "--output", _output }, console, default);
        Assert.Equal(0, code);
        Assert.Contains("\r100%", error.ToString());
        Assert.DoesNotContain("downloaded sha256:", error.ToString());
    }

    [Fact]
    public async Task Second_pull_resumes_a_partial_blob_and_skips_complete_ones()
    {
        var first = await ToolRunner.RunAsync("pull", $"{_http.Address}/demo/app:latest", "--plain-http", _http.Address, "--output", _output);
        Assert.Equal(0, first.ExitCode);
        var layer = _http.App.Layers[1];
        File.Delete(BlobFile(layer.Digest));
        await File.WriteAllBytesAsync(BlobFile(layer.Digest) + ".partial", layer.Content.Take(layer.Content.Length / 2).ToArray());

        var second = await ToolRunner.RunAsync("pull", $"{_http.Address}/demo/app:latest", "--plain-http", _http.Address, "--output", _output, "--json");
        Assert.Equal(0, second.ExitCode);
        using var summary = JsonDocument.Parse(second.Output);
        Assert.Equal(1, summary.RootElement.GetProperty("downloaded").GetInt32());
        Assert.Equal(layer.Content, await File.ReadAllBytesAsync(BlobFile(layer.Digest)));
        Assert.False(File.Exists(BlobFile(layer.Digest) + ".partial"));
    }

    [Fact]
    public async Task Tampered_blob_fails_the_pull_and_is_not_kept()
    {
        var image = TestImage.Create(layerCount: 1);
        using (var pusher = new TestPusher(_http.Registry))
        {
            await pusher.PushAsync("demo/tampered", image);
        }

        var layer = image.Layers[0];
        var bytes = (byte[])layer.Content.Clone();
        bytes[^1] ^= 0x55;
        await File.WriteAllBytesAsync(_http.Registry.BlobDataPath(layer.Digest), bytes);

        var run = await ToolRunner.RunAsync("pull", $"{_http.Address}/demo/tampered:latest", "--plain-http", _http.Address, "--output", _output);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not match its digest", run.Error);
        Assert.False(File.Exists(BlobFile(layer.Digest)));
        Assert.False(File.Exists(BlobFile(layer.Digest) + ".partial"));
        Assert.False(File.Exists(Path.Combine(_output, "index.json")));
    }

    [Fact]
    public async Task Pull_through_redirects_with_credentials_never_prints_or_forwards_them()
    {
        var run = await ToolRunner.RunWithInputAsync(RegistryFixture.Password + "\n", "pull", $"{_redirect.Address}/demo/app:latest",
            "--plain-http", _redirect.Address, "--user", RegistryFixture.User, "--password-stdin", "--output", _output);
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(RegistryFixture.Password, run.All);
        lock (_redirect.BlobServer!.AuthorizationHeaders)
        {
            Assert.Empty(_redirect.BlobServer.AuthorizationHeaders);
        }

        Assert.Equal(_redirect.App.Layers[0].Content, await File.ReadAllBytesAsync(BlobFile(_redirect.App.Layers[0].Digest)));
    }

    [Fact]
    public async Task Https_registry_error_is_reported_without_fallback()
    {
        var run = await ToolRunner.RunAsync("pull", $"{_http.Address}/demo/app:latest", "--output", _output);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"https://{_http.Address}", run.Error);
        Assert.Contains($"pass --plain-http {_http.Address}", run.Error);
        Assert.False(File.Exists(Path.Combine(_output, "index.json")));
    }
}
