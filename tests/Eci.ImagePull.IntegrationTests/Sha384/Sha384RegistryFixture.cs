using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Sha384;

/// <summary>
/// A plain-HTTP <c>docker-registry</c> holding <c>sha384/app:v1</c>, an OCI image whose config and layer are
/// addressed by sha384 digests. Distribution accepts such blobs (it verifies the upload with the digest's own
/// algorithm) and a manifest that names them, but stores every manifest under its sha256 digest.
/// </summary>
public sealed class Sha384RegistryFixture : RegistryFixture
{
    /// <summary>The repository of the sha384 image.</summary>
    public const string Repository = "sha384/app";

    /// <summary>The layer's bytes.</summary>
    public byte[] Layer { get; } = RandomNumberGenerator.GetBytes(70_000);

    /// <summary>The config's bytes.</summary>
    public byte[] Config { get; } = Encoding.UTF8.GetBytes("""{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}""");

    /// <summary>The manifest's bytes as pushed under the tag <c>v1</c>.</summary>
    public byte[] Manifest { get; private set; } = Array.Empty<byte>();

    /// <summary><c>sha384:</c> and the hex SHA-384 of <paramref name="content"/>.</summary>
    public static string Sha384(byte[] content) => "sha384:" + Convert.ToHexStringLower(SHA384.HashData(content));

    internal override RegistryServerOptions Options() => new();

    internal override async Task PushMoreAsync(TestPusher pusher)
    {
        using var client = new HttpClient { BaseAddress = Registry.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
        await PushBlobAsync(client, Config);
        await PushBlobAsync(client, Layer);
        Manifest = Encoding.UTF8.GetBytes(
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + $"\"config\":{{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"{Sha384(Config)}\",\"size\":{Config.Length}}},"
            + $"\"layers\":[{{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"{Sha384(Layer)}\",\"size\":{Layer.Length}}}]}}");
        using var put = new HttpRequestMessage(HttpMethod.Put, $"v2/{Repository}/manifests/v1") { Content = new ByteArrayContent(Manifest) };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.oci.image.manifest.v1+json");
        using var response = await client.SendAsync(put);
        await EnsureAsync(response, HttpStatusCode.Created, "put the sha384 image's manifest");
    }

    private static async Task PushBlobAsync(HttpClient client, byte[] content)
    {
        using var started = await client.PostAsync($"v2/{Repository}/blobs/uploads/", null);
        await EnsureAsync(started, HttpStatusCode.Accepted, "start a blob upload");
        var location = new Uri(client.BaseAddress!, started.Headers.Location!).ToString();
        var separator = location.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        using var put = new HttpRequestMessage(HttpMethod.Put, location + separator + "digest=" + Uri.EscapeDataString(Sha384(content)))
        {
            Content = new ByteArrayContent(content),
        };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var committed = await client.SendAsync(put);
        await EnsureAsync(committed, HttpStatusCode.Created, "commit a sha384 blob");
    }

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"Test push failed to {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
