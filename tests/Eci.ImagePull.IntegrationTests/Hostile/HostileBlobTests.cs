using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Hostile;

/// <summary>
/// Blobs that do not match their digest, are cut short, never end or drip. Nothing unverified may end up under
/// the final name; a <c>.partial</c> file may stay only after a transport failure, holding a prefix that the
/// next call re-hashes together with the rest before anything is kept.
/// </summary>
public sealed class HostileBlobTests : IDisposable
{
    private readonly HostileServer _server = HostileServer.Start();
    private readonly TestBlob _blob = Hostile.Blob(256 * 1024);
    private readonly string _directory = Directory.CreateTempSubdirectory("eci-hostile-").FullName;

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_directory, true);
    }

    private string Target => Path.Combine(_directory, "blob");

    private string Partial => Target + ".partial";

    private Task<bool> DownloadAsync(RegistryClient client) =>
        client.DownloadBlobToFileAsync(_server.Repository(), _blob.Descriptor(), Target);

    private static byte[] Garbage(int length) => RandomNumberGenerator.GetBytes(length);

    /// <summary>Serves <paramref name="content"/> and honours <c>Range: bytes=N-</c> with a 206.</summary>
    private static Task ServeRangedAsync(HostileRequest request, HostileResponse response, byte[] content)
    {
        var range = request.Header("Range");
        if (range is not null && range.StartsWith("bytes=", StringComparison.Ordinal))
        {
            var from = int.Parse(range.Substring(6).TrimEnd('-'));
            return response.SendAsync(206, content.Skip(from).ToArray(), ("Content-Range", $"bytes {from}-{content.Length - 1}/{content.Length}"));
        }

        return response.SendAsync(200, content);
    }

    [Fact]
    public async Task Blob_with_other_content_is_a_digest_mismatch_and_is_deleted()
    {
        var other = Garbage(_blob.Content.Length);
        // The header even vouches for the wrong bytes: only the descriptor's digest counts.
        var otherDigest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(other));
        _server.Handler = (_, response) => response.SendAsync(200, other, ("Docker-Content-Digest", otherDigest));
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryDigestMismatchException>(() => DownloadAsync(client));

        Assert.Equal(_blob.Digest, error.Expected);
        Assert.Equal(otherDigest, error.Actual);
        Assert.Contains("was discarded", error.Message);
        Hostile.AssertEmpty(_directory);
    }

    [Fact]
    public async Task Blob_in_memory_with_other_content_is_a_digest_mismatch()
    {
        _server.Handler = (_, response) => response.SendAsync(200, Garbage(_blob.Content.Length));
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryDigestMismatchException>(() =>
            client.GetBlobBytesAsync(_server.Repository(), _blob.Descriptor()));

        Assert.Equal(RegistryFailure.DigestMismatch, error.Failure);
    }

    [Fact]
    public async Task Endless_blob_stops_at_the_declared_size()
    {
        var hungUp = new TaskCompletionSource<bool>();
        _server.Handler = async (_, response) =>
        {
            await response.HeadAsync(200);
            hungUp.TrySetResult(await response.StreamUntilClientHangsUpAsync(Garbage(64 * 1024), 64L * 1024 * 1024));
        };
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryDigestMismatchException>(() => DownloadAsync(client));

        Assert.Contains("longer than", error.Message);
        Assert.True(await hungUp.Task.WaitAsync(TimeSpan.FromSeconds(20)), "the client read the whole flood");
        Hostile.AssertEmpty(_directory);
    }

    [Fact]
    public async Task Truncated_blob_leaves_only_a_partial_prefix_that_a_resume_completes_and_verifies()
    {
        var half = _blob.Content.Length / 2;
        _server.Handler = async (_, response) =>
        {
            await response.HeadAsync(200, ("Content-Length", _blob.Content.Length.ToString()));
            await response.BodyAsync(_blob.Content.Take(half).ToArray());
        };
        using var client = Hostile.Client(_server.Address);

        var error = await Assert.ThrowsAsync<RegistryException>(() => DownloadAsync(client));

        Assert.Equal(RegistryFailure.Unreachable, error.Failure);
        Assert.Contains($"after {half} bytes", error.Message);
        Assert.False(File.Exists(Target));
        Assert.Equal(_blob.Content.Take(half), await File.ReadAllBytesAsync(Partial));

        _server.Handler = (request, response) => ServeRangedAsync(request, response, _blob.Content);
        Assert.True(await DownloadAsync(client));

        Assert.Equal($"bytes={half}-", _server.Requests.Last().Header("Range"));
        Assert.Equal(_blob.Content, await File.ReadAllBytesAsync(Target));
        Assert.False(File.Exists(Partial));
    }

    [Fact]
    public async Task Poisoned_partial_is_not_trusted_a_resume_that_fails_verification_starts_over()
    {
        // A hostile server cut off a body of wrong bytes: the partial file holds garbage.
        _server.Handler = async (_, response) =>
        {
            await response.HeadAsync(200, ("Content-Length", _blob.Content.Length.ToString()));
            await response.BodyAsync(Garbage(1000));
        };
        using var client = Hostile.Client(_server.Address);
        await Assert.ThrowsAsync<RegistryException>(() => DownloadAsync(client));
        Assert.Equal(1000, new FileInfo(Partial).Length);

        // An honest server then serves the rest: the resumed whole does not verify, so the client fetches it all once more.
        _server.Handler = (request, response) => ServeRangedAsync(request, response, _blob.Content);
        Assert.True(await DownloadAsync(client));

        Assert.Equal(_blob.Content, await File.ReadAllBytesAsync(Target));
        Assert.False(File.Exists(Partial));
        Assert.Null(_server.Requests.Last().Header("Range"));
    }

    [Fact]
    public async Task Resume_against_a_server_that_keeps_sending_wrong_bytes_fails_and_deletes_everything()
    {
        await File.WriteAllBytesAsync(Partial, _blob.Content.Take(1000).ToArray());
        var wrong = Garbage(_blob.Content.Length);
        _server.Handler = (request, response) => ServeRangedAsync(request, response, wrong);
        using var client = Hostile.Client(_server.Address);

        await Assert.ThrowsAsync<RegistryDigestMismatchException>(() => DownloadAsync(client));

        Hostile.AssertEmpty(_directory);
    }

    [Fact]
    public async Task Slow_drip_blob_times_out_and_keeps_nothing_under_the_final_name()
    {
        _server.Handler = async (_, response) =>
        {
            await response.HeadAsync(200, ("Content-Length", _blob.Content.Length.ToString()));
            await response.DripAsync(_blob.Content, TimeSpan.FromMilliseconds(100));
        };
        using var client = Hostile.Client(_server.Address, configure: o => o.BlobTimeout = TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<RegistryException>(() => DownloadAsync(client).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(RegistryFailure.Timeout, error.Failure);
        Assert.False(File.Exists(Target));
        Assert.True(new FileInfo(Partial).Length < _blob.Content.Length);
    }

    [Fact]
    public async Task A_blob_that_goes_silent_is_stopped_by_the_idle_limit_long_before_the_blob_limit()
    {
        _server.Handler = async (_, response) =>
        {
            await response.HeadAsync(200, ("Content-Length", _blob.Content.Length.ToString()));
            await response.BodyAsync(_blob.Content.Take(1000).ToArray());
            await Task.Delay(TimeSpan.FromSeconds(30), response.Stopping);
        };
        using var client = Hostile.Client(_server.Address, configure: o =>
        {
            o.BlobTimeout = TimeSpan.FromMinutes(30);
            o.BlobIdleTimeout = TimeSpan.FromSeconds(1);
        });

        var error = await Assert.ThrowsAsync<RegistryException>(() => DownloadAsync(client).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(RegistryFailure.Timeout, error.Failure);
        Assert.Contains("sent 1000 bytes of the blob", error.Message);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public async Task Partial_content_on_a_fresh_request_is_not_taken_for_the_start_of_the_blob()
    {
        _server.Handler = (_, response) => response.SendAsync(206, _blob.Content.Skip(100).ToArray(),
            ("Content-Range", $"bytes 100-{_blob.Content.Length - 1}/{_blob.Content.Length}"));
        using var client = Hostile.Client(_server.Address);

        await Assert.ThrowsAsync<RegistryDigestMismatchException>(() => DownloadAsync(client));

        Hostile.AssertEmpty(_directory);
    }
}
