using System.IO;
using System.Text;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Fixtures;
using Eci.ImagePull.IntegrationTests.Infrastructure;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary><c>eci-pull check</c> and <c>eci-pull pull</c> against a hostile registry: a clear message, no secret, no stray files.</summary>
public sealed class HostileToolTests : IDisposable
{
    private readonly HostileServer _server = HostileServer.Start();
    private readonly TestImage _image = TestImage.Create();
    private readonly string _output = Directory.CreateTempSubdirectory("eci-hostile-oci-").FullName;

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_output, true);
    }

    private string Image => $"{_server.Address}/{Hostile.Repository}:latest";

    private Task<ToolRun> RunAsync(params string[] args) =>
        ToolRunner.RunWithInputAsync(RegistryFixture.Password + "\n",
            args.Concat(new[] { "--plain-http", _server.Address, "--user", RegistryFixture.User, "--password-stdin", "--timeout", "2" }).ToArray());

    /// <summary>A Basic-auth registry serving <see cref="_image"/>, with <paramref name="layer"/> answering the first layer.</summary>
    private void ServeImage(Func<HostileResponse, Task> layer)
    {
        _server.Handler = async (request, response) =>
        {
            if (!await Hostile.RequireBasicAsync(request, response))
            {
                return;
            }

            if (request.Path.Contains("/manifests/", StringComparison.Ordinal))
            {
                await response.SendAsync(200, _image.Manifest.Content, ("Content-Type", _image.Manifest.MediaType), ("Docker-Content-Digest", _image.Manifest.Digest));
            }
            else if (request.Path.EndsWith(_image.Layers[0].Digest, StringComparison.Ordinal))
            {
                await layer(response);
            }
            else
            {
                var blob = _image.Blobs.FirstOrDefault(b => request.Path.EndsWith(b.Digest, StringComparison.Ordinal));
                await response.SendAsync(blob is null ? 404 : 200, blob?.Content ?? Array.Empty<byte>());
            }
        };
    }

    private string BlobFile(string digest) => Path.Combine(_output, "blobs", "sha256", digest.Substring(7));

    [Fact]
    public async Task Check_with_a_token_service_that_echoes_the_password_prints_no_secret()
    {
        var echo = $"{{\"errors\":[{{\"code\":\"DENIED\",\"message\":\"bad password {RegistryFixture.Password}\"}}]}}";
        _server.Handler = (request, response) => request.Path.StartsWith("/token", StringComparison.Ordinal)
            ? response.SendAsync(500, echo, ("Content-Type", "application/json"))
            : response.SendAsync(401, string.Empty, ("WWW-Authenticate", $"Bearer realm=\"{_server.BaseUrl}token\",service=\"hostile\""));

        var run = await RunAsync("check", Image, "--no-diagnose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("answered 500", run.Output);
        Assert.Contains(SecretRedactorPlaceholder, run.Output);
        Hostile.AssertNoSecret(run.All);
    }

    [Fact]
    public async Task Check_with_a_slow_drip_token_service_reports_a_timeout()
    {
        var body = Encoding.ASCII.GetBytes($"{{\"token\":\"{Hostile.Token}\"}}");
        _server.Handler = async (request, response) =>
        {
            if (request.Path.StartsWith("/token", StringComparison.Ordinal))
            {
                await response.HeadAsync(200, ("Content-Length", body.Length.ToString()));
                await response.DripAsync(body, TimeSpan.FromMilliseconds(200));
            }
            else
            {
                await response.SendAsync(401, string.Empty, ("WWW-Authenticate", $"Bearer realm=\"{_server.BaseUrl}token\",service=\"hostile\""));
            }
        };

        var run = await RunAsync("check", Image, "--no-diagnose").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did not send its answer in time", run.Output);
        Hostile.AssertNoSecret(run.All);
    }

    [Fact]
    public async Task Pull_of_a_tampered_layer_fails_and_keeps_nothing_unverified()
    {
        ServeImage(response => response.SendAsync(200, new byte[_image.Layers[0].Content.Length]));

        var run = await RunAsync("pull", Image, "--output", _output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"eci-pull: The blob {_image.Layers[0].Digest} of demo/app from {_server.Address} does not match its digest", run.Error);
        Hostile.AssertNoSecret(run.All);
        Assert.False(File.Exists(BlobFile(_image.Layers[0].Digest)));
        Assert.False(File.Exists(BlobFile(_image.Layers[0].Digest) + ".partial"));
        Assert.False(File.Exists(Path.Combine(_output, "index.json")));
        // Whatever did stay was verified: every file is named by its own digest.
        foreach (var file in Directory.GetFiles(_output, "*", SearchOption.AllDirectories))
        {
            Assert.Equal(Path.GetFileName(file), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file))));
        }
    }

    [Fact]
    public async Task Pull_of_a_truncated_layer_fails_clearly_and_the_next_pull_resumes_and_verifies()
    {
        var layer = _image.Layers[0];
        ServeImage(async response =>
        {
            await response.HeadAsync(200, ("Content-Length", layer.Content.Length.ToString()));
            await response.BodyAsync(layer.Content.Take(1000).ToArray());
        });

        var failed = await RunAsync("pull", Image, "--output", _output);

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("broke while downloading", failed.Error);
        Hostile.AssertNoSecret(failed.All);
        Assert.False(File.Exists(BlobFile(layer.Digest)));
        Assert.False(File.Exists(Path.Combine(_output, "index.json")));

        ServeImage(response => response.SendAsync(200, layer.Content));
        var resumed = await RunAsync("pull", Image, "--output", _output);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(layer.Content, await File.ReadAllBytesAsync(BlobFile(layer.Digest)));
        Assert.Empty(Directory.GetFiles(_output, "*.partial", SearchOption.AllDirectories));
        Hostile.AssertNoSecret(resumed.All);
    }

    [Fact]
    public async Task Pull_with_a_short_timeout_stops_a_layer_that_drips_a_byte_a_second()
    {
        // The drip never stalls for long, so only a progress-based idle limit stops it; the 30-minute per-blob cap
        // would let it run on (it ran past 60 s before --timeout applied to blobs).
        var layer = _image.Layers[0];
        ServeImage(async response =>
        {
            await response.HeadAsync(200, ("Content-Length", layer.Content.Length.ToString()));
            await response.DripAsync(layer.Content, TimeSpan.FromSeconds(1));
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var run = await RunAsync("pull", Image, "--output", _output).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, run.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.Contains("less than the 16384 bytes that count as progress", run.Error);
        Assert.False(File.Exists(BlobFile(layer.Digest)));
    }

    private const string SecretRedactorPlaceholder = "[redacted]";
}
