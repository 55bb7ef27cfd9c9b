using System.IO;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary>Blob redirects that loop, change origin or downgrade to plain HTTP.</summary>
public sealed class HostileRedirectTests : IClassFixture<BasicAuthRegistryFixture>, IDisposable
{
    private readonly BasicAuthRegistryFixture _real;
    private readonly HostileServer _registry = HostileServer.Start();
    private readonly HostileServer _storage = HostileServer.Start();
    private readonly TestBlob _blob = Hostile.Blob();
    private readonly string _directory = Directory.CreateTempSubdirectory("eci-hostile-").FullName;

    public HostileRedirectTests(BasicAuthRegistryFixture real) => _real = real;

    public void Dispose()
    {
        _registry.Dispose();
        _storage.Dispose();
        Directory.Delete(_directory, true);
    }

    private string BlobPath => $"/v2/{Hostile.Repository}/blobs/{_blob.Digest}";

    private Task<bool> DownloadAsync(RegistryClient client, HostileServer registry) =>
        client.DownloadBlobToFileAsync(registry.Repository(), _blob.Descriptor(), Path.Combine(_directory, "blob"));

    [Fact]
    public async Task Endless_redirects_stop_at_the_limit()
    {
        _registry.Handler = (request, response) =>
        {
            var hop = request.Path.StartsWith("/hop/", StringComparison.Ordinal) ? int.Parse(request.Path.Substring(5)) : 0;
            return response.RedirectAsync($"/hop/{hop + 1}", 302);
        };
        using var client = Hostile.Client(_registry.Address, configure: o => o.MaxRedirects = 4);

        var error = await Assert.ThrowsAsync<RegistryException>(() => DownloadAsync(client, _registry));

        Assert.Equal(RegistryFailure.LimitExceeded, error.Failure);
        Assert.Contains("More than 4 redirects", error.Message);
        Assert.Equal(5, _registry.Requests.Count);
        Hostile.AssertEmpty(_directory);
    }

    [Fact]
    public async Task Cyclic_redirects_stop_at_the_limit()
    {
        _registry.Handler = (request, response) => response.RedirectAsync(request.Path == "/a" ? _storage.BaseUrl + "b" : _registry.BaseUrl + "a");
        _storage.Handler = (_, response) => response.RedirectAsync(_registry.BaseUrl + "a", 301);
        using var client = Hostile.Client($"{_registry.Address},{_storage.Address}");

        var error = await Assert.ThrowsAsync<RegistryException>(() => DownloadAsync(client, _registry));

        Assert.Equal(RegistryFailure.LimitExceeded, error.Failure);
        Assert.Equal(6, _registry.Requests.Count + _storage.Requests.Count);
        Hostile.AssertEmpty(_directory);
    }

    /// <summary>Authorization is for the registry's origin (scheme, host and port) only.</summary>
    [Theory]
    [InlineData("storage-127")]
    [InlineData("storage-localhost")]
    [InlineData("registry-port-as-localhost")]
    public async Task Redirect_to_another_origin_gets_no_Authorization(string target)
    {
        var storageBase = target switch
        {
            "storage-127" => _storage.BaseUrl,
            "storage-localhost" => $"http://localhost:{_storage.Port}/",
            _ => $"http://localhost:{_registry.Port}/",
        };
        _registry.Handler = async (request, response) =>
        {
            if (request.Path.StartsWith("/storage/", StringComparison.Ordinal))
            {
                await response.SendAsync(200, _blob.Content);
            }
            else if (await Hostile.RequireBasicAsync(request, response))
            {
                await response.RedirectAsync(storageBase + "storage/" + _blob.Digest);
            }
        };
        _storage.Handler = (_, response) => response.SendAsync(200, _blob.Content);
        using var client = Hostile.Client(_registry.Address);

        Assert.True(await DownloadAsync(client, _registry));

        var storageRequests = _storage.Requests.Concat(_registry.Requests).Where(r => r.Path.StartsWith("/storage/", StringComparison.Ordinal)).ToList();
        Assert.Single(storageRequests);
        Assert.Null(storageRequests[0].Header("Authorization"));
        Assert.Contains(_registry.Requests, r => r.Path == BlobPath && r.Header("Authorization") is not null);
        Assert.Equal(_blob.Content, await File.ReadAllBytesAsync(Path.Combine(_directory, "blob")));
    }

    [Fact]
    public async Task Bearer_token_stays_behind_on_a_redirect_to_another_port()
    {
        _registry.Handler = async (request, response) =>
        {
            if (request.Path.StartsWith("/token", StringComparison.Ordinal))
            {
                await response.SendAsync(200, $"{{\"token\":\"{Hostile.Token}\"}}", ("Content-Type", "application/json"));
            }
            else if (request.Header("Authorization") != "Bearer " + Hostile.Token)
            {
                await response.SendAsync(401, string.Empty, ("WWW-Authenticate", $"Bearer realm=\"{_registry.BaseUrl}token\",service=\"hostile\""));
            }
            else
            {
                await response.RedirectAsync(_storage.BaseUrl + "blob");
            }
        };
        _storage.Handler = (_, response) => response.SendAsync(200, _blob.Content);
        using var client = Hostile.Client(_registry.Address);

        Assert.True(await DownloadAsync(client, _registry));

        Assert.All(_storage.Requests, r => Assert.Null(r.Header("Authorization")));
        Assert.Single(_storage.Requests);
    }

    [Fact]
    public async Task Redirect_to_a_real_registry_does_not_carry_our_credential_there()
    {
        // The real registry wants the very credential the client holds, but it is another origin: it must get
        // no Authorization, so it answers 401 and the download fails with a clear error.
        var real = _real.App.Layers[0];
        _registry.Handler = async (request, response) =>
        {
            if (await Hostile.RequireBasicAsync(request, response))
            {
                await response.RedirectAsync($"http://{_real.Address}/v2/demo/app/blobs/{real.Digest}");
            }
        };
        using var client = Hostile.Client(_registry.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() =>
            client.DownloadBlobToFileAsync(_registry.Repository(), real.Descriptor(), Path.Combine(_directory, "blob")));

        Assert.Equal(HttpStatusCodeUnauthorized, (int?)error.StatusCode);
        Hostile.AssertNoSecret(error);
        Hostile.AssertEmpty(_directory);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Redirect_from_https_to_http_is_refused(bool targetListedAsPlainHttp)
    {
        using var tls = HostileServer.StartTls(TestCertificate.CreateForLoopback(_directory, "hostile").Certificate);
        File.Delete(Path.Combine(_directory, "hostile.crt"));
        File.Delete(Path.Combine(_directory, "hostile.key"));
        tls.Handler = async (request, response) =>
        {
            if (await Hostile.RequireBasicAsync(request, response))
            {
                await response.RedirectAsync(_storage.BaseUrl + "blob");
            }
        };
        _storage.Handler = (_, response) => response.SendAsync(200, _blob.Content);
        using var client = Hostile.Client(targetListedAsPlainHttp ? _storage.Address : null, insecure: tls.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => DownloadAsync(client, tls));

        Assert.Equal(RegistryFailure.ProtocolError, error.Failure);
        Assert.Contains("from HTTPS to plain HTTP", error.Message);
        Assert.Empty(_storage.Requests);
        Hostile.AssertNoSecret(error);
        Hostile.AssertEmpty(_directory);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/blob")]
    public async Task Redirect_to_another_scheme_is_refused(string location)
    {
        _registry.Handler = (_, response) => response.RedirectAsync(location);
        using var client = Hostile.Client(_registry.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => DownloadAsync(client, _registry));

        Assert.Equal(RegistryFailure.ProtocolError, error.Failure);
        Assert.Contains("unsupported scheme", error.Message);
        Hostile.AssertEmpty(_directory);
    }

    private const int HttpStatusCodeUnauthorized = 401;
}
