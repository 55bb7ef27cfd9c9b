using System;

namespace Eci.ImagePull.Rules;

/// <summary>
/// Parse results shared by every request one caller evaluates: the analyzer keeps one per compilation, where the same
/// image names, registry lists and credential servers recur in file after file (a team has a handful of registries).
/// Everything cached is immutable, so threads share it freely. Bounded: past <see cref="MaxEntries"/> texts per kind
/// it parses without remembering, so a generated project with endless distinct images cannot grow it without limit.
/// </summary>
internal sealed class ParseCache
{
    /// <summary>At most this many texts per kind are remembered.</summary>
    public const int MaxEntries = 4096;

    private readonly BoundedCache<string, ImageParse> _images = new(MaxEntries, StringComparer.Ordinal);
    private readonly BoundedCache<string, RegistryList> _lists = new(MaxEntries, StringComparer.Ordinal);
    private readonly BoundedCache<string, RegistryAddress?> _addresses = new(MaxEntries, StringComparer.Ordinal);

    /// <summary>How many texts are remembered, all kinds together (at most three times <see cref="MaxEntries"/>).</summary>
    public int Count => _images.Count + _lists.Count + _addresses.Count;

    /// <summary>An image reference parsed (with its registry address and classification), or why it is invalid.</summary>
    public ImageParse Image(string text) => _images.GetOrAdd(text, ImageParse.Of);

    /// <summary>A comma-separated registry list (or a credential server read as one).</summary>
    public RegistryList List(string text) => _lists.GetOrAdd(text, RegistryList.Parse);

    /// <summary>A credential server as an exact <c>host[:port]</c>, or null when it is not one.</summary>
    public RegistryAddress? Address(string text) => _addresses.GetOrAdd(text, ParseAddress);

    private static RegistryAddress? ParseAddress(string text) =>
        RegistryAddress.TryParse(text, out var address) ? address : null;
}
