using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Pull;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Sha384;

/// <summary>
/// The sha384 digest path against a real <c>docker-registry</c>: blobs addressed by sha384 are fetched and verified
/// with SHA-384; a manifest asked for by its sha384 digest is unknown to the registry (it keys manifests by sha256),
/// which the client and the check report as a typed not-found, not a crash.
/// </summary>
public sealed class Sha384PullTests : IClassFixture<Sha384RegistryFixture>, IDisposable
{
    private readonly Sha384RegistryFixture _fixture;
    private readonly string _directory = Directory.CreateTempSubdirectory("eci-sha384-").FullName;

    public Sha384PullTests(Sha384RegistryFixture fixture) => _fixture = fixture;

    public void Dispose() => Directory.Delete(_directory, true);

    private static string Hex(byte[] content) => Convert.ToHexStringLower(SHA384.HashData(content));

    private ImageReference ByTag => _fixture.Image(Sha384RegistryFixture.Repository + ":v1");

    private ImageReference ByManifestSha384 => _fixture.Image(Sha384RegistryFixture.Repository + "@" + Sha384RegistryFixture.Sha384(_fixture.Manifest));

    [Fact]
    public async Task Blobs_addressed_by_sha384_are_found_downloaded_and_verified()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);

        var image = await client.ResolveAsync(ByTag);

        var config = image.Manifest.Config!;
        var layer = Assert.Single(image.Manifest.Layers);
        Assert.Equal("sha384", config.Digest.Algorithm);
        Assert.Equal("sha384", layer.Digest.Algorithm);
        Assert.True(await client.BlobExistsAsync(image.Repository, layer.Digest));
        Assert.Equal(_fixture.Config, await client.GetBlobBytesAsync(image.Repository, config));
        var path = Path.Combine(_directory, "layer");
        Assert.True(await client.DownloadBlobToFileAsync(image.Repository, layer, path));
        Assert.Equal(_fixture.Layer, await File.ReadAllBytesAsync(path));
        // Present and matching by SHA-384: kept without another download.
        Assert.False(await client.DownloadBlobToFileAsync(image.Repository, layer, path));
    }

    [Fact]
    public async Task The_registry_names_the_manifest_by_sha256_even_when_its_blobs_are_sha384()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);

        var image = await client.ResolveAsync(ByTag);

        Assert.Equal(ContentDigest.Sha256Of(_fixture.Manifest), image.Digest);
        Assert.Equal(_fixture.Manifest, image.Manifest.Content);
    }

    [Fact]
    public async Task A_sha384_blob_descriptor_whose_size_is_wrong_is_a_digest_mismatch_and_nothing_is_kept()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);
        var image = await client.ResolveAsync(ByTag);
        var layer = image.Manifest.Layers[0];
        var shorter = new ContentDescriptor(layer.MediaType, layer.Digest, layer.Size - 1);
        var path = Path.Combine(_directory, "short");

        var error = await Assert.ThrowsAsync<RegistryDigestMismatchException>(() => client.DownloadBlobToFileAsync(image.Repository, shorter, path));

        Assert.Contains(layer.Digest.ToString(), error.Message);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public async Task Manifest_asked_for_by_its_sha384_digest_is_a_typed_not_found()
    {
        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp);

        var error = await Assert.ThrowsAsync<RegistryNotFoundException>(() => client.ResolveAsync(ByManifestSha384));

        Assert.Equal(RegistryFailure.NotFound, error.Failure);
        Assert.Contains(error.Errors, e => e.Code == "MANIFEST_UNKNOWN");
        Assert.Contains(Sha384RegistryFixture.Repository + "@sha384:", error.Message);
    }

    [Fact]
    public async Task Pull_check_of_an_image_pinned_by_sha384_says_not_found_and_the_tag_still_pulls()
    {
        var request = new PullCheckRequest { PlainHttpRegistry = _fixture.Address };
        request.Images.Add(ByManifestSha384.ToString());
        request.Images.Add(ByTag.ToString());

        var report = await new PullCheck().CheckAsync(request);

        Assert.Equal(PullOutcome.NotFound, report.Results[0].Outcome);
        Assert.Equal(RegistryFailure.NotFound, report.Results[0].Failure);
        Assert.Contains($"{Sha384RegistryFixture.Repository}@{Sha384RegistryFixture.Sha384(_fixture.Manifest)} was not found on {_fixture.Address}", report.Results[0].Message);
        Assert.Contains("the manifest with that digest does not exist", report.Results[0].Message);
        Assert.Contains("MANIFEST_UNKNOWN", report.Results[0].Message);
        Assert.Equal(PullOutcome.Pullable, report.Results[1].Outcome);
    }

    [Fact]
    public async Task Eci_pull_writes_sha384_blobs_under_blobs_sha384()
    {
        var output = Path.Combine(_directory, "layout");

        var run = await ToolRunner.RunAsync("pull", ByTag.ToString(), "--plain-http", _fixture.Address, "--output", output);

        Assert.Equal(0, run.ExitCode);
        var blobs = Path.Combine(output, "blobs", "sha384");
        Assert.Equal(_fixture.Layer, await File.ReadAllBytesAsync(Path.Combine(blobs, Hex(_fixture.Layer))));
        Assert.Equal(_fixture.Config, await File.ReadAllBytesAsync(Path.Combine(blobs, Hex(_fixture.Config))));
        Assert.Equal(_fixture.Manifest, await File.ReadAllBytesAsync(Path.Combine(output, "blobs", "sha256", ContentDigest.Sha256Of(_fixture.Manifest).Hex)));
    }
}
