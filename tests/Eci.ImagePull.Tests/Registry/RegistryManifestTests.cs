using System.Text;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Tests.Registry;

public sealed class RegistryManifestTests
{
    private const string Digest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

    private static RegistryManifest Parse(string? contentType, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return RegistryManifest.Parse(contentType, ContentDigest.Sha256Of(bytes), bytes);
    }

    [Fact]
    public void Docker_manifest_list_entries_carry_their_platforms()
    {
        var manifest = Parse(ManifestMediaTypes.DockerManifestList, $$"""
            {"schemaVersion":2,"manifests":[
              {"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"{{Digest}}","size":7,"platform":{"os":"linux","architecture":"arm","variant":"v7"} } ] }
            """);
        Assert.True(manifest.IsIndex);
        Assert.Equal("linux/arm/v7", manifest.Manifests.Single().Platform!.ToString());
    }

    [Fact]
    public void Media_type_comes_from_the_body_when_the_header_is_generic()
    {
        var manifest = Parse("application/json", $$"""
            {"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json",
             "config":{"mediaType":"application/vnd.docker.container.image.v1+json","digest":"{{Digest}}","size":2},"layers":[]}
            """);
        Assert.Equal(ManifestMediaTypes.DockerManifest, manifest.MediaType);
        Assert.Equal(2, manifest.Config!.Size);
    }

    [Theory]
    [InlineData(null, "{\"schemaVersion\":1,\"name\":\"x\",\"fsLayers\":[]}", "schema 1")]
    [InlineData(null, "[1,2]", "not a JSON object")]
    [InlineData(null, "{", "not valid JSON")]
    [InlineData("application/vnd.oci.image.manifest.v1+json", "{\"schemaVersion\":2,\"layers\":[]}", "no config")]
    [InlineData("application/vnd.oci.image.manifest.v1+json", "{\"config\":{\"digest\":\"sha256:abc\",\"size\":1}}", "invalid or unsupported digest")]
    [InlineData("application/vnd.oci.image.manifest.v1+json", "{\"config\":{\"digest\":\"" + Digest + "\",\"size\":-1}}", "no valid size")]
    [InlineData("application/vnd.oci.artifact.foo", "{}", "Unsupported manifest media type")]
    public void Unusable_manifests_are_rejected_with_the_reason(string? contentType, string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => Parse(contentType, json));
        Assert.Contains(reason, error.Message);
    }
}
