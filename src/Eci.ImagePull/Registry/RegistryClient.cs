using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Eci.ImagePull.Registry;

/// <summary>
/// The pull side of the OCI distribution API with ECI's transport rules: HTTPS with verification unless the
/// registry is in <c>PlainHttpRegistry</c> (HTTP) or <c>InsecureRegistry</c> (HTTPS without verification), and
/// never a fallback from one to another. Every manifest and blob is checked against its digest. Thread-safe;
/// reuse one instance (it pools connections and caches tokens).
/// </summary>
public sealed partial class RegistryClient : IDisposable
{
    private readonly RegistryHttpClients _http;
    private readonly RegistryAuthenticator _auth;

    /// <summary>Creates a client.</summary>
    /// <param name="options">Settings; null for ECI's defaults (HTTPS everywhere, anonymous, linux/amd64).</param>
    public RegistryClient(RegistryClientOptions? options = null)
    {
        Options = options ?? new RegistryClientOptions();
        _http = new RegistryHttpClients(Options);
        _auth = new RegistryAuthenticator(Options, _http);
    }

    /// <summary>The settings in use.</summary>
    public RegistryClientOptions Options { get; }

    /// <summary>The transport ECI (and this client) uses for <paramref name="registry"/>.</summary>
    /// <param name="registry">The registry.</param>
    /// <returns>The transport.</returns>
    public RegistryTransport TransportFor(RegistryAddress registry) => Options.Transports.TransportFor(registry);

    /// <summary>Calls <c>GET /v2/</c> anonymously over the registry's transport.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the registry challenges, and how.</returns>
    /// <exception cref="RegistryException">The registry is unreachable over its transport or does not speak the V2 API.</exception>
    public async Task<RegistryPingResult> PingAsync(RegistryAddress registry, CancellationToken cancellationToken = default)
    {
        RequireRegistry(registry);
        var transport = TransportFor(registry);
        var uri = new Uri(RegistryEndpoint.BaseUri(registry, transport), "v2/");
        using var timeout = Linked(cancellationToken, Options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var response = await SendOnceAsync(registry, transport, request, cancellationToken, timeout.Token).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return new RegistryPingResult(registry, transport, null, null);
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            var challenge = AuthenticationChallenge.SelectFrom(response.Headers.TryGetValues("WWW-Authenticate", out var values) ? values : Array.Empty<string>());
            return new RegistryPingResult(registry, transport, challenge?.IsBasic == true ? "Basic" : challenge?.IsBearer == true ? "Bearer" : "Unknown", challenge?.Realm);
        }

        throw await RegistryFailureMapper.FromResponseAsync(response, registry, transport, "the API root /v2/", null, cancellationToken, timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Fetches an image's manifest or index and verifies its digest.</summary>
    /// <param name="image">The image; its digest wins over its tag, and no tag means <c>latest</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The manifest with its verified digest.</returns>
    /// <exception cref="RegistryException">Any failure; <see cref="RegistryNotFoundException"/> for an unknown repository or tag.</exception>
    /// <exception cref="FormatException">The image's registry part is not a <c>host[:port]</c> address a client can contact.</exception>
    public Task<RegistryManifest> GetManifestAsync(ImageReference image, CancellationToken cancellationToken = default) =>
        GetManifestAsync(RegistryRepository.Of(image), ReferenceOf(image), cancellationToken);

    /// <summary>Asks for an image's manifest digest, type and size with <c>HEAD</c>, without downloading it.</summary>
    /// <param name="image">The image; its digest wins over its tag, and no tag means <c>latest</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The descriptor the registry reports; its digest is the registry's claim (verify by GET before trusting content).</returns>
    /// <exception cref="RegistryException">Any failure; <see cref="RegistryNotFoundException"/> for an unknown repository or tag.</exception>
    /// <exception cref="FormatException">The image's registry part is not a <c>host[:port]</c> address a client can contact.</exception>
    public async Task<ContentDescriptor> HeadManifestAsync(ImageReference image, CancellationToken cancellationToken = default)
    {
        var repository = RegistryRepository.Of(image);
        var registry = repository.Registry;
        var reference = ReferenceOf(image);
        var what = Describe(repository, reference);
        using var timeout = Linked(cancellationToken, Options.RequestTimeout);
        using var response = await SendAsync(repository, HttpMethod.Head, ManifestPath(repository, reference), what, AcceptManifests, followRedirects: false, cancellationToken, timeout.Token).ConfigureAwait(false);
        var digestText = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.FirstOrDefault() : null;
        if (!ContentDigest.TryParse(digestText, out var digest) && !ContentDigest.TryParse(image.Digest, out digest))
        {
            throw new RegistryException(RegistryFailure.ProtocolError, registry, $"{registry} answered HEAD for {what} without a Docker-Content-Digest header.");
        }

        return new ContentDescriptor(response.Content.Headers.ContentType?.MediaType ?? string.Empty, digest, response.Content.Headers.ContentLength ?? -1);
    }

    /// <summary>Resolves an image to its manifest for <paramref name="platform"/>.</summary>
    /// <param name="image">The image; its digest wins over its tag, and no tag means <c>latest</c>.</param>
    /// <param name="platform">The platform to choose from an index.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The resolved image, every manifest verified.</returns>
    /// <exception cref="RegistryException">Any failure; <see cref="RegistryFailure.PlatformNotFound"/> when the index lacks the platform.</exception>
    /// <exception cref="FormatException">The image's registry part is not a <c>host[:port]</c> address a client can contact.</exception>
    public async Task<ResolvedImage> ResolveAsync(ImageReference image, ImagePlatform platform, CancellationToken cancellationToken = default)
    {
        if (platform is null)
        {
            throw new ArgumentNullException(nameof(platform));
        }

        var repository = RegistryRepository.Of(image);
        var registry = repository.Registry;
        var reference = ReferenceOf(image);
        var top = await GetManifestAsync(repository, reference, cancellationToken).ConfigureAwait(false);
        if (!top.IsIndex)
        {
            return new ResolvedImage(image, null, top, null);
        }

        var entry = top.Manifests.FirstOrDefault(m => m.Platform is not null && platform.Accepts(m.Platform)
            && (m.MediaType.Length == 0 || ManifestMediaTypes.IsImageManifest(m.MediaType)));
        if (entry is null)
        {
            var available = string.Join(", ", top.Manifests.Where(m => m.Platform is not null).Select(m => m.Platform!.ToString()).Distinct());
            throw new RegistryException(RegistryFailure.PlatformNotFound, registry,
                $"{Describe(repository, reference)} on {registry} has no image for {platform}; it has: {(available.Length == 0 ? "no platform entries" : available)}.");
        }

        var manifest = await GetManifestAsync(repository, entry.Digest.ToString(), cancellationToken).ConfigureAwait(false);
        if (manifest.Content.Length != entry.Size || manifest.IsIndex)
        {
            throw new RegistryDigestMismatchException(registry, entry.Digest.ToString(), $"{manifest.Content.Length} bytes",
                $"The index entry {entry.Digest} for {platform} declares {entry.Size} bytes but the registry served {manifest.Content.Length} bytes{(manifest.IsIndex ? " of another index" : string.Empty)}.");
        }

        return new ResolvedImage(image, top, manifest, entry.Platform);
    }

    /// <summary>Checks with <c>HEAD</c> (following redirects) that a blob can be fetched.</summary>
    /// <param name="repository">The repository the blob belongs to.</param>
    /// <param name="digest">The blob digest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the registry (or its redirect target) has the blob; false on 404.</returns>
    /// <exception cref="RegistryException">Any failure other than 404.</exception>
    public async Task<bool> BlobExistsAsync(RegistryRepository repository, ContentDigest digest, CancellationToken cancellationToken = default)
    {
        RequireRepository(repository);
        if (digest is null)
        {
            throw new ArgumentNullException(nameof(digest));
        }

        using var timeout = Linked(cancellationToken, Options.RequestTimeout);
        try
        {
            using var response = await SendAsync(repository, HttpMethod.Head, BlobPath(repository, digest), DescribeBlob(repository, digest), null, followRedirects: true, cancellationToken, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (RegistryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Downloads a small blob (such as an image config) into memory and verifies it.</summary>
    /// <param name="repository">The repository the blob belongs to.</param>
    /// <param name="descriptor">The blob's descriptor from the manifest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verified bytes.</returns>
    /// <exception cref="RegistryException">Any failure, including <see cref="RegistryDigestMismatchException"/>.</exception>
    public async Task<byte[]> GetBlobBytesAsync(RegistryRepository repository, ContentDescriptor descriptor, CancellationToken cancellationToken = default)
    {
        RequireRepository(repository);
        if (descriptor is null)
        {
            throw new ArgumentNullException(nameof(descriptor));
        }

        if (descriptor.Size > Options.MaxInMemoryBlobBytes)
        {
            throw new RegistryException(RegistryFailure.LimitExceeded, repository.Registry,
                $"Blob {descriptor.Digest} is {descriptor.Size} bytes, more than the {Options.MaxInMemoryBlobBytes} byte in-memory limit; download it to a file.");
        }

        using var buffer = new MemoryStream();
        await DownloadBlobAsync(repository, descriptor, buffer, null, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Fetches a manifest or index by tag or digest and verifies its digest.</summary>
    private async Task<RegistryManifest> GetManifestAsync(RegistryRepository repository, string reference, CancellationToken cancellationToken)
    {
        var registry = repository.Registry;
        var what = Describe(repository, reference);
        using var timeout = Linked(cancellationToken, Options.RequestTimeout);
        using var response = await SendAsync(repository, HttpMethod.Get, ManifestPath(repository, reference), what, AcceptManifests, followRedirects: false, cancellationToken, timeout.Token).ConfigureAwait(false);
        var content = await ReadBodyAsync(registry, response, Options.MaxManifestBytes, what, cancellationToken, timeout.Token).ConfigureAwait(false);
        if (content is null)
        {
            throw new RegistryException(RegistryFailure.LimitExceeded, registry,
                $"The manifest {what} on {registry} is larger than the {Options.MaxManifestBytes} byte limit.");
        }

        var digest = VerifyManifestDigest(registry, what, reference, response, content);
        try
        {
            return RegistryManifest.Parse(response.Content.Headers.ContentType?.MediaType, digest, content);
        }
        catch (FormatException e)
        {
            throw new RegistryException(RegistryFailure.ProtocolError, registry, $"The manifest {what} on {registry} cannot be used: {e.Message}", innerException: e);
        }
    }

    /// <summary>Releases the pooled connections.</summary>
    public void Dispose() => _http.Dispose();

    private static void AcceptManifests(HttpRequestMessage request)
    {
        foreach (var type in ManifestMediaTypes.Accepted)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
        }
    }

    private static string Describe(RegistryRepository repository, string reference) =>
        reference.IndexOf(':', StringComparison.Ordinal) > 0 ? repository.Path + "@" + reference : repository.Path + ":" + reference;

    private static string DescribeBlob(RegistryRepository repository, ContentDigest digest) => $"blob {digest} of {repository.Path}";

    private static string ManifestPath(RegistryRepository repository, string reference) => $"v2/{repository.Path}/manifests/{reference}";

    private static string BlobPath(RegistryRepository repository, ContentDigest digest) => $"v2/{repository.Path}/blobs/{digest}";

    private static void RequireRegistry(RegistryAddress registry)
    {
        if (registry is null)
        {
            throw new ArgumentNullException(nameof(registry));
        }
    }

    private static void RequireRepository(RegistryRepository repository)
    {
        if (repository is null)
        {
            throw new ArgumentNullException(nameof(repository));
        }
    }

    private static CancellationTokenSource Linked(CancellationToken cancellationToken, TimeSpan timeout)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(timeout);
        return source;
    }

    private static ContentDigest VerifyManifestDigest(RegistryAddress registry, string what, string reference, HttpResponseMessage response, byte[] content)
    {
        if (ContentDigest.TryParse(reference, out var requested))
        {
            // Fetched by digest: the body must hash to what was asked for, whatever the headers claim.
            var actual = requested.Compute(content);
            if (!actual.Equals(requested))
            {
                throw new RegistryDigestMismatchException(registry, requested.ToString(), actual.ToString(),
                    $"The manifest {what} from {registry} does not match its digest (got {actual}); it was discarded.");
            }

            return requested;
        }

        var header = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.FirstOrDefault() : null;
        if (ContentDigest.TryParse(header, out var claimed))
        {
            var actual = claimed.Compute(content);
            if (!actual.Equals(claimed))
            {
                throw new RegistryDigestMismatchException(registry, claimed.ToString(), actual.ToString(),
                    $"The manifest {what} from {registry} does not match the Docker-Content-Digest header {claimed} (got {actual}); it was discarded.");
            }

            return claimed;
        }

        return ContentDigest.Sha256Of(content);
    }
}
