using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Fixtures;

/// <summary>
/// One real registry shared by the tests of a class, with a single-platform image at <c>demo/app:latest</c>
/// and a two-platform OCI index (linux/amd64, linux/arm64) at <c>demo/multi:latest</c>.
/// Derived fixtures choose the mode.
/// </summary>
public abstract class RegistryFixture : IAsyncLifetime
{
    /// <summary>The user the authenticated modes accept.</summary>
    public const string User = "eci-tester";

    /// <summary>That user's password; tests assert it never shows up in any output.</summary>
    public const string Password = "S3cret-pa55-never-printed";

    internal RegistryServer Registry { get; private set; } = null!;

    internal TokenServer? Tokens { get; private set; }

    internal BlobFileServer? BlobServer { get; private set; }

    internal TestImage App { get; } = TestImage.Create();

    internal TestImage MultiAmd64 { get; } = TestImage.Create("linux", "amd64");

    internal TestImage MultiArm64 { get; } = TestImage.Create("linux", "arm64");

    internal TestBlob MultiIndex { get; private set; } = null!;

    /// <summary>host:port of the registry.</summary>
    public string Address => Registry.Address;

    internal abstract RegistryServerOptions Options();

    internal virtual TestPusher Pusher() => new(Registry);

    /// <summary>Starts the registry and pushes the shared images.</summary>
    public virtual async Task InitializeAsync()
    {
        var options = Options();
        Tokens = options.TokenServer;
        Registry = await RegistryServer.StartAsync(options);
        BlobServer?.ServeFrom(Registry.StorageDirectory);
        using var pusher = Pusher();
        await pusher.PushAsync("demo/app", App);
        MultiIndex = await pusher.PushIndexAsync("demo/multi", "latest", MultiAmd64, MultiArm64);
        await PushMoreAsync(pusher);
    }

    internal virtual Task PushMoreAsync(TestPusher pusher) => Task.CompletedTask;

    internal BlobFileServer StartBlobServer() => BlobServer = BlobFileServer.Start();

    /// <summary>Stops everything.</summary>
    public Task DisposeAsync()
    {
        Registry?.Dispose();
        Tokens?.Dispose();
        BlobServer?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Plain HTTP, anonymous.</summary>
public sealed class PlainHttpRegistryFixture : RegistryFixture
{
    internal override RegistryServerOptions Options() => new();
}

/// <summary>HTTPS with a self-signed certificate, anonymous.</summary>
public sealed class SelfSignedTlsRegistryFixture : RegistryFixture
{
    internal override RegistryServerOptions Options() => new() { Tls = true };
}

/// <summary>Plain HTTP with htpasswd Basic authentication.</summary>
public sealed class BasicAuthRegistryFixture : RegistryFixture
{
    internal override RegistryServerOptions Options()
    {
        var options = new RegistryServerOptions();
        options.BasicUsers[User] = Password;
        return options;
    }

    internal override TestPusher Pusher() => TestPusher.WithBasic(Registry, User, Password);
}

/// <summary>HTTPS (self-signed) with htpasswd Basic authentication.</summary>
public sealed class TlsBasicAuthRegistryFixture : RegistryFixture
{
    internal override RegistryServerOptions Options()
    {
        var options = new RegistryServerOptions { Tls = true };
        options.BasicUsers[User] = Password;
        return options;
    }

    internal override TestPusher Pusher() => TestPusher.WithBasic(Registry, User, Password);
}

/// <summary>
/// Self-signed HTTPS with Bearer tokens from a token server that speaks plain HTTP: the client must not send
/// credentials to that realm unless its host is in PlainHttpRegistry.
/// </summary>
public sealed class TlsTokenAuthRegistryFixture : RegistryFixture
{
    internal override RegistryServerOptions Options()
    {
        var tokens = TokenServer.Start();
        tokens.Users[User] = Password;
        return new RegistryServerOptions { Tls = true, TokenServer = tokens };
    }

    internal override TestPusher Pusher() => TestPusher.WithTokens(Registry, Tokens!);
}

/// <summary>Plain HTTP with Bearer token authentication from the test token server.</summary>
public sealed class TokenAuthRegistryFixture : RegistryFixture
{
    /// <summary>An identity (refresh) token the token server accepts for <see cref="RegistryFixture.User"/>.</summary>
    public const string IdentityToken = "identity-token-never-printed-7f3a";

    internal TestImage PublicImage { get; } = TestImage.Create();

    internal override RegistryServerOptions Options()
    {
        var tokens = TokenServer.Start();
        tokens.Users[User] = Password;
        tokens.RefreshTokens[IdentityToken] = User;
        return new RegistryServerOptions { TokenServer = tokens };
    }

    internal override TestPusher Pusher() => TestPusher.WithTokens(Registry, Tokens!);

    internal override Task PushMoreAsync(TestPusher pusher) => pusher.PushAsync("public/tool", PublicImage);
}

/// <summary>Plain HTTP whose blob GETs redirect (307) to a file server on another host name.</summary>
public sealed class RedirectingRegistryFixture : RegistryFixture
{
    internal override RegistryServerOptions Options()
    {
        var blobs = StartBlobServer();
        var options = new RegistryServerOptions { RedirectBaseUrl = blobs.BaseUrl };
        options.BasicUsers[User] = Password;
        return options;
    }

    internal override TestPusher Pusher() => TestPusher.WithBasic(Registry, User, Password);
}
