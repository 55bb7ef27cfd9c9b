using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Eci.ImagePull.Registry;

/// <summary>A content digest <c>algorithm:hex</c> (sha256, sha384 or sha512) and the hashing that checks it.</summary>
public sealed class ContentDigest : IEquatable<ContentDigest>
{
    private ContentDigest(string algorithm, string hex)
    {
        Algorithm = algorithm;
        Hex = hex;
    }

    /// <summary><c>sha256</c>, <c>sha384</c> or <c>sha512</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The lower-case hex digest.</summary>
    public string Hex { get; }

    /// <summary>
    /// Reads <c>sha256:&lt;64 hex&gt;</c>, <c>sha384:&lt;96 hex&gt;</c> or <c>sha512:&lt;128 hex&gt;</c> (lower case) without
    /// throwing. The rule is the image reference grammar's, so the client accepts exactly the digests an image may name.
    /// </summary>
    /// <param name="text">The digest text.</param>
    /// <param name="digest">The digest when valid.</param>
    /// <returns>True when the text is a supported, well-formed digest.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ContentDigest? digest)
    {
        digest = null;
        if (text is null || !ImageReferenceDigest.IsValid(text))
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        digest = new ContentDigest(text.Substring(0, colon), text.Substring(colon + 1));
        return true;
    }

    /// <summary>Reads a digest.</summary>
    /// <param name="text">The digest text.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="FormatException">Not <c>sha256:</c> + 64, <c>sha384:</c> + 96 or <c>sha512:</c> + 128 lower-case hex digits; the
    /// message gives the image grammar's reason (ECI006 says the same of a digest in an image).</exception>
    public static ContentDigest Parse(string text) =>
        TryParse(text, out var digest) ? digest
        : throw new FormatException(ImageReferenceDigest.Explain(text ?? string.Empty) + ".");

    /// <summary>The sha256 digest of <paramref name="content"/>.</summary>
    /// <param name="content">The bytes.</param>
    /// <returns>The digest.</returns>
    public static ContentDigest Sha256Of(ReadOnlySpan<byte> content) =>
        new("sha256", Convert.ToHexStringLower(SHA256.HashData(content)));

    /// <summary>The digest of <paramref name="content"/> with this digest's algorithm.</summary>
    /// <param name="content">The bytes.</param>
    /// <returns>The computed digest.</returns>
    public ContentDigest Compute(ReadOnlySpan<byte> content) => Algorithm switch
    {
        "sha384" => new ContentDigest(Algorithm, Convert.ToHexStringLower(SHA384.HashData(content))),
        "sha512" => new ContentDigest(Algorithm, Convert.ToHexStringLower(SHA512.HashData(content))),
        _ => Sha256Of(content),
    };

    /// <summary>An incremental hash for this digest's algorithm, to check streamed content.</summary>
    /// <returns>A new hash; dispose it.</returns>
    public IncrementalHash CreateHash() => IncrementalHash.CreateHash(Algorithm switch
    {
        "sha384" => HashAlgorithmName.SHA384,
        "sha512" => HashAlgorithmName.SHA512,
        _ => HashAlgorithmName.SHA256,
    });

    /// <summary>The digest that <paramref name="hash"/> finished with.</summary>
    /// <param name="hash">A hash created by <see cref="CreateHash"/>.</param>
    /// <returns>The computed digest.</returns>
    public ContentDigest Finish(IncrementalHash hash) => new(Algorithm, Convert.ToHexStringLower(hash.GetHashAndReset()));

    /// <summary><c>algorithm:hex</c>.</summary>
    /// <returns>The digest text.</returns>
    public override string ToString() => Algorithm + ":" + Hex;

    /// <summary>True for the same algorithm and hex.</summary>
    /// <param name="other">The other digest.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ContentDigest? other) => other is not null && other.Algorithm == Algorithm && other.Hex == Hex;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ContentDigest);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Hex);
}
