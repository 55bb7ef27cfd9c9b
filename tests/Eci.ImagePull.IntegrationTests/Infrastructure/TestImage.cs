using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Eci.ImagePull.IntegrationTests.Infrastructure;

/// <summary>A blob the tests push: its bytes, digest and media type.</summary>
internal sealed record TestBlob(byte[] Content, string MediaType)
{
    /// <summary>The sha256 digest of <see cref="Content"/>.</summary>
    public string Digest { get; } = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Content));
}

/// <summary>
/// A small OCI image built in memory: random layer bytes (the registry does not look inside layers), a config
/// naming the platform, and the manifest. Every image is different, so tests never share blobs by accident.
/// </summary>
internal sealed class TestImage
{
    private TestImage(string os, string architecture, TestBlob config, IReadOnlyList<TestBlob> layers, TestBlob manifest)
    {
        Os = os;
        Architecture = architecture;
        Config = config;
        Layers = layers;
        Manifest = manifest;
    }

    /// <summary>Operating system in the config and index entry.</summary>
    public string Os { get; }

    /// <summary>Architecture in the config and index entry.</summary>
    public string Architecture { get; }

    /// <summary>The config blob.</summary>
    public TestBlob Config { get; }

    /// <summary>The layer blobs.</summary>
    public IReadOnlyList<TestBlob> Layers { get; }

    /// <summary>The manifest, as a blob (its digest is the image digest).</summary>
    public TestBlob Manifest { get; }

    /// <summary>
    /// Builds an image with <paramref name="layerCount"/> random layers of <paramref name="layerSize"/> bytes, with OCI
    /// media types or, when <paramref name="docker"/> is set, Docker schema-2 ones.
    /// </summary>
    public static TestImage Create(string os = "linux", string architecture = "amd64", int layerCount = 2, int layerSize = 4096, bool docker = false)
    {
        var layerType = docker ? "application/vnd.docker.image.rootfs.diff.tar.gzip" : "application/vnd.oci.image.layer.v1.tar+gzip";
        var configType = docker ? "application/vnd.docker.container.image.v1+json" : "application/vnd.oci.image.config.v1+json";
        var manifestType = docker ? "application/vnd.docker.distribution.manifest.v2+json" : "application/vnd.oci.image.manifest.v1+json";
        var layers = Enumerable.Range(0, layerCount)
            .Select(_ => new TestBlob(RandomNumberGenerator.GetBytes(layerSize), layerType))
            .ToArray();
        var config = new TestBlob(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["architecture"] = architecture,
            ["os"] = os,
            ["created"] = DateTime.UtcNow.ToString("O"),
            ["rootfs"] = new Dictionary<string, object>
            {
                ["type"] = "layers",
                ["diff_ids"] = layers.Select(l => l.Digest).ToArray(),
            },
        }), configType);
        var manifest = new Dictionary<string, object>
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = manifestType,
            ["config"] = Descriptor(config),
            ["layers"] = layers.Select(Descriptor).ToArray(),
        };
        var manifestBlob = new TestBlob(JsonSerializer.SerializeToUtf8Bytes(manifest), manifestType);
        return new TestImage(os, architecture, config, layers, manifestBlob);
    }

    /// <summary>Builds an OCI index (or, for Docker-typed images, a Docker manifest list) over <paramref name="images"/>.</summary>
    public static TestBlob Index(params TestImage[] images)
    {
        var indexType = images[0].Manifest.MediaType.Contains("docker", StringComparison.Ordinal)
            ? "application/vnd.docker.distribution.manifest.list.v2+json"
            : "application/vnd.oci.image.index.v1+json";
        var index = new Dictionary<string, object>
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = indexType,
            ["manifests"] = images.Select(image => new Dictionary<string, object>
            {
                ["mediaType"] = image.Manifest.MediaType,
                ["digest"] = image.Manifest.Digest,
                ["size"] = image.Manifest.Content.Length,
                ["platform"] = new Dictionary<string, object> { ["os"] = image.Os, ["architecture"] = image.Architecture },
            }).ToArray(),
        };
        return new TestBlob(JsonSerializer.SerializeToUtf8Bytes(index), indexType);
    }

    private static Dictionary<string, object> Descriptor(TestBlob blob) => new()
    {
        ["mediaType"] = blob.MediaType,
        ["digest"] = blob.Digest,
        ["size"] = blob.Content.Length,
    };

    /// <summary>All blobs of the image except the manifest.</summary>
    public IEnumerable<TestBlob> Blobs => Layers.Prepend(Config);

    /// <summary>Readable summary for assertion messages.</summary>
    public override string ToString() => $"{Os}/{Architecture} {Manifest.Digest}";
}
