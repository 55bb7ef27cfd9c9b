using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Eci.ImagePull;

/// <summary>
/// The value of ECI's <c>PlainHttpRegistry</c> or <c>InsecureRegistry</c>: comma-separated <c>host[:port]</c>
/// entries, each matched exactly against the registry part of an image reference.
/// </summary>
/// <remarks>
/// Parsing never throws: every entry is kept, with its offset and its problems, so an analyzer can point at
/// the exact span and a code fix can offer the normalized value. Instances are immutable; <see cref="Add"/>
/// and <see cref="Remove"/> return new lists that keep the other entries' text as written, while
/// <see cref="ToString"/> and <see cref="Merge"/> give the tidied, canonical value.
/// </remarks>
public sealed class RegistryList : IReadOnlyList<RegistryListEntry>
{
    private const char Separator = ',';

    private readonly RegistryListEntry[] _entries;

    private RegistryList(string? value, RegistryListEntry[] entries)
    {
        Value = value;
        _entries = entries;
    }

    /// <summary>A list with no value and no entries.</summary>
    public static RegistryList Empty { get; } = new RegistryList(null, new RegistryListEntry[0]);

    /// <summary>The original text of the list; null for <see cref="Empty"/> and lists parsed from null.</summary>
    public string? Value { get; }

    /// <summary>The entries in order of appearance.</summary>
    public IReadOnlyList<RegistryListEntry> Entries => _entries;

    /// <summary>True when at least one entry has a problem.</summary>
    public bool HasProblems
    {
        get
        {
            foreach (var entry in _entries)
            {
                if (!entry.IsValid)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>The entry at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The entry.</returns>
    public RegistryListEntry this[int index] => _entries[index];

    /// <summary>Splits a list value into entries and records each entry's problems. Never throws.</summary>
    /// <param name="value">The list value; null or empty gives a list without entries.</param>
    /// <returns>The list.</returns>
    public static RegistryList Parse(string? value)
    {
        if (value == null)
        {
            return Empty;
        }

        if (value.Length == 0)
        {
            return new RegistryList(value, new RegistryListEntry[0]);
        }

        var entries = new List<RegistryListEntry>();
        // A set keeps duplicate detection linear even for lists with many thousands of entries.
        var seen = new HashSet<RegistryAddress>();
        int start = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] != Separator)
            {
                continue;
            }

            entries.Add(ReadEntry(value.Substring(start, i - start), start, seen));
            start = i + 1;
        }

        return new RegistryList(value, entries.ToArray());
    }

    /// <summary>True when an entry's <see cref="RegistryListEntry.Address"/> equals <paramref name="address"/> exactly, port included: what ECI matches.</summary>
    /// <param name="address">The image's registry address.</param>
    /// <returns>True when ECI would apply this list to that registry.</returns>
    public bool Contains(RegistryAddress address)
    {
        RequireAddress(address);

        // Loops, not LINQ: the analyzer asks this for every image of every request, and a closure per call adds up.
        foreach (var entry in _entries)
        {
            if (address.Equals(entry.Address))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an entry's <see cref="RegistryListEntry.Address"/> has the same host, with any port or none.</summary>
    /// <param name="address">The address whose host is looked for.</param>
    /// <returns>True when the host is listed (useful to explain a port mismatch).</returns>
    public bool ContainsHost(RegistryAddress address)
    {
        RequireAddress(address);
        foreach (var entry in _entries)
        {
            if (entry.Address != null && entry.Address.HasSameHost(address))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first entry whose <see cref="RegistryListEntry.NormalizedAddress"/> equals <paramref name="address"/>.</summary>
    /// <param name="address">The address looked for.</param>
    /// <returns>The entry that would match once normalized (it may also match as written), or null.</returns>
    public RegistryListEntry? FindNormalized(RegistryAddress address)
    {
        RequireAddress(address);
        foreach (var entry in _entries)
        {
            if (address.Equals(entry.NormalizedAddress))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>A new list with <paramref name="address"/> appended; this list when it already <see cref="Contains"/> it.</summary>
    /// <param name="address">The address to add.</param>
    /// <returns>The new list; other entries keep their text as written.</returns>
    public RegistryList Add(RegistryAddress address)
    {
        RequireAddress(address);
        if (Contains(address))
        {
            return this;
        }

        return Parse(_entries.Length == 0 ? address.ToString() : Value + Separator + address);
    }

    /// <summary>A new list without the entries whose address or normalized address equals <paramref name="address"/>.</summary>
    /// <param name="address">The address to remove.</param>
    /// <returns>The new list (this list when nothing matched); other entries keep their text as written.</returns>
    public RegistryList Remove(RegistryAddress address)
    {
        RequireAddress(address);
        var kept = _entries
            .Where(entry => !address.Equals(entry.Address) && !address.Equals(entry.NormalizedAddress))
            .ToList();
        if (kept.Count == _entries.Length)
        {
            return this;
        }

        return Parse(string.Join(Separator.ToString(), kept.Select(entry => entry.Text)));
    }

    /// <summary>
    /// The canonical ECI value: entries normalized where possible, otherwise trimmed; empty entries and
    /// duplicates dropped; order kept. Nothing that could be meant as an entry is lost.
    /// </summary>
    /// <returns>The value, e.g. <c>harbor.corp,192.168.1.10:5000</c>; empty when there are no entries.</returns>
    public override string ToString()
    {
        return string.Join(Separator.ToString(), CanonicalItems(new HashSet<RegistryAddress>()));
    }

    /// <summary>The canonical value of <paramref name="existing"/> with <paramref name="addresses"/> appended when not already present (for generated code).</summary>
    /// <param name="existing">The current list value; may be null or contain problems.</param>
    /// <param name="addresses">The addresses to add, each a valid <c>host[:port]</c>.</param>
    /// <returns>The canonical list value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="addresses"/> is null.</exception>
    /// <exception cref="ArgumentException">An address is null or invalid; the message names every such address.</exception>
    public static string Merge(string? existing, params string[] addresses)
    {
        if (addresses == null)
        {
            throw new ArgumentNullException(nameof(addresses));
        }

        var parsed = new List<RegistryAddress>(addresses.Length);
        var invalid = new List<string>();
        foreach (string address in addresses)
        {
            if (RegistryAddress.TryParse(address, out RegistryAddress? result))
            {
                parsed.Add(result);
            }
            else
            {
                invalid.Add(address == null ? "null" : MessageText.Quote(address));
            }
        }

        if (invalid.Count > 0)
        {
            throw new ArgumentException(
                "Not a valid registry address (expected a bare host[:port]): " + string.Join(", ", invalid) + ".",
                nameof(addresses));
        }

        var seen = new HashSet<RegistryAddress>();
        List<string> items = Parse(existing).CanonicalItems(seen);
        items.AddRange(parsed.Where(seen.Add).Select(address => address.ToString()));
        return string.Join(Separator.ToString(), items);
    }

    /// <summary>Returns an enumerator over the entries.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<RegistryListEntry> GetEnumerator() => ((IEnumerable<RegistryListEntry>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static RegistryListEntry ReadEntry(string text, int start, HashSet<RegistryAddress> seen)
    {
        RegistryAddressAnalysis analysis = RegistryAddressSyntax.Analyze(text);
        RegistryListProblems problems = analysis.Problems;
        var messages = new List<string>(analysis.Messages);
        if (analysis.NormalizedAddress != null && !seen.Add(analysis.NormalizedAddress))
        {
            problems |= RegistryListProblems.Duplicate;
            messages.Add("it repeats " + MessageText.Quote(analysis.NormalizedAddress.ToString()) + " from an earlier entry");
        }

        string? message = problems == RegistryListProblems.None
            ? null
            : "Registry list entry " + MessageText.Quote(text) + " at offset "
                + start.ToString(CultureInfo.InvariantCulture) + ": " + string.Join("; ", messages) + ".";
        return new RegistryListEntry(text, start, problems, analysis.Address, analysis.NormalizedAddress, message);
    }

    private List<string> CanonicalItems(HashSet<RegistryAddress> seenAddresses)
    {
        var items = new List<string>(_entries.Length);
        var seenText = new HashSet<string>(StringComparer.Ordinal);
        foreach (RegistryListEntry entry in _entries)
        {
            if ((entry.Problems & RegistryListProblems.Empty) != 0)
            {
                continue;
            }

            if (entry.NormalizedAddress != null)
            {
                if (seenAddresses.Add(entry.NormalizedAddress))
                {
                    items.Add(entry.NormalizedAddress.ToString());
                }
            }
            else
            {
                // Cannot be fixed automatically; keep it (trimmed) so that the author still sees it.
                string trimmed = entry.Text.Trim();
                if (seenText.Add(trimmed))
                {
                    items.Add(trimmed);
                }
            }
        }

        return items;
    }

    private static void RequireAddress(RegistryAddress address)
    {
        if (address == null)
        {
            throw new ArgumentNullException(nameof(address));
        }
    }
}
