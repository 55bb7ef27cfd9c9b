using System.IO;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Client;

/// <summary>Blob GETs that the registry redirects to another host (like ACR to OSS).</summary>
public sealed class RedirectRegistryClientTests : IClassFixture<RedirectingRegistryFixture>
{
    private readonly RedirectingRegistryFixture _fixture;

    public RedirectRegistryClientTests(RedirectingRegistryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Redirected_blobs_are_downloaded_and_the_registry_authorization_stays_behind()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp, Clients.GoodCredential);
        var image = await client.ResolveAsync(_fixture.Image("demo/app:latest"));
        using var layer = new MemoryStream();
        await client.DownloadBlobAsync(_fixture.Repository("demo/app"), image.Manifest.Layers[1], layer);
        Assert.Equal(_fixture.App.Layers[1].Content, layer.ToArray());

        var blobs = _fixture.BlobServer!;
        lock (blobs.AuthorizationHeaders)
        {
            Assert.Contains(blobs.Served, p => p.Contains(_fixture.App.Layers[1].Digest.Substring(7)));
            Assert.Empty(blobs.AuthorizationHeaders);
        }
    }

    [Fact]
    public async Task Redirect_limit_is_enforced()
    {
        var options = new RegistryClientOptions
        {
            Transports = new RegistryTransportPolicy(_fixture.Address, null),
            Credentials = _ => Clients.GoodCredential,
            MaxRedirects = 0,
        };
        using var client = new RegistryClient(options);
        var image = await client.ResolveAsync(_fixture.Image("demo/app:latest"));
        var error = await Assert.ThrowsAsync<RegistryException>(() => client.GetBlobBytesAsync(_fixture.Repository("demo/app"), image.Manifest.Config!));
        Assert.Equal(RegistryFailure.LimitExceeded, error.Failure);
    }
}
