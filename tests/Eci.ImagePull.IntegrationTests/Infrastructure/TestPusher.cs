using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>
/// Test-only push helper (the library only pulls): monolithic blob uploads (POST, then PUT with the digest) and
/// manifest PUTs, straight over HTTP to a <see cref="RegistryServer"/>, with whatever Authorization the test
/// registry needs.
/// </summary>
internal sealed class TestPusher : IDisposable
{
    private readonly RegistryServer _registry;
    private readonly HttpClient _client;
    private readonly Func<string, AuthenticationHeaderValue?> _authorization;

    /// <summary>Creates a pusher; <paramref name="authorization"/> maps a repository to the header to send.</summary>
    public TestPusher(RegistryServer registry, Func<string, AuthenticationHeaderValue?>? authorization = null)
    {
        _registry = registry;
        _authorization = authorization ?? (_ => null);
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        // The pusher trusts the test registry's self-signed certificate; the code under test must not.
        handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        _client = new HttpClient(handler) { BaseAddress = registry.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>A pusher for an htpasswd registry that sends Basic credentials.</summary>
    public static TestPusher WithBasic(RegistryServer registry, string user, string password) =>
        new(registry, _ => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password))));

    /// <summary>A pusher for a token registry that gets push tokens straight from the test token server.</summary>
    public static TestPusher WithTokens(RegistryServer registry, TokenServer tokens) =>
        new(registry, repository => new AuthenticationHeaderValue("Bearer", tokens.IssueToken("pusher", repository, "pull", "push")));

    /// <summary>Pushes the image's blobs and its manifest under <paramref name="tag"/> (or only by digest when null).</summary>
    public async Task PushAsync(string repository, TestImage image, string? tag = "latest")
    {
        foreach (var blob in image.Blobs)
        {
            await PushBlobAsync(repository, blob);
        }

        await PushManifestAsync(repository, image.Manifest, tag ?? image.Manifest.Digest);
    }

    /// <summary>Pushes each image by digest, then the index over them under <paramref name="tag"/>.</summary>
    public async Task<TestBlob> PushIndexAsync(string repository, string tag, params TestImage[] images)
    {
        foreach (var image in images)
        {
            await PushAsync(repository, image, tag: null);
        }

        var index = TestImage.Index(images);
        await PushManifestAsync(repository, index, tag);
        return index;
    }

    /// <summary>Monolithic upload: POST opens the session, PUT with <c>digest</c> sends all bytes and commits.</summary>
    public async Task PushBlobAsync(string repository, TestBlob blob)
    {
        using var start = new HttpRequestMessage(HttpMethod.Post, $"v2/{repository}/blobs/uploads/");
        start.Headers.Authorization = _authorization(repository);
        using var started = await _client.SendAsync(start);
        await EnsureAsync(started, HttpStatusCode.Accepted, "start upload of " + blob.Digest);
        var location = new Uri(_registry.BaseUri, started.Headers.Location!);
        var separator = location.Query.Length == 0 ? "?" : "&";
        using var put = new HttpRequestMessage(HttpMethod.Put, location + separator + "digest=" + Uri.EscapeDataString(blob.Digest))
        {
            Content = new ByteArrayContent(blob.Content),
        };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        put.Headers.Authorization = _authorization(repository);
        using var committed = await _client.SendAsync(put);
        await EnsureAsync(committed, HttpStatusCode.Created, "commit blob " + blob.Digest);
    }

    /// <summary>PUTs a manifest (or index) under a tag or digest.</summary>
    public async Task PushManifestAsync(string repository, TestBlob manifest, string reference)
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, $"v2/{repository}/manifests/{reference}")
        {
            Content = new ByteArrayContent(manifest.Content),
        };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue(manifest.MediaType);
        put.Headers.Authorization = _authorization(repository);
        using var response = await _client.SendAsync(put);
        await EnsureAsync(response, HttpStatusCode.Created, $"put manifest {repository}:{reference}");
    }

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"Test push failed to {what}: {(int)response.StatusCode} {body}");
        }
    }

    /// <summary>Releases the HTTP client.</summary>
    public void Dispose() => _client.Dispose();
}
