using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Eci.ImagePull;

/// <summary>
/// The credential parts of one Docker config JSON document (<c>config.json</c> or <c>DOCKER_AUTH_CONFIG</c>):
/// <c>auths</c>, <c>credHelpers</c> and <c>credsStore</c>. Everything else in the document is ignored.
/// <c>auths</c> entries are kept raw and decoded only when asked for, so one broken entry does not
/// spoil the lookups of every other registry.
/// </summary>
internal sealed class DockerConfigDocument
{
    private DockerConfigDocument(
        string origin,
        IReadOnlyList<KeyValuePair<string, JsonElement>> auths,
        IReadOnlyList<KeyValuePair<string, string>> credentialHelpers,
        string? credentialsStore)
    {
        Origin = origin;
        Auths = auths;
        CredentialHelpers = credentialHelpers;
        CredentialsStore = credentialsStore;
    }

    /// <summary>Names the document in messages: <c>Docker config /root/.docker/config.json</c>.</summary>
    internal string Origin { get; }

    /// <summary>The <c>auths</c> entries in document order.</summary>
    internal IReadOnlyList<KeyValuePair<string, JsonElement>> Auths { get; }

    /// <summary>The <c>credHelpers</c> map (registry → helper suffix) in document order.</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> CredentialHelpers { get; }

    /// <summary>The <c>credsStore</c> helper suffix, or <see langword="null"/> when absent or empty.</summary>
    internal string? CredentialsStore { get; }

    /// <summary>
    /// Parses a document. An empty or blank text is no document at all (Docker accepts an empty file), so
    /// <see langword="null"/> is returned; anything else that is not a well-formed config throws
    /// <see cref="RegistryCredentialsException"/> naming <paramref name="origin"/> and never quoting the content.
    /// </summary>
    internal static DockerConfigDocument? Parse(string origin, string json)
    {
        if (json.Trim().Length == 0)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            // The parser's own message quotes the offending character, which could be part of a secret.
            throw new RegistryCredentialsException(
                origin + ": not valid JSON (line " + (ex.LineNumber + 1) + ", byte " + (ex.BytePositionInLine + 1) + ").");
        }
        catch (ArgumentException)
        {
            // Text holding an unpaired UTF-16 surrogate cannot be transcoded for the parser, which then throws
            // ArgumentException rather than JsonException.
            throw new RegistryCredentialsException(origin + ": not valid JSON text (it contains an unpaired UTF-16 surrogate).");
        }

        using (document)
        {
            try
            {
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new RegistryCredentialsException(origin + ": the document is not a JSON object.");
                }

                return new DockerConfigDocument(
                    origin,
                    ReadAuths(origin, root),
                    ReadCredentialHelpers(origin, root),
                    ReadCredentialsStore(origin, root));
            }
            catch (InvalidOperationException)
            {
                // Valid JSON can still hold a name or string that is not text: a \u escape of half a surrogate
                // pair. System.Text.Json throws InvalidOperationException only when such a string is read.
                throw new RegistryCredentialsException(origin + ": " + DockerJson.UnpairedSurrogateEscape + ".");
            }
        }
    }

    /// <summary>
    /// The <c>auths</c> entries for a registry, best first: keys equal to one of the registry's exact keys, then
    /// keys that match once scheme and path are stripped (<c>https://reg:5000/v1/</c> for <c>reg:5000</c>).
    /// </summary>
    internal IReadOnlyList<KeyValuePair<string, JsonElement>> AuthEntriesFor(CredentialRegistryKey registry) =>
        MatchingEntries(Auths, registry);

    /// <summary>The <c>credHelpers</c> entry for a registry, matched like <see cref="AuthEntriesFor"/>.</summary>
    internal KeyValuePair<string, string>? CredentialHelperFor(CredentialRegistryKey registry)
    {
        IReadOnlyList<KeyValuePair<string, string>> matches = MatchingEntries(CredentialHelpers, registry);
        return matches.Count == 0 ? null : matches[0];
    }

    private static IReadOnlyList<KeyValuePair<string, T>> MatchingEntries<T>(
        IReadOnlyList<KeyValuePair<string, T>> entries,
        CredentialRegistryKey registry)
    {
        var matches = new List<KeyValuePair<string, T>>();
        var taken = new bool[entries.Count];
        foreach (string exactKey in registry.ExactConfigKeys)
        {
            for (int i = 0; i < entries.Count; i++)
            {
                if (!taken[i] && string.Equals(entries[i].Key, exactKey, StringComparison.Ordinal))
                {
                    taken[i] = true;
                    matches.Add(entries[i]);
                }
            }
        }

        for (int i = 0; i < entries.Count; i++)
        {
            if (!taken[i] && registry.MatchesConfigKeyLoosely(entries[i].Key))
            {
                matches.Add(entries[i]);
            }
        }

        return matches;
    }

    private static IReadOnlyList<KeyValuePair<string, JsonElement>> ReadAuths(string origin, JsonElement root)
    {
        var auths = new List<KeyValuePair<string, JsonElement>>();
        if (!DockerJson.TryGetProperty(root, "auths", out JsonElement authsElement) || authsElement.ValueKind == JsonValueKind.Null)
        {
            return auths;
        }

        if (authsElement.ValueKind != JsonValueKind.Object)
        {
            throw new RegistryCredentialsException(origin + ": auths is not a JSON object.");
        }

        foreach (JsonProperty entry in authsElement.EnumerateObject())
        {
            // Clone: the entries outlive the JsonDocument they were parsed from.
            auths.Add(new KeyValuePair<string, JsonElement>(entry.Name, entry.Value.Clone()));
        }

        return auths;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> ReadCredentialHelpers(string origin, JsonElement root)
    {
        var helpers = new List<KeyValuePair<string, string>>();
        if (!DockerJson.TryGetProperty(root, "credHelpers", out JsonElement helpersElement) || helpersElement.ValueKind == JsonValueKind.Null)
        {
            return helpers;
        }

        if (helpersElement.ValueKind != JsonValueKind.Object)
        {
            throw new RegistryCredentialsException(origin + ": credHelpers is not a JSON object.");
        }

        foreach (JsonProperty entry in helpersElement.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                throw new RegistryCredentialsException(
                    origin + ": credHelpers[\"" + entry.Name + "\"] is not a string (expected a helper name such as \"pass\").");
            }

            helpers.Add(new KeyValuePair<string, string>(entry.Name, entry.Value.GetString()!));
        }

        return helpers;
    }

    private static string? ReadCredentialsStore(string origin, JsonElement root)
    {
        if (!DockerJson.TryGetProperty(root, "credsStore", out JsonElement storeElement) || storeElement.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (storeElement.ValueKind != JsonValueKind.String)
        {
            throw new RegistryCredentialsException(origin + ": credsStore is not a string (expected a helper name such as \"desktop\").");
        }

        string store = storeElement.GetString()!.Trim();
        return store.Length == 0 ? null : store;
    }
}
