using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary>
/// Answers that once crashed the tool (exit 134, a stack trace, every other verdict and the --json lost) or that
/// made <c>check</c> call an image pullable that container runtimes refuse. Each must be a typed failure of its own
/// image, and the other images of the same <c>check</c> are still reported.
/// </summary>
public sealed class HostileCheckIsolationTests : IClassFixture<PlainHttpRegistryFixture>, IDisposable
{
    private const string OciManifest = "application/vnd.oci.image.manifest.v1+json";
    private const string OciIndex = "application/vnd.oci.image.index.v1+json";

    private readonly PlainHttpRegistryFixture _http;
    private readonly HostileServer _server = HostileServer.Start();
    private readonly TestImage _image = TestImage.Create();

    public HostileCheckIsolationTests(PlainHttpRegistryFixture http) => _http = http;

    public void Dispose() => _server.Dispose();

    private static string Digest(byte[] content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));

    private string ConfigJson => $"{{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"{_image.Config.Digest}\",\"size\":{_image.Config.Content.Length}}}";

    private string LayerJson(long size) => $"{{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"{_image.Layers[0].Digest}\",\"size\":{size}}}";

    /// <summary>Serves <paramref name="manifest"/> as <paramref name="contentType"/> for every manifest request, with its true digest.</summary>
    private void ServeManifest(string manifest, string contentType)
    {
        var bytes = Encoding.UTF8.GetBytes(manifest);
        _server.Handler = (request, response) => request.Path.Contains("/manifests/", StringComparison.Ordinal)
            ? response.SendAsync(200, bytes, ("Content-Type", contentType), ("Docker-Content-Digest", Digest(bytes)))
            : response.SendAsync(200, _image.Config.Content);
    }

    private async Task<JsonElement> CheckHostileAndHonestAsync()
    {
        var run = await ToolRunner.RunAsync("check", "--json", "--no-diagnose", "--timeout", "3", "--plain-http", $"{_server.Address},{_http.Address}",
            $"{_server.Address}/{Hostile.Repository}:latest", $"{_http.Address}/demo/app:latest");
        Assert.True(run.ExitCode == 1, run.All);
        using var json = JsonDocument.Parse(run.Output);
        var images = json.RootElement.GetProperty("images");
        Assert.Equal(2, images.GetArrayLength());
        Assert.Equal("Pullable", images[1].GetProperty("outcome").GetString());
        return images[0].Clone();
    }

    [Fact]
    public async Task A_token_with_a_line_break_fails_its_image_and_the_other_image_is_still_checked()
    {
        var token = "abc\r\nX-Injected: yes";
        _server.Handler = (request, response) => request.Path.StartsWith("/token", StringComparison.Ordinal)
            ? response.SendAsync(200, JsonSerializer.Serialize(new Dictionary<string, string> { ["token"] = token }), ("Content-Type", "application/json"))
            : response.SendAsync(401, string.Empty, ("WWW-Authenticate", $"Bearer realm=\"{_server.BaseUrl}token\",service=\"hostile\""));

        var hostile = await CheckHostileAndHonestAsync();

        Assert.Equal("Failed", hostile.GetProperty("outcome").GetString());
        Assert.Contains("characters an HTTP header cannot carry", hostile.GetProperty("message").GetString());
        Assert.DoesNotContain(_server.Requests, r => r.Header("X-Injected") is not null);
    }

    [Fact]
    public async Task Layer_sizes_that_overflow_a_64_bit_sum_are_a_typed_error_not_a_crash()
    {
        ServeManifest($"{{\"schemaVersion\":2,\"mediaType\":\"{OciManifest}\",\"config\":{ConfigJson},\"layers\":[{LayerJson(long.MaxValue)},{LayerJson(long.MaxValue)}]}}", OciManifest);

        var hostile = await CheckHostileAndHonestAsync();

        Assert.Equal("Failed", hostile.GetProperty("outcome").GetString());
        Assert.Contains("add up to more than 2^63 bytes", hostile.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Pull_of_a_manifest_with_overflowing_sizes_is_a_one_line_error()
    {
        ServeManifest($"{{\"schemaVersion\":2,\"mediaType\":\"{OciManifest}\",\"config\":{ConfigJson},\"layers\":[{LayerJson(long.MaxValue)},{LayerJson(long.MaxValue)}]}}", OciManifest);
        var output = Directory.CreateTempSubdirectory("eci-overflow-").FullName;
        try
        {
            var run = await ToolRunner.RunAsync("pull", $"{_server.Address}/{Hostile.Repository}:latest", "--plain-http", _server.Address, "--timeout", "3", "--output", output);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("add up to more than 2^63 bytes", run.Error);
            Assert.Single(run.Error.TrimEnd().Split('\n'));
        }
        finally
        {
            Directory.Delete(output, true);
        }
    }

    [Theory]
    [InlineData(OciManifest)]
    [InlineData(OciIndex)]
    public async Task A_document_that_is_both_an_index_and_an_image_is_rejected_whatever_the_content_type(string contentType)
    {
        var child = $"{{\"mediaType\":\"{OciManifest}\",\"digest\":\"{_http.App.Manifest.Digest}\",\"size\":{_http.App.Manifest.Content.Length},\"platform\":{{\"os\":\"linux\",\"architecture\":\"amd64\"}}}}";
        ServeManifest($"{{\"schemaVersion\":2,\"config\":{ConfigJson},\"layers\":[{LayerJson(_image.Layers[0].Content.Length)}],\"manifests\":[{child}]}}", contentType);

        var hostile = await CheckHostileAndHonestAsync();

        Assert.NotEqual("Pullable", hostile.GetProperty("outcome").GetString());
        Assert.Contains("ambiguous", hostile.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_media_type_field_that_disagrees_with_the_content_type_is_rejected()
    {
        ServeManifest($"{{\"schemaVersion\":2,\"mediaType\":\"{OciIndex}\",\"config\":{ConfigJson},\"layers\":[{LayerJson(_image.Layers[0].Content.Length)}]}}", OciManifest);

        var hostile = await CheckHostileAndHonestAsync();

        Assert.NotEqual("Pullable", hostile.GetProperty("outcome").GetString());
        Assert.Contains($"mediaType field says '{OciIndex}'", hostile.GetProperty("message").GetString());
    }
}
