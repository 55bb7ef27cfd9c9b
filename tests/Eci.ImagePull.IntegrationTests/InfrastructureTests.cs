using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests;

/// <summary>The test registries really run in the mode they claim (checked with a bare HttpClient).</summary>
public sealed class InfrastructureTests
{
    private static HttpClient TrustingClient()
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        return new HttpClient(handler);
    }

    [Fact]
    public async Task Plain_http_registry_serves_the_pushed_manifest_anonymously()
    {
        var fixture = new PlainHttpRegistryFixture();
        await fixture.InitializeAsync();
        try
        {
            using var client = TrustingClient();
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Registry.BaseUri, "v2/demo/app/manifests/latest"));
            request.Headers.Accept.ParseAdd("application/vnd.oci.image.manifest.v1+json");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(fixture.App.Manifest.Content, await response.Content.ReadAsByteArrayAsync());
            Assert.True(File.Exists(fixture.Registry.BlobDataPath(fixture.App.Layers[0].Digest)));
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    [Fact]
    public async Task Self_signed_registry_speaks_tls_with_the_test_certificate()
    {
        var fixture = new SelfSignedTlsRegistryFixture();
        await fixture.InitializeAsync();
        try
        {
            Assert.Equal("https", fixture.Registry.Scheme);
            using var verifying = new HttpClient();
            await Assert.ThrowsAsync<HttpRequestException>(() => verifying.GetAsync(new Uri(fixture.Registry.BaseUri, "v2/")));
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    [Fact]
    public async Task Token_registry_challenges_with_bearer_realm_of_the_token_server()
    {
        var fixture = new TokenAuthRegistryFixture();
        await fixture.InitializeAsync();
        try
        {
            using var client = TrustingClient();
            using var response = await client.GetAsync(new Uri(fixture.Registry.BaseUri, "v2/"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var challenge = response.Headers.WwwAuthenticate.Single();
            Assert.Equal("Bearer", challenge.Scheme);
            Assert.Contains(fixture.Tokens!.Realm, challenge.Parameter);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    [Fact]
    public async Task Redirecting_registry_answers_blob_get_with_307_to_the_blob_server()
    {
        var fixture = new RedirectingRegistryFixture();
        await fixture.InitializeAsync();
        try
        {
            using var client = TrustingClient();
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Registry.BaseUri, "v2/demo/app/blobs/" + fixture.App.Layers[0].Digest));
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(RegistryFixture.User + ":" + RegistryFixture.Password)));
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
            Assert.StartsWith(fixture.BlobServer!.BaseUrl, response.Headers.Location!.ToString());
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }
}
