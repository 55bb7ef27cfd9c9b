using System.IO;
using System.Threading.Tasks;
using Eci.ImagePull.IntegrationTests.Hostile;
using Eci.ImagePull.IntegrationTests.Infrastructure;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.IntegrationTests.Client;

/// <summary>A destination that cannot take the bytes is the disk's failure, never reported as a broken connection.</summary>
public sealed class BlobStorageFailureTests : IDisposable
{
    private readonly HostileServer _server = HostileServer.Start();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_full_disk_is_a_storage_error_not_a_broken_connection()
    {
        var blob = Hostile.Hostile.Blob(512 * 1024);
        _server.Handler = (_, response) => response.SendAsync(200, blob.Content);
        using var client = Hostile.Hostile.Client(_server.Address);
        // /dev/full answers every write with ENOSPC, exactly as a full file system does.
        await using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);

        var error = await Assert.ThrowsAsync<BlobStorageException>(() =>
            client.DownloadBlobAsync(_server.Repository(), blob.Descriptor(), full));

        Assert.Contains("Could not write the blob", error.Message);
        Assert.Contains("No space left on device", error.Message);
        Assert.DoesNotContain("broke", error.Message);
    }
}
