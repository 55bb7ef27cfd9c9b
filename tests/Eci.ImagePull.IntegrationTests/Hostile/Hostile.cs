using System.IO;
using System.Text;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary>Shared pieces of the hostile-server tests: clients with short timeouts, known secrets and the checks on them.</summary>
internal static class Hostile
{
    /// <summary>A bearer token the hostile token server hands out; it must never be printed.</summary>
    public const string Token = "hostile-token-never-printed-91c2";

    /// <summary>The path of the test repository.</summary>
    public const string Repository = "demo/app";

    /// <summary>The credential the tests configure (the shared test password).</summary>
    public static RegistryCredential Credential => new(RegistryFixture.User, RegistryFixture.Password, "test");

    /// <summary>The Basic header value for <see cref="Credential"/>.</summary>
    public static string BasicValue => Convert.ToBase64String(Encoding.UTF8.GetBytes(RegistryFixture.User + ":" + RegistryFixture.Password));

    /// <summary>
    /// A client that reaches <paramref name="plainHttp"/> over plain HTTP (and <paramref name="insecure"/> over
    /// unverified HTTPS) with the test credential and short timeouts, so misbehaviour fails fast.
    /// </summary>
    public static RegistryClient Client(string? plainHttp, string? insecure = null, Action<RegistryClientOptions>? configure = null)
    {
        var options = new RegistryClientOptions
        {
            Transports = new RegistryTransportPolicy(plainHttp, insecure),
            Credentials = _ => Credential,
            RequestTimeout = TimeSpan.FromSeconds(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            BlobTimeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return new RegistryClient(options);
    }

    /// <summary>The registry address of a hostile server.</summary>
    public static RegistryAddress Registry(this HostileServer server) => RegistryAddress.Parse(server.Address);

    /// <summary>A descriptor for a test blob.</summary>
    public static ContentDescriptor Descriptor(this TestBlob blob) => new(blob.MediaType, ContentDigest.Parse(blob.Digest), blob.Content.Length);

    /// <summary>A random layer-like blob.</summary>
    public static TestBlob Blob(int size = 64 * 1024) => TestImage.Create(layerCount: 1, layerSize: size).Layers[0];

    /// <summary>Asserts that neither the message nor the full ToString (inner exceptions, stack) holds a secret.</summary>
    public static void AssertNoSecret(Exception error)
    {
        AssertNoSecret(error.Message);
        AssertNoSecret(error.ToString());
    }

    /// <summary>Asserts that the text holds neither the password, the Basic header value nor the token.</summary>
    public static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(RegistryFixture.Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(BasicValue, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
    }

    /// <summary>Asserts that a failed download left nothing in <paramref name="directory"/> (no blob, no partial file).</summary>
    public static void AssertEmpty(string directory)
    {
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
        Assert.Empty(files);
    }

    /// <summary>Answers 401 with a Basic challenge unless the request carries the test credential; true when it does.</summary>
    public static async Task<bool> RequireBasicAsync(HostileRequest request, HostileResponse response)
    {
        if (request.Header("Authorization") == "Basic " + BasicValue)
        {
            return true;
        }

        await response.SendAsync(401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}",
            ("WWW-Authenticate", "Basic realm=\"hostile\""), ("Content-Type", "application/json"));
        return false;
    }
}
