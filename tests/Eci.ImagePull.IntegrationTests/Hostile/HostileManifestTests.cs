using System.Text;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary>Manifests from a registry that lies about size, digest and framing, or answers too slowly.</summary>
public sealed class HostileManifestTests : IDisposable
{
    private const string OciManifest = "application/vnd.oci.image.manifest.v1+json";

    /// <summary>Far more than any client may buffer; the server stops here if the client never hangs up.</summary>
    private const long Flood = 64L * 1024 * 1024;

    private readonly HostileServer _server = HostileServer.Start();
    private readonly TestImage _image = TestImage.Create();

    public void Dispose() => _server.Dispose();

    private Task<RegistryManifest> GetAsync(RegistryClient client) => client.GetManifestAsync(_server.Image("latest"));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Oversized_manifest_is_refused_without_buffering_it(bool declareLength)
    {
        var hungUp = new TaskCompletionSource<bool>();
        _server.Handler = async (_, response) =>
        {
            var headers = new List<(string, string)> { ("Content-Type", OciManifest) };
            if (declareLength)
            {
                headers.Add(("Content-Length", Flood.ToString()));
            }

            await response.HeadAsync(200, headers.ToArray());
            hungUp.TrySetResult(await response.StreamUntilClientHangsUpAsync(Encoding.ASCII.GetBytes(new string(' ', 64 * 1024)), Flood));
        };
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.LimitExceeded, error.Failure);
        Assert.Contains("4194304 byte limit", error.Message);
        // The client hung up long before the flood was over: it stopped reading at the limit.
        Assert.True(await hungUp.Task.WaitAsync(TimeSpan.FromSeconds(20)), "the client read the whole 64 MiB flood");
    }

    [Fact]
    public async Task Chunked_oversized_manifest_is_refused_without_buffering_it()
    {
        var hungUp = new TaskCompletionSource<bool>();
        var chunk = Encoding.ASCII.GetBytes($"10000\r\n{new string(' ', 0x10000)}\r\n");
        _server.Handler = async (_, response) =>
        {
            await response.HeadAsync(200, ("Content-Type", OciManifest), ("Transfer-Encoding", "chunked"));
            hungUp.TrySetResult(await response.StreamUntilClientHangsUpAsync(chunk, Flood));
        };
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.LimitExceeded, error.Failure);
        Assert.True(await hungUp.Task.WaitAsync(TimeSpan.FromSeconds(20)), "the client read the whole 64 MiB flood");
    }

    [Fact]
    public async Task Wrong_Docker_Content_Digest_is_a_digest_mismatch()
    {
        var other = TestImage.Create().Manifest.Digest;
        _server.Handler = (_, response) => response.SendAsync(200, _image.Manifest.Content, ("Content-Type", OciManifest), ("Docker-Content-Digest", other));
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryDigestMismatchException>(() => GetAsync(client));

        Assert.Equal(other, error.Expected);
        Assert.Equal(_image.Manifest.Digest, error.Actual);
        Assert.Contains("Docker-Content-Digest", error.Message);
    }

    [Fact]
    public async Task Manifest_fetched_by_digest_must_hash_to_that_digest_whatever_the_header_says()
    {
        var tampered = TestImage.Create().Manifest;
        // The header agrees with the tampered body, so only hashing the body against the requested digest catches it.
        _server.Handler = (_, response) => response.SendAsync(200, tampered.Content, ("Content-Type", OciManifest), ("Docker-Content-Digest", tampered.Digest));
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryDigestMismatchException>(() =>
            client.GetManifestAsync(_server.Image(_image.Manifest.Digest)));

        Assert.Equal(_image.Manifest.Digest, error.Expected);
        Assert.Equal(RegistryFailure.DigestMismatch, error.Failure);
    }

    [Fact]
    public async Task Truncated_manifest_is_a_broken_connection_not_a_parse_error()
    {
        _server.Handler = async (_, response) =>
        {
            await response.HeadAsync(200, ("Content-Type", OciManifest), ("Content-Length", (_image.Manifest.Content.Length + 100).ToString()));
            await response.BodyAsync(_image.Manifest.Content);
        };
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.Unreachable, error.Failure);
        Assert.Contains("broke while reading", error.Message);
    }

    [Fact]
    public async Task Slow_drip_manifest_body_times_out()
    {
        _server.Handler = async (_, response) =>
        {
            await response.HeadAsync(200, ("Content-Type", OciManifest), ("Content-Length", _image.Manifest.Content.Length.ToString()));
            await response.DripAsync(_image.Manifest.Content, TimeSpan.FromMilliseconds(100));
        };
        using var client = Hostile.Client(_server.Address, configure: o => o.RequestTimeout = TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<RegistryException>(() => GetAsync(client).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(RegistryFailure.Timeout, error.Failure);
    }

    [Fact]
    public async Task Slow_drip_status_line_and_headers_time_out()
    {
        _server.Handler = (_, response) => response.DripAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Padding: " + new string('x', 200) + "\r\n\r\n"), TimeSpan.FromMilliseconds(100));
        using var client = Hostile.Client(_server.Address, configure: o => o.RequestTimeout = TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<RegistryConnectionException>(() => GetAsync(client).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(RegistryFailure.Timeout, error.Failure);
    }

    [Fact]
    public async Task Garbage_status_line_is_a_typed_error()
    {
        _server.Handler = (_, response) => response.RawAsync(Encoding.ASCII.GetBytes("SPEAK FRIEND AND ENTER\r\n\r\n"));
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAnyAsync<RegistryException>(() => GetAsync(client));

        Assert.Equal(RegistryFailure.Unreachable, error.Failure);
    }
}
