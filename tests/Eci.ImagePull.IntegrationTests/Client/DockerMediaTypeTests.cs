using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Client;

/// <summary>Docker schema-2 manifests and manifest lists, as most existing registries hold them.</summary>
public sealed class DockerMediaTypeTests : IClassFixture<PlainHttpRegistryFixture>
{
    private readonly PlainHttpRegistryFixture _fixture;

    public DockerMediaTypeTests(PlainHttpRegistryFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Docker_manifest_list_resolves_to_the_platform_and_its_schema2_manifest()
    {
        var amd64 = TestImage.Create("linux", "amd64", docker: true);
        var arm64 = TestImage.Create("linux", "arm64", docker: true);
        TestBlob list;
        using (var pusher = new TestPusher(_fixture.Registry))
        {
            list = await pusher.PushIndexAsync("docker/multi", "v1", amd64, arm64);
        }

        using var client = Clients.For(_fixture, RegistryTransport.PlainHttp, platform: ImagePlatform.Parse("linux/arm64"));
        var image = await client.ResolveAsync(_fixture.Image("docker/multi:v1"));
        Assert.Equal(ManifestMediaTypes.DockerManifestList, image.Index!.MediaType);
        Assert.Equal(list.Digest, image.Digest.ToString());
        Assert.Equal(ManifestMediaTypes.DockerManifest, image.Manifest.MediaType);
        Assert.Equal(arm64.Manifest.Digest, image.Manifest.Digest.ToString());
        Assert.Equal(arm64.Config.Content, await client.GetBlobBytesAsync(_fixture.Repository("docker/multi"), image.Manifest.Config!));
    }
}
