using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text.Json;

namespace Eci.ImagePull;

/// <summary>
/// Looks a registry up in one Docker config document, re-read at every lookup so that a <c>docker login</c>
/// made while the application runs is seen. Inside a document the order is:
/// <list type="number">
/// <item>the helper that <c>credHelpers</c> names for the registry;</item>
/// <item>the registry's <c>auths</c> entry (see <see cref="DockerAuthEntryDecoder"/>);</item>
/// <item>the <c>credsStore</c> helper.</item>
/// </list>
/// A step that has nothing for the registry (a helper answering "credentials not found", an <c>auths</c> entry
/// that is <c>{}</c>) passes on to the next. This differs from Docker in one case: when a document has both
/// <c>credsStore</c> and a usable inline <c>auths</c> credential, Docker asks only the store, while this
/// source uses the inline credential. Inline credentials are written on purpose (by hand or by CI), and using
/// them avoids starting a process; with a plain <c>docker login</c> the inline entry is <c>{}</c> and the store
/// is asked exactly as Docker would.
/// </summary>
internal sealed class DockerConfigCredentialSource : ICredentialSource
{
    private readonly string _origin;
    private readonly Func<string?> _readText;
    private readonly string _absentNote;
    private readonly ICredentialHelperRunner _helperRunner;
    private readonly TimeSpan _helperTimeout;

    private DockerConfigCredentialSource(
        string origin,
        Func<string?> readText,
        string absentNote,
        ICredentialHelperRunner helperRunner,
        TimeSpan helperTimeout)
    {
        _origin = origin;
        _readText = readText;
        _absentNote = absentNote;
        _helperRunner = helperRunner;
        _helperTimeout = helperTimeout;
    }

    /// <summary>A source over the JSON held by the <c>DOCKER_AUTH_CONFIG</c> environment variable.</summary>
    internal static DockerConfigCredentialSource FromEnvironmentJson(string json, ICredentialHelperRunner helperRunner, TimeSpan helperTimeout) =>
        new DockerConfigCredentialSource("DOCKER_AUTH_CONFIG environment variable", () => json, "empty", helperRunner, helperTimeout);

    /// <summary>A source over a <c>config.json</c> file; a missing file simply has no credentials.</summary>
    internal static DockerConfigCredentialSource FromFile(string path, ICredentialHelperRunner helperRunner, TimeSpan helperTimeout)
    {
        string origin = "Docker config " + path;
        return new DockerConfigCredentialSource(origin, () => ReadFile(origin, path), "file does not exist or is empty", helperRunner, helperTimeout);
    }

    public bool TryGet(CredentialRegistryKey registry, [NotNullWhen(true)] out RegistryCredential? credential)
    {
        credential = null;
        DockerConfigDocument? document = Load();
        if (document is null)
        {
            return false;
        }

        KeyValuePair<string, string>? hostHelper = document.CredentialHelperFor(registry);
        if (hostHelper.HasValue
            && CredentialHelperClient.TryGet(_helperRunner, hostHelper.Value.Value, HostHelperOrigin(document, hostHelper.Value.Key), registry, _helperTimeout, out credential))
        {
            return true;
        }

        foreach (KeyValuePair<string, JsonElement> entry in document.AuthEntriesFor(registry))
        {
            if (DockerAuthEntryDecoder.TryDecode(document.Origin, entry.Key, entry.Value, out credential))
            {
                return true;
            }
        }

        return document.CredentialsStore != null
            && CredentialHelperClient.TryGet(_helperRunner, document.CredentialsStore, StoreOrigin(document), registry, _helperTimeout, out credential);
    }

    public IEnumerable<string> Describe(CredentialRegistryKey registry)
    {
        DockerConfigDocument? document;
        try
        {
            document = Load();
        }
        catch (RegistryCredentialsException ex)
        {
            return new[] { _origin + " (unusable: " + ex.Message + ")" };
        }

        if (document is null)
        {
            return new[] { _origin + " (" + _absentNote + ")" };
        }

        var places = new List<string>();
        KeyValuePair<string, string>? hostHelper = document.CredentialHelperFor(registry);
        if (hostHelper.HasValue)
        {
            places.Add(CredentialHelperClient.Describe(hostHelper.Value.Value, HostHelperOrigin(document, hostHelper.Value.Key)));
        }

        IReadOnlyList<KeyValuePair<string, JsonElement>> entries = document.AuthEntriesFor(registry);
        if (entries.Count == 0)
        {
            places.Add(document.Origin + " (auths: no entry for '" + registry.Original + "')");
        }

        foreach (KeyValuePair<string, JsonElement> entry in entries)
        {
            places.Add(document.Origin + " (auths[\"" + entry.Key + "\"])");
        }

        if (document.CredentialsStore != null)
        {
            places.Add(CredentialHelperClient.Describe(document.CredentialsStore, StoreOrigin(document)));
        }

        return places;
    }

    private static string HostHelperOrigin(DockerConfigDocument document, string key) =>
        "credHelpers[\"" + key + "\"] in " + document.Origin;

    private static string StoreOrigin(DockerConfigDocument document) => "credsStore in " + document.Origin;

    private static string? ReadFile(string origin, string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
        catch (IOException ex)
        {
            throw new RegistryCredentialsException(origin + " could not be read: " + ex.Message, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new RegistryCredentialsException(origin + " could not be read: " + ex.Message, ex);
        }
    }

    private DockerConfigDocument? Load()
    {
        string? text = _readText();
        return text is null ? null : DockerConfigDocument.Parse(_origin, text);
    }
}
