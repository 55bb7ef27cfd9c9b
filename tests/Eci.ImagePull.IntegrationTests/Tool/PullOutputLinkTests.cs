using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Tool;

/// <summary>
/// <c>pull --output DIR</c> where someone planted symbolic links in DIR (a shared machine, a shared volume): no write
/// may go through a link to a file outside DIR, and no link may end up in the layout as a "verified" blob.
/// </summary>
public sealed class PullOutputLinkTests : IClassFixture<PlainHttpRegistryFixture>, IDisposable
{
    private readonly PlainHttpRegistryFixture _http;
    private readonly string _scratch = Directory.CreateTempSubdirectory("eci-links-").FullName;

    public PullOutputLinkTests(PlainHttpRegistryFixture http)
    {
        _http = http;
        Directory.CreateDirectory(Output);
        Directory.CreateDirectory(Outside);
    }

    private string Output => Path.Combine(_scratch, "layout");

    /// <summary>Files here stand for anything the attacker wants overwritten (a victim's ~/.bashrc, say).</summary>
    private string Outside => Path.Combine(_scratch, "outside");

    public void Dispose() => Directory.Delete(_scratch, true);

    private Task<ToolRun> PullAsync() =>
        ToolRunner.RunAsync("pull", $"{_http.Address}/demo/app:latest", "--plain-http", _http.Address, "--output", Output);

    private string BlobFile(string digest) => Path.Combine(Output, "blobs", "sha256", digest.Substring(7));

    private string Victim(string name, string content = "the victim's own file\n")
    {
        var path = Path.Combine(Outside, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Links_planted_at_temporary_and_partial_names_are_not_written_through()
    {
        // A layout from an earlier pull, one of whose layers is gone again (so the next pull downloads it).
        Assert.Equal(0, (await PullAsync()).ExitCode);
        var layer = _http.App.Layers[0];
        File.Delete(BlobFile(layer.Digest));
        var victims = new Dictionary<string, string>
        {
            [Path.Combine(Output, "index.json.tmp")] = Victim("index-target"),
            [Path.Combine(Output, "oci-layout.tmp")] = Victim("layout-target"),
            [BlobFile(_http.App.Manifest.Digest) + ".tmp"] = Victim("manifest-target"),
            [BlobFile(layer.Digest) + ".partial"] = Victim("partial-target"),
        };
        foreach (var (link, target) in victims)
        {
            File.CreateSymbolicLink(link, target);
        }

        var run = await PullAsync();

        Assert.Equal(0, run.ExitCode);
        foreach (var target in victims.Values)
        {
            Assert.Equal("the victim's own file\n", await File.ReadAllTextAsync(target));
        }

        AssertRealFile(Path.Combine(Output, "index.json"));
        AssertRealFile(Path.Combine(Output, "oci-layout"));
        AssertVerifiedBlobs();
    }

    [Fact]
    public async Task A_link_at_a_blob_path_to_a_matching_file_outside_is_replaced_by_a_real_verified_blob()
    {
        var layer = _http.App.Layers[0];
        Directory.CreateDirectory(Path.Combine(Output, "blobs", "sha256"));
        var outside = Path.Combine(Outside, "lookalike");
        await File.WriteAllBytesAsync(outside, layer.Content);
        File.CreateSymbolicLink(BlobFile(layer.Digest), outside);

        var run = await PullAsync();

        Assert.Equal(0, run.ExitCode);
        AssertRealFile(BlobFile(layer.Digest));
        Assert.Equal(layer.Content, await File.ReadAllBytesAsync(BlobFile(layer.Digest)));
        AssertVerifiedBlobs();
    }

    [Fact]
    public async Task A_blobs_directory_that_is_a_link_is_refused_and_nothing_is_written_outside()
    {
        Directory.CreateSymbolicLink(Path.Combine(Output, "blobs"), Outside);

        var run = await PullAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a symbolic link", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Empty(Directory.GetFileSystemEntries(Outside));
    }

    [Fact]
    public async Task An_index_json_that_is_a_link_is_refused_and_its_target_is_untouched()
    {
        var target = Victim("index-target", "{\"schemaVersion\":2,\"manifests\":[]}");
        File.WriteAllText(Path.Combine(Output, "oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        File.CreateSymbolicLink(Path.Combine(Output, "index.json"), target);

        var run = await PullAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("index.json is a symbolic link", run.Error);
        Assert.Equal("{\"schemaVersion\":2,\"manifests\":[]}", await File.ReadAllTextAsync(target));
    }

    private static void AssertRealFile(string path)
    {
        Assert.True(File.Exists(path), path + " is missing");
        Assert.Null(new FileInfo(path).LinkTarget);
    }

    /// <summary>Every blob in the layout is a regular file named by the digest of its own bytes.</summary>
    private void AssertVerifiedBlobs()
    {
        var blobs = Directory.GetFiles(Path.Combine(Output, "blobs", "sha256")).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)).ToList();
        Assert.Equal(_http.App.Blobs.Count() + 1, blobs.Count);
        foreach (var file in blobs)
        {
            AssertRealFile(file);
            Assert.Equal(Path.GetFileName(file), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
        }
    }
}
