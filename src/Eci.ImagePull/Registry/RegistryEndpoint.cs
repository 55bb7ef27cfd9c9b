using System;

namespace Eci.ImagePull.Registry;

/// <summary>Turns a registry address and transport into the base URI that is contacted.</summary>
internal static class RegistryEndpoint
{
    /// <summary>Docker Hub's registry API lives on registry-1.docker.io, not on docker.io.</summary>
    private const string DockerHubApiHost = "registry-1.docker.io";

    public static Uri BaseUri(RegistryAddress registry, RegistryTransport transport)
    {
        var scheme = transport == RegistryTransport.PlainHttp ? "http" : "https";
        var authority = IsDockerHub(registry) ? DockerHubApiHost : registry.ToString();
        return new Uri(scheme + "://" + authority + "/");
    }

    public static bool IsDockerHub(RegistryAddress registry) =>
        registry.Port is null && (registry.Host == "docker.io" || registry.Host == "index.docker.io" || registry.Host == "registry-1.docker.io");

    /// <summary>The host[:port] of a URI in the form registry lists use, so redirect and realm targets can be looked up.</summary>
    public static RegistryAddress? AddressOf(Uri uri)
    {
        var text = uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port;
        return RegistryAddress.TryParse(text, out var address) ? address : null;
    }

    /// <summary>True when both URIs have the same scheme, host and port (the same origin).</summary>
    public static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
