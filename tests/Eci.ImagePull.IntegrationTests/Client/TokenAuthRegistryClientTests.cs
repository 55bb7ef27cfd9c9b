using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Client;

/// <summary>The client against a registry with Bearer token authentication.</summary>
public sealed class TokenAuthRegistryClientTests : IClassFixture<TokenAuthRegistryFixture>
{
    private readonly TokenAuthRegistryFixture _fixture;

    public TokenAuthRegistryClientTests(TokenAuthRegistryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Anonymous_token_pulls_a_public_repository()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var image = await client.ResolveAsync(_fixture.Image("public/tool:latest"));
        Assert.Equal(_fixture.PublicImage.Manifest.Digest, image.Digest.ToString());
    }

    [Fact]
    public async Task Anonymous_token_for_a_private_repository_is_AuthenticationRequired()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => client.ResolveAsync(_fixture.Image("demo/app:latest")));
        Assert.Equal(RegistryFailure.AuthenticationRequired, error.Failure);
    }

    [Fact]
    public async Task Password_gets_a_token_once_per_scope_and_reuses_it()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp, Clients.GoodCredential);
        var before = _fixture.Tokens!.RequestCount;
        var image = await client.ResolveAsync(_fixture.Image("demo/multi:latest"));
        var config = await client.GetBlobBytesAsync(_fixture.Repository("demo/multi"), image.Manifest.Config!);
        await client.ResolveAsync(_fixture.Image("demo/multi:latest"));
        Assert.Equal(_fixture.MultiAmd64.Config.Content, config);
        Assert.Equal(1, _fixture.Tokens.RequestCount - before);
    }

    [Fact]
    public async Task Identity_token_uses_the_oauth2_refresh_token_grant()
    {
        var credential = new RegistryCredential("<token>", TokenAuthRegistryFixture.IdentityToken, "test");
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp, credential);
        var image = await client.ResolveAsync(_fixture.Image("demo/app:latest"));
        Assert.Equal(_fixture.App.Manifest.Digest, image.Digest.ToString());
        Assert.Contains("refresh_token", _fixture.Tokens!.Grants);
    }

    [Fact]
    public async Task Wrong_password_is_rejected_by_the_token_service_without_leaking_it()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp, Clients.WrongCredential);
        var error = await Assert.ThrowsAsync<RegistryAuthenticationException>(() => client.ResolveAsync(_fixture.Image("demo/app:latest")));
        Assert.Equal(RegistryFailure.CredentialsRejected, error.Failure);
        Assert.DoesNotContain(RegistryFixture.Password, error.ToString());
    }

    [Fact]
    public async Task Ping_reports_the_bearer_realm()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var ping = await client.PingAsync(_fixture.Address());
        Assert.Equal("Bearer", ping.AuthenticationScheme);
        Assert.Equal(_fixture.Tokens!.Realm, ping.Realm);
    }
}
