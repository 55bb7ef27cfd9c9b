using System.IO;
using System.Threading.Tasks;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Tests.Registry;

/// <summary>
/// The client takes parsed images and checked repositories; what is left to refuse before any request is a missing
/// argument or an image whose registry part names no address a connection could be made to.
/// </summary>
public sealed class RegistryClientArgumentTests
{
    private static readonly RegistryRepository Repository = new(RegistryAddress.Parse("127.0.0.1:1"), "team/app");

    private static readonly ContentDescriptor Blob = new("application/octet-stream", ContentDigest.Sha256Of(new byte[] { 1 }), 1);

    [Fact]
    public async Task Null_image_or_repository_is_refused_by_name_before_any_request()
    {
        using var client = new RegistryClient();

        Assert.Equal("image", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.ResolveAsync(null!))).ParamName);
        Assert.Equal("image", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetManifestAsync(null!))).ParamName);
        Assert.Equal("image", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.HeadManifestAsync(null!))).ParamName);
        Assert.Equal("repository", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.BlobExistsAsync(null!, Blob.Digest))).ParamName);
        Assert.Equal("repository", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetBlobBytesAsync(null!, Blob))).ParamName);
        Assert.Equal("repository", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.DownloadBlobAsync(null!, Blob, Stream.Null))).ParamName);
        Assert.Equal("repository", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.DownloadBlobToFileAsync(null!, Blob, "blob"))).ParamName);
        Assert.Equal("digest", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.BlobExistsAsync(Repository, null!))).ParamName);
        Assert.Equal("platform", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.ResolveAsync(ImageReference.Parse("127.0.0.1:1/team/app"), null!))).ParamName);
    }

    [Fact]
    public async Task Image_whose_registry_is_no_address_is_a_FormatException_before_any_request()
    {
        using var client = new RegistryClient();
        var image = ImageReference.Parse("registry.corp.example:99999/team/app:1");

        await Assert.ThrowsAsync<FormatException>(() => client.ResolveAsync(image));
        await Assert.ThrowsAsync<FormatException>(() => client.GetManifestAsync(image));
        await Assert.ThrowsAsync<FormatException>(() => client.HeadManifestAsync(image));
    }

    [Fact]
    public void Resolved_image_carries_the_image_its_repository_and_the_reference_asked_for()
    {
        var image = ImageReference.Parse("127.0.0.1:5000/team/app:1.0@sha256:" + new string('c', 64));
        var manifest = RegistryManifest.Parse(
            "application/vnd.oci.image.manifest.v1+json",
            ContentDigest.Parse("sha256:" + new string('c', 64)),
            """{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:0000000000000000000000000000000000000000000000000000000000000000","size":2},"layers":[]}"""u8.ToArray());

        var resolved = new ResolvedImage(image, null, manifest, null);

        Assert.Same(image, resolved.Image);
        Assert.Equal("127.0.0.1:5000/team/app", resolved.Repository.ToString());
        Assert.Equal(RegistryAddress.Parse("127.0.0.1:5000"), resolved.Registry);
        Assert.Equal("sha256:" + new string('c', 64), resolved.Reference);
    }
}
