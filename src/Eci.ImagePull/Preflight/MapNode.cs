using System;
using System.Collections;
using System.Collections.Generic;

namespace Eci.ImagePull.Preflight;

/// <summary>
/// A request or element as a dictionary keyed by the SDK's property names: what <c>TeaModel.ToMap()</c> returns, or
/// parsed JSON. Keys are matched exactly (ordinal), as the SDK's NameInMap names are.
/// </summary>
internal sealed class MapNode : IRequestNode
{
    private readonly IReadOnlyDictionary<string, object?> _entries;

    private MapNode(IReadOnlyDictionary<string, object?> entries, string description)
    {
        _entries = entries;
        Description = description;
    }

    public string Description { get; }

    public IEnumerable<string> Keys => _entries.Keys;

    /// <summary>Reads any supported dictionary shape, or returns null when <paramref name="value"/> is not a dictionary.</summary>
    /// <exception cref="ArgumentException">A key is not a string.</exception>
    public static MapNode? TryCreate(object value, string path)
    {
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        switch (value)
        {
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    entries[entry.Key as string ?? throw new ArgumentException($"{path} has a key of type {PreflightValues.TypeName(entry.Key.GetType())}; the keys of a request dictionary are property names.", "request")] = entry.Value;
                }

                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                foreach (var pair in pairs)
                {
                    entries[pair.Key ?? throw new ArgumentException($"{path} has a null key.", "request")] = pair.Value;
                }

                break;
            case IEnumerable<KeyValuePair<string, string?>> texts:
                foreach (var pair in texts)
                {
                    entries[pair.Key ?? throw new ArgumentException($"{path} has a null key.", "request")] = pair.Value;
                }

                break;
            default:
                return null;
        }

        return new MapNode(entries, "dictionary");
    }

    public bool TryGet(string member, out object? value) => _entries.TryGetValue(member, out value);

    public IRequestNode Element(object element, string path, string expected) =>
        TryCreate(element, path) ?? throw PreflightValues.WrongType(path, expected + " (a dictionary)", element);
}
