using System;
using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace Eci.ImagePull.Registry;

public sealed partial class RegistryClient
{
    private const int CopyBufferSize = 81920;

    // Network reads land in a 1 MiB pooled buffer (over plain HTTP one read often fills much of it); the pool avoids a
    // large-object-heap allocation per blob.
    private const int DownloadBufferSize = 1 << 20;

    // Received bytes go to the destination once at least this many have collected. Over TLS every read returns one
    // record (16 KiB), and a write per record cost a file write (or a copy into a stream's own buffer) per record.
    // Waiting for a full 1 MiB was worse: measured on 800 MiB pulls, the kernel's copy into the page cache took
    // two to three times the system time when each write followed several reads instead of the one just received.
    private const int WriteThreshold = 128 * 1024;

    /// <summary>
    /// Streams a blob into <paramref name="destination"/>, hashing as it goes. The bytes written are only
    /// trustworthy when the call returns; on <see cref="RegistryDigestMismatchException"/> the caller must
    /// discard what was written (<see cref="DownloadBlobToFileAsync"/> does that itself).
    /// </summary>
    /// <param name="repository">The repository the blob belongs to.</param>
    /// <param name="descriptor">The blob's descriptor (digest and size are both enforced).</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="progress">Receives the number of bytes received so far.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>A task that completes when the blob was received and verified.</returns>
    /// <exception cref="RegistryException">Any failure, including <see cref="RegistryDigestMismatchException"/>.</exception>
    public async Task DownloadBlobAsync(RegistryRepository repository, ContentDescriptor descriptor, Stream destination, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        RequireRepository(repository);
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        using var hash = descriptor?.Digest.CreateHash() ?? throw new ArgumentNullException(nameof(descriptor));
        await DownloadRangeAsync(repository, descriptor, destination.WriteAsync, 0, hash, restart: null, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Downloads a blob to <paramref name="path"/>, resumably and verified: bytes go to <c>path.partial</c>,
    /// a later call continues from there with an HTTP range request, and only content that matches the digest
    /// is renamed to <paramref name="path"/>. Mismatching content is deleted. An existing, matching
    /// <paramref name="path"/> is kept without a download. The partial file is never trusted: its bytes are hashed
    /// with the rest, and if a resumed download fails verification the blob is fetched once more from byte 0.
    /// After a failure the partial file remains only when it holds bytes and the failure was not a mismatch.
    /// </summary>
    /// <param name="repository">The repository the blob belongs to.</param>
    /// <param name="descriptor">The blob's descriptor.</param>
    /// <param name="path">The final file.</param>
    /// <param name="progress">Receives the total bytes present so far (resumed bytes included).</param>
    /// <param name="cancellationToken">Cancels the download; the partial file stays for the next attempt.</param>
    /// <returns>True when bytes were downloaded, false when <paramref name="path"/> was already complete.</returns>
    /// <exception cref="RegistryException">Any failure, including <see cref="RegistryDigestMismatchException"/>.</exception>
    public async Task<bool> DownloadBlobToFileAsync(RegistryRepository repository, ContentDescriptor descriptor, string path, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        RequireRepository(repository);
        if (descriptor is null)
        {
            throw new ArgumentNullException(nameof(descriptor));
        }

        if (string.IsNullOrEmpty(path))
        {
            throw new ArgumentException("A file path is required.", nameof(path));
        }

        // A link is never trusted: one at the final path could pass off a file elsewhere as this blob, one at the
        // partial path would send the download's writes (and truncation) to wherever it points.
        var partial = path + ".partial";
        FileLinks.Remove(path);
        FileLinks.Remove(partial);
        if (File.Exists(path))
        {
            if (await FileMatchesAsync(path, descriptor, cancellationToken).ConfigureAwait(false))
            {
                progress?.Report(descriptor.Size);
                return false;
            }

            File.Delete(path);
        }

        var resuming = File.Exists(partial) && new FileInfo(partial).Length > 0;
        try
        {
            await DownloadToPartialAsync(repository, descriptor, partial, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (RegistryDigestMismatchException) when (resuming)
        {
            // The kept prefix is only a hint: it may come from a server that sent wrong bytes before the
            // connection broke. The mismatch deleted it, so one fresh download from byte 0 decides.
            await DownloadToPartialAsync(repository, descriptor, partial, progress, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            // rename(2) replaces whatever is at path (a link planted since the check included) and never follows it.
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BlobStorageException($"Could not move blob {descriptor.Digest} into place at {path}: {e.Message}", e);
        }

        return true;
    }

    /// <summary>
    /// Downloads (or resumes) into <paramref name="partial"/> and verifies the whole file. On a digest or size
    /// mismatch the file is deleted; on any other failure it stays only if it holds bytes to resume from.
    /// </summary>
    private async Task DownloadToPartialAsync(RegistryRepository repository, ContentDescriptor descriptor, string partial, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var hash = descriptor.Digest.CreateHash();
        // Unbuffered and synchronous on purpose: the download hands over at least 128 KiB at a time, so a stream buffer
        // would only add a copy, and on Linux an "async" file write is the same pwrite run on another pool thread, one
        // more hop per chunk. Writing inline blocks the current pool thread for that pwrite, which is all the hop does.
        // CreateNew (O_EXCL) refuses a link that appeared since the caller removed one; an existing file is a resume.
        var mode = File.Exists(partial) ? FileMode.Open : FileMode.CreateNew;
        FileStream stream;
        try
        {
            stream = new FileStream(partial, mode, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, useAsync: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BlobStorageException($"Could not write blob {descriptor.Digest} to {partial}: {e.Message}", e);
        }

        var verified = false;
        var mismatch = false;

        ValueTask WriteToFile(ReadOnlyMemory<byte> chunk, CancellationToken token)
        {
            stream.Write(chunk.Span);
            return default;
        }

        try
        {
            if (stream.Length > descriptor.Size)
            {
                stream.SetLength(0);
            }

            var offset = stream.Length;
            if (offset > 0)
            {
                // Resume: the bytes already on disk are part of the digest too.
                await HashAsync(stream, hash, cancellationToken).ConfigureAwait(false);
            }

            stream.Seek(0, SeekOrigin.End);
            progress?.Report(offset);
            await DownloadRangeAsync(repository, descriptor, WriteToFile, offset, hash,
                restart: () => stream.SetLength(0), progress, cancellationToken).ConfigureAwait(false);
            verified = true;
        }
        catch (RegistryDigestMismatchException)
        {
            mismatch = true;
            throw;
        }
        finally
        {
            // An empty partial file (a failure before any byte arrived) is noise in the output directory.
            var empty = stream.Length == 0;
            await stream.DisposeAsync().ConfigureAwait(false);
            if (!verified && (mismatch || empty))
            {
                File.Delete(partial);
            }
        }
    }

    /// <summary>
    /// Fetches the blob from byte <paramref name="offset"/>, hashing every read as it arrives and passing the bytes
    /// to <paramref name="write"/> in chunks of at least <see cref="WriteThreshold"/> bytes (the last may be shorter); <paramref name="progress"/>
    /// hears the byte count (offset included) after each chunk is written.
    /// </summary>
    private async Task DownloadRangeAsync(RegistryRepository repository, ContentDescriptor descriptor, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> write, long offset, IncrementalHash hash, Action? restart, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var registry = repository.Registry;
        var digest = descriptor.Digest;
        var what = DescribeBlob(repository, digest);
        using var timeout = Linked(cancellationToken, Options.BlobTimeout);
        if (offset == descriptor.Size && offset > 0)
        {
            // Everything is already here; only the digest check is left.
            Verify(registry, descriptor, hash, offset, what);
            return;
        }

        Action<HttpRequestMessage>? range = offset > 0 ? r => r.Headers.Range = new RangeHeaderValue(offset, null) : null;
        using var response = await SendAsync(repository, HttpMethod.Get, BlobPath(repository, digest), what, range, followRedirects: true, cancellationToken, timeout.Token).ConfigureAwait(false);
        var received = offset;
        if (offset > 0 && (response.StatusCode != HttpStatusCode.PartialContent || response.Content.Headers.ContentRange?.From != offset))
        {
            // The server ignored the range: start over from byte 0.
            restart?.Invoke();
            hash.GetHashAndReset();
            received = 0;
        }

        try
        {
            using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            var buffer = ArrayPool<byte>.Shared.Rent(DownloadBufferSize);
            var filled = 0; // received and hashed, not yet written
            // Reads are cancelled when a whole idle window passes without BlobProgressBytes more bytes; each window
            // that makes progress starts the next one.
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
            idle.CancelAfter(Options.BlobIdleTimeout);
            var windowStart = received;
            try
            {
                while (true)
                {
                    int read;
                    try
                    {
                        read = await body.ReadAsync(buffer.AsMemory(filled), idle.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException e) when (!timeout.IsCancellationRequested)
                    {
                        throw new RegistryException(RegistryFailure.Timeout, registry,
                            $"{registry} sent {received - windowStart} bytes of the {what} in {Options.BlobIdleTimeout.TotalSeconds:0.#} s, less than the {Options.BlobProgressBytes} bytes that count as progress; the download was stopped after {received} bytes.", innerException: e);
                    }

                    if (received + read - windowStart >= Math.Min(Options.BlobProgressBytes, descriptor.Size - windowStart))
                    {
                        windowStart = received + read;
                        idle.CancelAfter(Options.BlobIdleTimeout);
                    }

                    if (received + read > descriptor.Size)
                    {
                        throw new RegistryDigestMismatchException(registry, digest.ToString(), $"more than {descriptor.Size} bytes",
                            $"The {what} from {registry} is longer than the {descriptor.Size} bytes its descriptor declares; it was discarded.");
                    }

                    // Hashed while the bytes are still in the CPU cache from the read that placed them.
                    hash.AppendData(buffer, filled, read);
                    filled += read;
                    received += read;
                    if (filled > 0 && (read == 0 || filled >= WriteThreshold))
                    {
                        var chunk = filled;
                        filled = 0; // a failing write is not retried below
                        try
                        {
                            await write(buffer.AsMemory(0, chunk), timeout.Token).ConfigureAwait(false);
                        }
                        catch (IOException e)
                        {
                            // The destination's fault (a full disk), not the connection's.
                            throw new BlobStorageException($"Could not write the {what} to disk after {received - chunk} bytes: {e.Message}", e);
                        }

                        progress?.Report(received);
                    }

                    if (read == 0)
                    {
                        break;
                    }
                }
            }
            catch (Exception e) when (filled > 0 && e is not RegistryDigestMismatchException and not BlobStorageException)
            {
                // The connection broke (or the call was cancelled) with received bytes still in the buffer: they go
                // to the destination as they always did, so a partial file keeps every byte that arrived and a
                // resume continues after them.
                await KeepReceivedAsync(write, buffer.AsMemory(0, filled)).ConfigureAwait(false);
                throw;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException && e is not BlobStorageException)
        {
            throw new RegistryException(RegistryFailure.Unreachable, registry, $"The connection to {registry} broke while downloading {what} after {received} bytes.", innerException: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RegistryException(RegistryFailure.Timeout, registry, $"Downloading {what} from {registry} took longer than {Options.BlobTimeout}.", innerException: e);
        }

        Verify(registry, descriptor, hash, received, what);
    }

    private static async Task KeepReceivedAsync(Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> write, ReadOnlyMemory<byte> received)
    {
        try
        {
            await write(received, CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The failure being reported is the download's; a destination that cannot take the tail only means the
            // next attempt fetches those bytes again.
        }
    }

    private static void Verify(RegistryAddress registry, ContentDescriptor descriptor, IncrementalHash hash, long received, string what)
    {
        if (received != descriptor.Size)
        {
            throw new RegistryDigestMismatchException(registry, descriptor.Digest.ToString(), $"{received} bytes",
                $"The {what} from {registry} has {received} bytes, not the {descriptor.Size} its descriptor declares; it was discarded.");
        }

        var actual = descriptor.Digest.Finish(hash);
        if (!actual.Equals(descriptor.Digest))
        {
            throw new RegistryDigestMismatchException(registry, descriptor.Digest.ToString(), actual.ToString(),
                $"The {what} from {registry} does not match its digest (got {actual}); it was discarded.");
        }
    }

    private static async Task<bool> FileMatchesAsync(string path, ContentDescriptor descriptor, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, useAsync: true);
        if (stream.Length != descriptor.Size)
        {
            return false;
        }

        using var hash = descriptor.Digest.CreateHash();
        await HashAsync(stream, hash, cancellationToken).ConfigureAwait(false);
        return descriptor.Digest.Finish(hash).Equals(descriptor.Digest);
    }

    private static async Task HashAsync(Stream stream, IncrementalHash hash, CancellationToken cancellationToken)
    {
        stream.Seek(0, SeekOrigin.Begin);
        var buffer = new byte[CopyBufferSize];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }
    }
}
