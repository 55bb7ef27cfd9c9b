using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Client;

/// <summary>The client against HTTPS with a self-signed certificate: only InsecureRegistry works.</summary>
public sealed class TlsRegistryClientTests : IClassFixture<SelfSignedTlsRegistryFixture>
{
    private readonly SelfSignedTlsRegistryFixture _fixture;

    public TlsRegistryClientTests(SelfSignedTlsRegistryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Default_https_rejects_the_self_signed_certificate()
    {
        using var client = Clients.For(_fixture, RegistryTransport.Https);
        var error = await Assert.ThrowsAsync<RegistryConnectionException>(() => client.ResolveAsync(_fixture.Image("demo/app:latest")));
        Assert.Equal(RegistryFailure.CertificateNotTrusted, error.Failure);
        Assert.Contains("certificate", error.Message);
    }

    [Fact]
    public async Task Listed_in_InsecureRegistry_resolves_over_https_without_verification()
    {
        using var client = Clients.For(_fixture, RegistryTransport.HttpsWithoutVerification);
        var image = await client.ResolveAsync(_fixture.Image("demo/multi:latest"));
        Assert.Equal(_fixture.MultiAmd64.Manifest.Digest, image.Manifest.Digest.ToString());
        Assert.True(await client.BlobExistsAsync(_fixture.Repository("demo/multi"), image.Manifest.Layers[0].Digest));
    }

    [Fact]
    public async Task Listed_in_PlainHttpRegistry_is_told_that_the_registry_speaks_https()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var error = await Assert.ThrowsAsync<RegistryConnectionException>(() => client.PingAsync(_fixture.Address()));
        Assert.Equal(RegistryFailure.HttpsRequired, error.Failure);
    }
}
