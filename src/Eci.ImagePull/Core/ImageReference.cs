using System;
using System.Diagnostics.CodeAnalysis;

namespace Eci.ImagePull;

/// <summary>
/// A container image reference, parsed and normalized the way Docker does it (distribution/reference
/// <c>ParseNormalizedNamed</c>): <c>[registry/]repository[:tag][@digest]</c>, where a missing registry means
/// Docker Hub (<c>docker.io</c>) and a single-component Docker Hub name gets the <c>library/</c> namespace.
/// </summary>
/// <remarks>
/// <para>Registry choice (Docker's rule): the text before the first '/' is the registry when it is <c>localhost</c>,
/// contains '.' or ':', or contains an upper-case letter; <c>index.docker.io</c> becomes <c>docker.io</c>. Otherwise,
/// and always when there is no '/', the image is on Docker Hub — so <c>192.168.0.1:80</c> alone is the Hub
/// repository <c>library/192.168.0.1</c> with tag <c>80</c>, and <c>test_com/foo</c> is <c>docker.io/test_com/foo</c>.
/// These comparisons are case-sensitive, as in Docker: <c>Docker.io/foo</c> is the registry <c>Docker.io</c>, not Docker Hub.</para>
/// <para>Length: the repository path (registry excluded, <c>library/</c> included) may have at most
/// <see cref="MaxRepositoryLength"/> characters, the current distribution/reference rule; longer paths fail with
/// <see cref="ImageReferenceError.NameTooLong"/>. Older Docker and containerd builds cap registry + "/" + path
/// instead; <see cref="ExceedsLegacyNameLimit"/> reports references that only those builds refuse.</para>
/// <para>Differences from Docker, all of them rejections of text Docker also treats as broken: a first element
/// taken as a registry must be a valid host (Docker accepts <c>foo_bar.com/x</c> and then has no registry at
/// all); and errors are finer-grained than Docker's "invalid reference format", reported for the first faulty part
/// in reading order: white space, scheme, image ID, registry, repository (characters, then length), tag, digest.</para>
/// <para>Parsing is a single forward scan, linear in the input length, and <c>TryParse</c> never throws.</para>
/// </remarks>
public sealed class ImageReference : IEquatable<ImageReference>
{
    /// <summary>The longest repository path allowed, in characters (registry host not counted).</summary>
    public const int MaxRepositoryLength = 255;

    /// <summary>The longest tag allowed, in characters.</summary>
    public const int MaxTagLength = 128;

    /// <summary>The canonical registry name of Docker Hub.</summary>
    public const string DockerHubRegistry = "docker.io";

    /// <summary>The namespace of Docker Hub's official images, with its trailing '/'.</summary>
    public const string OfficialRepositoryPrefix = "library/";

    private readonly string _canonical;
    private RegistryAddress? _registryAddress;
    private bool _registryAddressParsed;

    internal ImageReference(string registry, string repository, string? tag, string? digest)
    {
        Registry = registry;
        Repository = repository;
        Tag = tag;
        Digest = digest;
        Name = registry + "/" + repository;
        _canonical = Name + (tag == null ? string.Empty : ":" + tag) + (digest == null ? string.Empty : "@" + digest);
    }

    /// <summary>
    /// The registry as Docker and ECI match it: <c>host[:port]</c> as written (host case kept, IPv6 in brackets,
    /// as in <c>[::1]:5000</c>), or <c>docker.io</c> for Docker Hub.
    /// </summary>
    public string Registry { get; }

    /// <summary>
    /// <see cref="Registry"/> as a <see cref="Eci.ImagePull.RegistryAddress"/>, or <see langword="null"/> when the image grammar
    /// accepts the registry text but no registry could be reached there (a port above 65535, a DNS label over 63
    /// characters, an IPv4-looking host with an octet above 255). Computed on first use.
    /// </summary>
    public RegistryAddress? RegistryAddress
    {
        get
        {
            if (!_registryAddressParsed)
            {
                Eci.ImagePull.RegistryAddress.TryParse(Registry, out _registryAddress);
                _registryAddressParsed = true;
            }

            return _registryAddress;
        }
    }

    /// <summary>The repository path, without registry, tag or digest; single-component Docker Hub names start with <c>library/</c>.</summary>
    public string Repository { get; }

    /// <summary>The tag as written (case kept), or <see langword="null"/> when there is none; no default "latest" is implied.</summary>
    public string? Tag { get; }

    /// <summary>The digest, such as <c>sha256:</c> followed by 64 lower-case hex digits, or <see langword="null"/>.</summary>
    public string? Digest { get; }

    /// <summary>True when <see cref="Registry"/> is exactly <c>docker.io</c> (including references written with <c>index.docker.io</c> or no registry).</summary>
    public bool IsDockerHub => Registry == DockerHubRegistry;

    /// <summary>The fully qualified name: <see cref="Registry"/> + "/" + <see cref="Repository"/>.</summary>
    public string Name { get; }

    /// <summary>
    /// Docker's familiar (short) name: without <c>docker.io/</c> for Docker Hub, and without <c>library/</c> when
    /// exactly one component follows it (<c>docker.io/library/nginx</c> → <c>nginx</c>, but
    /// <c>docker.io/library/a/b</c> → <c>library/a/b</c>). Other registries keep the full name. No tag or digest.
    /// Unlike Docker, <c>docker.io/</c> is kept when the short form would read as another registry
    /// (<c>docker.io/foo.com/bar</c> stays as is, since <c>foo.com/bar</c> names the registry <c>foo.com</c>).
    /// </summary>
    public string FamiliarName
    {
        get
        {
            if (!IsDockerHub)
            {
                return Name;
            }

            int firstSlash = Repository.IndexOf('/');
            if (firstSlash >= 0 && LooksLikeRegistry(Repository.Substring(0, firstSlash)))
            {
                return Name;
            }

            bool official = Repository.StartsWith(OfficialRepositoryPrefix, StringComparison.Ordinal)
                && Repository.IndexOf('/', OfficialRepositoryPrefix.Length) < 0;
            return official ? Repository.Substring(OfficialRepositoryPrefix.Length) : Repository;
        }
    }

    /// <summary>
    /// True when registry + "/" + path is longer than <see cref="MaxRepositoryLength"/>: valid under the current rule,
    /// but refused by the older Docker/containerd builds (and many clients) that cap the whole name.
    /// </summary>
    public bool ExceedsLegacyNameLimit => Name.Length > MaxRepositoryLength;

    /// <summary>Parses a reference as Docker would normalize it.</summary>
    /// <param name="text">The image reference, such as <c>nginx:1.27</c> or <c>registry.example.com:5000/team/app@sha256:…</c>.</param>
    /// <returns>The normalized reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ImageReferenceFormatException">The text is not a valid reference; the exception says which part and why.</exception>
    public static ImageReference Parse(string text)
    {
        if (text == null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        ImageReference? reference = ImageReferenceParser.Parse(text, out ImageReferenceParseFailure? failure);
        return reference ?? throw ImageReferenceParser.ToException(text, failure!);
    }

    /// <summary>Parses a reference without throwing.</summary>
    /// <param name="text">The image reference; <see langword="null"/> fails.</param>
    /// <param name="reference">The normalized reference when the result is <see langword="true"/>.</param>
    /// <returns>Whether <paramref name="text"/> is a valid reference.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ImageReference? reference)
    {
        reference = text == null ? null : ImageReferenceParser.Parse(text, out _);
        return reference != null;
    }

    /// <summary>Parses a reference without throwing; on failure, returns (does not throw) the exception describing why.</summary>
    /// <param name="text">The image reference; <see langword="null"/> fails with <see cref="ImageReferenceError.Empty"/>.</param>
    /// <param name="reference">The normalized reference when the result is <see langword="true"/>.</param>
    /// <param name="error">The problem when the result is <see langword="false"/>.</param>
    /// <returns>Whether <paramref name="text"/> is a valid reference.</returns>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out ImageReference? reference,
        [NotNullWhen(false)] out ImageReferenceFormatException? error)
    {
        if (text == null)
        {
            reference = null;
            error = new ImageReferenceFormatException(ImageReferenceError.Empty, "Image reference is null.", null);
            return false;
        }

        reference = ImageReferenceParser.Parse(text, out ImageReferenceParseFailure? failure);
        error = reference == null ? ImageReferenceParser.ToException(text, failure!) : null;
        return reference != null;
    }

    /// <summary>The canonical form: <see cref="Name"/>, then ":" and the tag if any, then "@" and the digest if any.</summary>
    /// <returns>The canonical reference, which parses back to an equal reference.</returns>
    public override string ToString() => _canonical;

    /// <summary>Docker's familiar form: <see cref="FamiliarName"/>, then ":" and the tag if any, then "@" and the digest if any.</summary>
    /// <returns>The short reference, which parses back to an equal reference.</returns>
    public string ToFamiliarString() =>
        FamiliarName + (Tag == null ? string.Empty : ":" + Tag) + (Digest == null ? string.Empty : "@" + Digest);

    /// <summary>
    /// Equal when the canonical forms match, comparing the registry host case-insensitively (host names are)
    /// and repository, tag and digest exactly.
    /// </summary>
    /// <param name="other">The reference to compare with.</param>
    /// <returns>Whether both name the same image the same way.</returns>
    public bool Equals(ImageReference? other) =>
        other is not null
        && string.Equals(Registry, other.Registry, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Repository, other.Repository, StringComparison.Ordinal)
        && string.Equals(Tag, other.Tag, StringComparison.Ordinal)
        && string.Equals(Digest, other.Digest, StringComparison.Ordinal);

    /// <inheritdoc cref="Equals(ImageReference?)"/>
    public override bool Equals(object? obj) => Equals(obj as ImageReference);

    /// <summary>A hash consistent with <see cref="Equals(ImageReference?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            int hash = StringComparer.OrdinalIgnoreCase.GetHashCode(Registry);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Repository);
            hash = (hash * 31) + (Tag == null ? 0 : StringComparer.Ordinal.GetHashCode(Tag));
            return (hash * 31) + (Digest == null ? 0 : StringComparer.Ordinal.GetHashCode(Digest));
        }
    }

    /// <summary>Whether two references are equal (see <see cref="Equals(ImageReference?)"/>).</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>Whether they are equal; two <see langword="null"/>s are equal.</returns>
    public static bool operator ==(ImageReference? left, ImageReference? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two references differ (see <see cref="Equals(ImageReference?)"/>).</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ImageReference? left, ImageReference? right) => !(left == right);

    // A Hub path component is lower case and has no ':', so of Docker's registry tests only these two can apply.
    private static bool LooksLikeRegistry(string firstComponent) =>
        firstComponent.IndexOf('.') >= 0 || firstComponent == "localhost";
}
