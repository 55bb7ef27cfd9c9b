using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Tool;

/// <summary>
/// <c>pull --output DIR</c> into a directory that already holds something: an OCI layout keeps its other images
/// (as skopeo keeps them), a directory that is not a layout is refused untouched, and --output that cannot be a
/// layout (a file, a read-only place, a layout another pull is writing) is a one-line error.
/// </summary>
public sealed class PullIntoExistingLayoutTests : IClassFixture<PlainHttpRegistryFixture>, IDisposable
{
    private readonly PlainHttpRegistryFixture _http;
    private readonly string _output = Directory.CreateTempSubdirectory("eci-merge-").FullName;

    public PullIntoExistingLayoutTests(PlainHttpRegistryFixture http) => _http = http;

    public void Dispose() => Directory.Delete(_output, true);

    private Task<ToolRun> PullAsync(string image, string? output = null) =>
        ToolRunner.RunAsync("pull", $"{_http.Address}/{image}", "--plain-http", _http.Address, "--platform", "linux/amd64", "--output", output ?? _output);

    private IReadOnlyList<(string? Name, string Digest)> Entries()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, "index.json")));
        return index.RootElement.GetProperty("manifests").EnumerateArray()
            .Select(m => (m.TryGetProperty("annotations", out var a) && a.TryGetProperty("org.opencontainers.image.ref.name", out var n) ? n.GetString() : null, m.GetProperty("digest").GetString()!))
            .ToList();
    }

    [Fact]
    public async Task A_second_image_is_added_to_the_layout_and_the_first_is_kept()
    {
        Assert.Equal(0, (await PullAsync("demo/app:latest")).ExitCode);
        using (var pusher = new TestPusher(_http.Registry))
        {
            await pusher.PushAsync("demo/app", TestImage.Create(layerCount: 1), "v2");
        }

        Assert.Equal(0, (await PullAsync("demo/app:v2")).ExitCode);

        var entries = Entries();
        Assert.Equal(2, entries.Count);
        Assert.Contains(("latest", _http.App.Manifest.Digest), entries);
        Assert.Contains(entries, e => e.Name == "v2");
    }

    [Fact]
    public async Task Pulling_the_same_reference_name_again_replaces_only_its_entry()
    {
        Assert.Equal(0, (await PullAsync("demo/app:latest")).ExitCode);
        Assert.Equal(0, (await PullAsync("demo/multi:latest")).ExitCode);

        var entries = Entries();
        Assert.Equal(("latest", _http.MultiAmd64.Manifest.Digest), Assert.Single(entries));
    }

    [Fact]
    public async Task A_layout_made_by_skopeo_keeps_its_image()
    {
        var skopeo = Process.Start(new ProcessStartInfo("skopeo", new[]
        {
            "copy", "--src-tls-verify=false", $"docker://{_http.Address}/demo/app:latest", $"oci:{_output}:from-skopeo",
        }) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await skopeo.WaitForExitAsync();
        Assert.True(skopeo.ExitCode == 0, await skopeo.StandardError.ReadToEndAsync());

        var run = await PullAsync("demo/multi:latest");

        Assert.Equal(0, run.ExitCode);
        var entries = Entries();
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Name == "from-skopeo");
        Assert.Contains(("latest", _http.MultiAmd64.Manifest.Digest), entries);
    }

    [Fact]
    public async Task A_directory_that_is_not_a_layout_is_refused_and_keeps_its_index_json()
    {
        const string Own = "{\"mine\":\"keep me\"}";
        File.WriteAllText(Path.Combine(_output, "index.json"), Own);

        var run = await PullAsync("demo/app:latest");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not empty and not an OCI image layout", run.Error);
        Assert.Equal(Own, File.ReadAllText(Path.Combine(_output, "index.json")));
        Assert.Single(Directory.GetFileSystemEntries(_output));
    }

    [Fact]
    public async Task A_digest_pull_of_a_multi_platform_image_names_the_entry_by_its_own_manifest()
    {
        var run = await PullAsync($"demo/multi@{_http.MultiIndex.Digest}");

        Assert.Equal(0, run.ExitCode);
        var entry = Assert.Single(Entries());
        Assert.Equal(_http.MultiAmd64.Manifest.Digest, entry.Digest);
        Assert.Equal(_http.MultiAmd64.Manifest.Digest, entry.Name);
    }

    [Fact]
    public async Task Output_naming_a_file_is_a_one_line_error()
    {
        var file = Path.Combine(_output, "a-file");
        File.WriteAllText(file, "data");

        var run = await PullAsync("demo/app:latest", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"eci-pull: --output {file} is a file; it must name a directory (new, empty, or an OCI layout).", run.Error.TrimEnd());
        Assert.Equal("data", File.ReadAllText(file));
    }

    [Fact]
    public async Task Output_in_a_read_only_place_is_a_one_line_error()
    {
        // /sys refuses new directories even to root, unlike a chmod-ed directory.
        var run = await PullAsync("demo/app:latest", "/sys/eci-pull-test-output");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("eci-pull: Cannot create the output directory /sys/eci-pull-test-output", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_second_pull_into_a_layout_another_pull_is_writing_is_refused()
    {
        using var first = Eci.Pull.Tool.OciLayoutWriter.Open(_output);

        var run = await PullAsync("demo/app:latest");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Another pull is writing into", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
