namespace Eci.ImagePull.Registry;

/// <summary>What <c>GET /v2/</c> told about a registry.</summary>
public sealed class RegistryPingResult
{
    /// <summary>Creates a ping result.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="transport">The transport used.</param>
    /// <param name="authenticationScheme">Null when /v2/ answered 200; otherwise <c>Basic</c> or <c>Bearer</c>.</param>
    /// <param name="realm">The Bearer realm (token endpoint), or null.</param>
    public RegistryPingResult(RegistryAddress registry, RegistryTransport transport, string? authenticationScheme, string? realm)
    {
        Registry = registry;
        Transport = transport;
        AuthenticationScheme = authenticationScheme;
        Realm = realm;
    }

    /// <summary>The registry.</summary>
    public RegistryAddress Registry { get; }

    /// <summary>The transport that worked.</summary>
    public RegistryTransport Transport { get; }

    /// <summary>Null when the registry answered 200 without credentials; <c>Basic</c> or <c>Bearer</c> when it challenged.</summary>
    public string? AuthenticationScheme { get; }

    /// <summary>The token endpoint of a Bearer challenge, or null.</summary>
    public string? Realm { get; }

    /// <summary>True when the registry answered 200 to an anonymous <c>/v2/</c>.</summary>
    public bool IsAnonymous => AuthenticationScheme is null;
}
