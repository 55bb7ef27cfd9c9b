using System;
using System.Collections.Generic;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Pull;

/// <summary>
/// The pull-relevant parts of an ECI request (<c>CreateContainerGroup</c> / <c>CreateImageCache</c>): images,
/// <c>PlainHttpRegistry</c>, <c>InsecureRegistry</c> and <c>ImageRegistryCredential</c> entries.
/// </summary>
public sealed class PullCheckRequest
{
    private readonly Dictionary<RegistryAddress, RegistryCredential> _credentials = new();

    /// <summary>The images, as written in the request.</summary>
    public List<string> Images { get; } = new();

    /// <summary>The request's <c>PlainHttpRegistry</c> value.</summary>
    public string? PlainHttpRegistry { get; set; }

    /// <summary>The request's <c>InsecureRegistry</c> value.</summary>
    public string? InsecureRegistry { get; set; }

    /// <summary>The request's <c>AcrRegistryInfo</c> elements (their domains), for the rules engine.</summary>
    public List<AcrRegistryInput> AcrRegistryInfo { get; } = new();

    /// <summary>The request's <c>RegionId</c>, for the rules engine (VPC endpoint region checks).</summary>
    public string? RegionId { get; set; }

    /// <summary>
    /// What the team knows about its registries (the analyzer's <c>eci.*_registries</c> settings), for the rules
    /// engine; <see cref="RegistryKnowledge.None"/> by default. The registry contact finds these facts anyway.
    /// </summary>
    public RegistryKnowledge Knowledge { get; set; } = RegistryKnowledge.None;

    /// <summary>The <c>ImageRegistryCredential</c> entries by server address.</summary>
    public IReadOnlyDictionary<RegistryAddress, RegistryCredential> Credentials => _credentials;

    /// <summary>
    /// Where to look when no <c>ImageRegistryCredential</c> matches (for example a Docker config file).
    /// ECI itself only uses the request's entries, so a pull that works only thanks to this lookup is reported
    /// with a hint to add the entry.
    /// </summary>
    public Func<RegistryAddress, RegistryCredential?>? CredentialFallback { get; set; }

    /// <summary>Adds an <c>ImageRegistryCredential</c> entry.</summary>
    /// <param name="server">The <c>Server</c> value: <c>host[:port]</c> without scheme.</param>
    /// <param name="userName">The <c>UserName</c>.</param>
    /// <param name="password">The <c>Password</c>; never shown.</param>
    /// <exception cref="FormatException"><paramref name="server"/> is not a <c>host[:port]</c> address.</exception>
    public void AddCredential(string server, string userName, string password)
    {
        var address = RegistryAddress.Parse(server);
        _credentials[address] = new RegistryCredential(userName, password, $"ImageRegistryCredential for {address}");
    }

    /// <summary>The request in the rules engine's terms: every value known, images tagged with their index.</summary>
    /// <returns>The settings to evaluate.</returns>
    internal PullSettings ToPullSettings()
    {
        var settings = new PullSettings
        {
            PlainHttpRegistry = RegistryListInput.Known(PlainHttpRegistry),
            InsecureRegistry = RegistryListInput.Known(InsecureRegistry),
            RegionId = RegionId,
            Knowledge = Knowledge ?? RegistryKnowledge.None,
            // Whether the instance gets an elastic IP is not part of what a pull check is given.
            HasElasticIp = null,
        };
        for (var i = 0; i < Images.Count; i++)
        {
            settings.Images.Add(new ImageInput(Images[i], i));
        }

        foreach (var server in _credentials.Keys)
        {
            settings.Credentials.Add(new CredentialInput(server.ToString()));
        }

        foreach (var acr in AcrRegistryInfo)
        {
            settings.AcrRegistryInfo.Add(acr);
        }

        return settings;
    }

    /// <summary>The credential ECI would use (exact server match), else the fallback's.</summary>
    /// <param name="registry">The image's registry.</param>
    /// <returns>The credential and whether it came from the request itself.</returns>
    internal (RegistryCredential? Credential, bool FromRequest) CredentialFor(RegistryAddress registry)
    {
        if (_credentials.TryGetValue(registry, out var credential))
        {
            return (credential, true);
        }

        return (CredentialFallback?.Invoke(registry), false);
    }
}
