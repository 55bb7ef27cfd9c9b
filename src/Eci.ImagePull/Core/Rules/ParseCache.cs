using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;

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

    private readonly ConcurrentDictionary<string, ImageParse> _images = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RegistryList> _lists = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RegistryAddress?> _addresses = new(StringComparer.Ordinal);
    private int _imageCount;
    private int _listCount;
    private int _addressCount;

    /// <summary>How many texts are remembered, all kinds together (at most three times <see cref="MaxEntries"/>).</summary>
    public int Count => Volatile.Read(ref _imageCount) + Volatile.Read(ref _listCount) + Volatile.Read(ref _addressCount);

    /// <summary>An image reference parsed (with its registry address and classification), or why it is invalid.</summary>
    public ImageParse Image(string text) =>
        Lookup(_images, ref _imageCount, text, ImageParse.Of);

    /// <summary>A comma-separated registry list (or a credential server read as one).</summary>
    public RegistryList List(string text) =>
        Lookup(_lists, ref _listCount, text, RegistryList.Parse);

    /// <summary>A credential server as an exact <c>host[:port]</c>, or null when it is not one.</summary>
    public RegistryAddress? Address(string text) =>
        Lookup(_addresses, ref _addressCount, text, ParseAddress);

    private static RegistryAddress? ParseAddress(string text) =>
        RegistryAddress.TryParse(text, out var address) ? address : null;

    [MethodImpl(HotPath.Optimize)]
    private static T Lookup<T>(ConcurrentDictionary<string, T> cache, ref int count, string text, Func<string, T> parse)
    {
        if (cache.TryGetValue(text, out var known))
        {
            return known;
        }

        var parsed = parse(text);
        if (Volatile.Read(ref count) < MaxEntries && cache.TryAdd(text, parsed))
        {
            Interlocked.Increment(ref count);
        }

        return parsed;
    }
}
