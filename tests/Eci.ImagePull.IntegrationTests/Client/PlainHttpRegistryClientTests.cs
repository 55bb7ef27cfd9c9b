using System.IO;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Client;

/// <summary>The client against a plain-HTTP registry: PlainHttpRegistry works, nothing else silently does.</summary>
public sealed class PlainHttpRegistryClientTests : IClassFixture<PlainHttpRegistryFixture>
{
    private readonly PlainHttpRegistryFixture _fixture;

    public PlainHttpRegistryClientTests(PlainHttpRegistryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Listed_in_PlainHttpRegistry_resolves_the_tag_to_the_pushed_digest()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var image = await client.ResolveAsync(_fixture.Image("demo/app:latest"));
        Assert.Equal(_fixture.App.Manifest.Digest, image.Digest.ToString());
        Assert.Null(image.Index);
        Assert.Equal(_fixture.App.Layers.Select(l => l.Digest), image.Manifest.Layers.Select(l => l.Digest.ToString()));
        var config = await client.GetBlobBytesAsync(_fixture.Repository("demo/app"), image.Manifest.Config!);
        Assert.Equal(_fixture.App.Config.Content, config);
    }

    [Theory]
    [InlineData(RegistryTransport.Https)]
    [InlineData(RegistryTransport.HttpsWithoutVerification)]
    public async Task Not_listed_in_PlainHttpRegistry_fails_with_a_tls_error_and_never_falls_back_to_http(RegistryTransport transport)
    {
        using var client = Clients.For(_fixture, transport);
        var error = await Assert.ThrowsAsync<RegistryConnectionException>(() => client.ResolveAsync(_fixture.Image("demo/app:latest")));
        Assert.Equal(RegistryFailure.TlsHandshakeFailed, error.Failure);
        Assert.Equal(transport, error.Transport);
        Assert.Contains("https://" + _fixture.Address, error.Message);
    }

    [Theory]
    [InlineData("demo/app", "no-such-tag", "MANIFEST_UNKNOWN")]
    // Distribution 2.8 answers an unknown repository's manifest with MANIFEST_UNKNOWN too (NAME_UNKNOWN only for tag lists).
    [InlineData("demo/nothing-here", "latest", "MANIFEST_UNKNOWN")]
    public async Task Missing_tag_or_repository_is_NotFound_with_the_registry_error_code(string repository, string tag, string code)
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var error = await Assert.ThrowsAsync<RegistryNotFoundException>(() => client.ResolveAsync(_fixture.Image(repository + ":" + tag)));
        Assert.Contains(error.Errors, e => e.Code == code);
        Assert.Contains(repository + ":" + tag, error.Message);
    }

    [Fact]
    public async Task Index_resolves_to_linux_amd64_by_default()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var image = await client.ResolveAsync(_fixture.Image("demo/multi:latest"));
        Assert.Equal(_fixture.MultiIndex.Digest, image.Digest.ToString());
        Assert.Equal(_fixture.MultiAmd64.Manifest.Digest, image.Manifest.Digest.ToString());
        Assert.Equal("linux/amd64", image.Platform!.ToString());
    }

    [Fact]
    public async Task Index_resolves_to_the_configured_platform()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp, platform: ImagePlatform.Parse("linux/arm64"));
        var image = await client.ResolveAsync(_fixture.Image("demo/multi:latest"));
        Assert.Equal(_fixture.MultiArm64.Manifest.Digest, image.Manifest.Digest.ToString());
        Assert.Equal(_fixture.MultiIndex.Digest, image.Digest.ToString());
    }

    [Fact]
    public async Task Index_without_the_platform_names_the_available_ones()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp, platform: ImagePlatform.Parse("linux/s390x"));
        var error = await Assert.ThrowsAsync<RegistryException>(() => client.ResolveAsync(_fixture.Image("demo/multi:latest")));
        Assert.Equal(RegistryFailure.PlatformNotFound, error.Failure);
        Assert.Contains("linux/amd64", error.Message);
        Assert.Contains("linux/arm64", error.Message);
    }

    [Fact]
    public async Task Head_reports_the_digest_without_downloading()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var descriptor = await client.HeadManifestAsync(_fixture.Image("demo/app:latest"));
        Assert.Equal(_fixture.App.Manifest.Digest, descriptor.Digest.ToString());
        Assert.Equal(_fixture.App.Manifest.Content.Length, descriptor.Size);
    }

    [Fact]
    public async Task Resolving_by_digest_verifies_and_returns_the_same_manifest()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var manifest = await client.GetManifestAsync(_fixture.Image("demo/app@" + _fixture.App.Manifest.Digest));
        Assert.Equal(_fixture.App.Manifest.Content, manifest.Content);
    }

    [Fact]
    public async Task Blob_download_to_file_resumes_a_partial_file_and_verifies_it()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var layer = _fixture.App.Layers[0];
        var descriptor = new ContentDescriptor(layer.MediaType, ContentDigest.Parse(layer.Digest), layer.Content.Length);
        var directory = Directory.CreateTempSubdirectory("eci-blob-").FullName;
        try
        {
            var path = Path.Combine(directory, "layer");
            await File.WriteAllBytesAsync(path + ".partial", layer.Content.Take(1000).ToArray());
            var reported = new List<long>();
            var downloaded = await client.DownloadBlobToFileAsync(_fixture.Repository("demo/app"), descriptor, path, new SyncProgress(reported.Add));
            Assert.True(downloaded);
            Assert.Equal(layer.Content, await File.ReadAllBytesAsync(path));
            Assert.False(File.Exists(path + ".partial"));
            Assert.Equal(1000, reported.First());
            Assert.Equal(layer.Content.Length, reported.Last());

            var again = await client.DownloadBlobToFileAsync(_fixture.Repository("demo/app"), descriptor, path);
            Assert.False(again);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    [Fact]
    public async Task Corrupted_blob_in_registry_storage_is_a_digest_mismatch_and_nothing_is_kept()
    {
        var image = TestImage.Create(layerCount: 1);
        using (var pusher = new TestPusher(_fixture.Registry))
        {
            await pusher.PushAsync("demo/corrupt-blob", image);
        }

        var layer = image.Layers[0];
        var stored = _fixture.Registry.BlobDataPath(layer.Digest);
        var tampered = (byte[])layer.Content.Clone();
        tampered[10] ^= 0xFF;
        await File.WriteAllBytesAsync(stored, tampered);

        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var descriptor = new ContentDescriptor(layer.MediaType, ContentDigest.Parse(layer.Digest), layer.Content.Length);
        var directory = Directory.CreateTempSubdirectory("eci-blob-").FullName;
        try
        {
            var path = Path.Combine(directory, "layer");
            var error = await Assert.ThrowsAsync<RegistryDigestMismatchException>(
                () => client.DownloadBlobToFileAsync(_fixture.Repository("demo/corrupt-blob"), descriptor, path));
            Assert.Equal(layer.Digest, error.Expected);
            Assert.Equal(RegistryFailure.DigestMismatch, error.Failure);
            Assert.Empty(Directory.GetFiles(directory));
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    [Fact]
    public async Task Corrupted_manifest_in_registry_storage_is_a_digest_mismatch()
    {
        var image = TestImage.Create(layerCount: 1);
        using (var pusher = new TestPusher(_fixture.Registry))
        {
            await pusher.PushAsync("demo/corrupt-manifest", image);
        }

        var stored = _fixture.Registry.BlobDataPath(image.Manifest.Digest);
        var text = System.Text.Encoding.UTF8.GetString(image.Manifest.Content).Replace("\"schemaVersion\":2", "\"schemaVersion\": 2");
        await File.WriteAllTextAsync(stored, text);

        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var byTag = await Assert.ThrowsAsync<RegistryDigestMismatchException>(() => client.ResolveAsync(_fixture.Image("demo/corrupt-manifest:latest")));
        Assert.Equal(image.Manifest.Digest, byTag.Expected);
        var byDigest = await Assert.ThrowsAsync<RegistryDigestMismatchException>(() => client.GetManifestAsync(_fixture.Image("demo/corrupt-manifest@" + image.Manifest.Digest)));
        Assert.Equal(image.Manifest.Digest, byDigest.Expected);
    }

    [Fact]
    public async Task Manifest_larger_than_the_limit_is_refused()
    {
        var options = new RegistryClientOptions { Transports = new RegistryTransportPolicy(_fixture.Address, null), MaxManifestBytes = 100 };
        using var client = new RegistryClient(options);
        var error = await Assert.ThrowsAsync<RegistryException>(() => client.GetManifestAsync(_fixture.Image("demo/app:latest")));
        Assert.Equal(RegistryFailure.LimitExceeded, error.Failure);
    }

    [Fact]
    public async Task Ping_reports_anonymous_access()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var ping = await client.PingAsync(_fixture.Address());
        Assert.True(ping.IsAnonymous);
        Assert.Equal(RegistryTransport.PlainHttp, ping.Transport);
    }

    /// <summary>Progress that reports synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
