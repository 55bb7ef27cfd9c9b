using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Client;

/// <summary>The client against htpasswd (Basic) registries, over HTTP and over self-signed HTTPS.</summary>
public sealed class BasicAuthRegistryClientTests : IClassFixture<BasicAuthRegistryFixture>, IClassFixture<TlsBasicAuthRegistryFixture>
{
    private readonly BasicAuthRegistryFixture _http;
    private readonly TlsBasicAuthRegistryFixture _tls;

    public BasicAuthRegistryClientTests(BasicAuthRegistryFixture http, TlsBasicAuthRegistryFixture tls)
    {
        _http = http;
        _tls = tls;
    }

    [Fact]
    public async Task Right_credentials_resolve_over_http()
    {
        using var client = Clients.For(_http, RegistryTransport.PlainHttp, Clients.GoodCredential);
        var image = await client.ResolveAsync(_http.Image("demo/app:latest"));
        Assert.Equal(_http.App.Manifest.Digest, image.Digest.ToString());
    }

    [Fact]
    public async Task Right_credentials_resolve_over_unverified_https()
    {
        using var client = Clients.For(_tls, RegistryTransport.HttpsWithoutVerification, Clients.GoodCredential);
        var image = await client.ResolveAsync(_tls.Image("demo/app:latest"));
        Assert.Equal(_tls.App.Manifest.Digest, image.Digest.ToString());
    }

    [Fact]
    public async Task No_credentials_is_AuthenticationRequired()
    {
        using var client = Clients.For(_http, RegistryTransport.PlainHttp);
        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => client.ResolveAsync(_http.Image("demo/app:latest")));
        Assert.Equal(RegistryFailure.AuthenticationRequired, error.Failure);
        Assert.Contains(_http.Address, error.Message);
    }

    [Fact]
    public async Task Wrong_password_is_CredentialsRejected_without_the_password_in_the_message()
    {
        using var client = Clients.For(_http, RegistryTransport.PlainHttp, Clients.WrongCredential);
        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => client.ResolveAsync(_http.Image("demo/app:latest")));
        Assert.Equal(RegistryFailure.CredentialsRejected, error.Failure);
        Assert.Contains(RegistryFixture.User, error.Message);
        Assert.DoesNotContain(RegistryFixture.Password, error.ToString());
    }

    [Fact]
    public async Task Ping_reports_the_basic_challenge()
    {
        using var client = Clients.For(_http, RegistryTransport.PlainHttp);
        var ping = await client.PingAsync(_http.Address());
        Assert.Equal("Basic", ping.AuthenticationScheme);
        Assert.False(ping.IsAnonymous);
    }
}
