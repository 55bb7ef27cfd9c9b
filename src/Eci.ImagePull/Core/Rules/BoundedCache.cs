using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace Eci.ImagePull.Rules;

/// <summary>
/// A thread-safe memo of immutable results that stops remembering at a fixed number of entries: past it, results are
/// still computed and returned, just not kept, so endless distinct inputs (a generated project) cannot grow it without
/// limit. Shared by the parse cache and the analyzer's diagnostic-properties cache.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries;
    private readonly int _capacity;
    private int _count;

    public BoundedCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        _capacity = capacity;
        _entries = new ConcurrentDictionary<TKey, TValue>(comparer ?? EqualityComparer<TKey>.Default);
    }

    /// <summary>How many entries are remembered (at most the capacity).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The remembered result for <paramref name="key"/>, or <paramref name="create"/>'s, remembered while there is room.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (_entries.TryGetValue(key, out var known))
        {
            return known;
        }

        var created = create(key);
        if (Volatile.Read(ref _count) < _capacity && _entries.TryAdd(key, created))
        {
            Interlocked.Increment(ref _count);
        }

        return created;
    }
}
