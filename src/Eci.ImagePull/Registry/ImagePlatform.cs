using System;
using System.Diagnostics.CodeAnalysis;

namespace Eci.ImagePull.Registry;

/// <summary>An image platform <c>os/architecture[/variant]</c>, as in an OCI index entry.</summary>
public sealed class ImagePlatform : IEquatable<ImagePlatform>
{
    /// <summary>Creates a platform.</summary>
    /// <param name="os">Operating system, e.g. <c>linux</c>.</param>
    /// <param name="architecture">Architecture, e.g. <c>amd64</c>.</param>
    /// <param name="variant">Variant, e.g. <c>v8</c>; null when not specified.</param>
    public ImagePlatform(string os, string architecture, string? variant = null)
    {
        if (string.IsNullOrEmpty(os))
        {
            throw new ArgumentException("A platform needs an operating system.", nameof(os));
        }

        if (string.IsNullOrEmpty(architecture))
        {
            throw new ArgumentException("A platform needs an architecture.", nameof(architecture));
        }

        Os = os;
        Architecture = architecture;
        Variant = string.IsNullOrEmpty(variant) ? null : variant;
    }

    /// <summary><c>linux/amd64</c>: what ECI runs on unless an ARM instance type is chosen.</summary>
    public static ImagePlatform LinuxAmd64 { get; } = new("linux", "amd64");

    /// <summary>Operating system.</summary>
    public string Os { get; }

    /// <summary>Architecture.</summary>
    public string Architecture { get; }

    /// <summary>Variant, or null.</summary>
    public string? Variant { get; }

    /// <summary>Reads <c>os/arch</c> or <c>os/arch/variant</c> without throwing.</summary>
    /// <param name="text">The platform text.</param>
    /// <param name="platform">The platform when valid.</param>
    /// <returns>True when the text has two or three non-empty parts.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ImagePlatform? platform)
    {
        platform = null;
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length is < 2 or > 3 || Array.Exists(parts, p => p.Length == 0))
        {
            return false;
        }

        platform = new ImagePlatform(parts[0], parts[1], parts.Length == 3 ? parts[2] : null);
        return true;
    }

    /// <summary>Reads <c>os/arch[/variant]</c>.</summary>
    /// <param name="text">The platform text.</param>
    /// <returns>The platform.</returns>
    /// <exception cref="FormatException">The text is not <c>os/arch</c> or <c>os/arch/variant</c>.</exception>
    public static ImagePlatform Parse(string text) => TryParse(text, out var platform) ? platform
        : throw new FormatException($"'{text}' is not a platform: expected os/architecture or os/architecture/variant, e.g. linux/arm64/v8.");

    /// <summary>
    /// True when an index entry with platform <paramref name="candidate"/> can serve this platform: same OS and
    /// architecture, and the same variant when this platform names one.
    /// </summary>
    /// <param name="candidate">The index entry's platform.</param>
    /// <returns>True on a match.</returns>
    public bool Accepts(ImagePlatform candidate) =>
        string.Equals(Os, candidate.Os, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Architecture, candidate.Architecture, StringComparison.OrdinalIgnoreCase)
        && (Variant is null || string.Equals(Variant, candidate.Variant, StringComparison.OrdinalIgnoreCase));

    /// <summary><c>os/arch</c> or <c>os/arch/variant</c>.</summary>
    /// <returns>The platform text.</returns>
    public override string ToString() => Variant is null ? Os + "/" + Architecture : Os + "/" + Architecture + "/" + Variant;

    /// <summary>True for equal parts (case-insensitive).</summary>
    /// <param name="other">The other platform.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ImagePlatform? other) => other is not null
        && string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ImagePlatform);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());
}
