using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Client;

/// <summary>An HTTPS registry whose token service is plain HTTP: credentials are not sent there by default.</summary>
public sealed class TokenRealmTransportTests : IClassFixture<TlsTokenAuthRegistryFixture>
{
    private readonly TlsTokenAuthRegistryFixture _fixture;

    public TokenRealmTransportTests(TlsTokenAuthRegistryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Plain_http_realm_of_an_https_registry_is_refused_before_any_credential_is_sent()
    {
        using var client = Clients.For(_fixture, RegistryTransport.HttpsWithoutVerification, Clients.GoodCredential);
        var before = _fixture.Tokens!.RequestCount;
        var error = await Assert.ThrowsAsync<RegistryException>(() => client.ResolveAsync(_fixture.Image("demo/app:latest")));
        Assert.Equal(RegistryFailure.ProtocolError, error.Failure);
        Assert.Contains("plain HTTP", error.Message);
        Assert.Equal(before, _fixture.Tokens.RequestCount);
    }

    [Fact]
    public async Task Listing_the_realm_host_in_PlainHttpRegistry_allows_it()
    {
        var realm = new Uri(_fixture.Tokens!.Realm);
        var options = new RegistryClientOptions
        {
            Transports = new RegistryTransportPolicy($"{realm.Host}:{realm.Port}", _fixture.Address),
            Credentials = _ => Clients.GoodCredential,
        };
        using var client = new RegistryClient(options);
        var image = await client.ResolveAsync(_fixture.Image("demo/app:latest"));
        Assert.Equal(_fixture.App.Manifest.Digest, image.Digest.ToString());
    }
}
