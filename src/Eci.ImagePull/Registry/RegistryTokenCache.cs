using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace Eci.ImagePull.Registry;

/// <summary>Bearer tokens per (registry, scope) until shortly before they expire.</summary>
internal sealed class RegistryTokenCache
{
    /// <summary>Tokens are dropped this long before their stated expiry, so one does not expire mid-request.</summary>
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<(RegistryAddress Registry, string Scope), (string Token, DateTimeOffset Expires)> _tokens = new();

    public string? Get(RegistryAddress registry, string scope)
    {
        if (_tokens.TryGetValue((registry, scope), out var entry) && entry.Expires - SafetyMargin > DateTimeOffset.UtcNow)
        {
            return entry.Token;
        }

        return null;
    }

    public void Set(RegistryAddress registry, string scope, string token, DateTimeOffset expires) =>
        _tokens[(registry, scope)] = (token, expires);

    /// <summary>Every token held for <paramref name="registry"/>, expired or not (for redaction).</summary>
    public IEnumerable<string> TokensFor(RegistryAddress registry) =>
        _tokens.Where(entry => entry.Key.Registry.Equals(registry)).Select(entry => entry.Value.Token);

    public void Remove(RegistryAddress registry, string scope) => _tokens.TryRemove((registry, scope), out _);
}
