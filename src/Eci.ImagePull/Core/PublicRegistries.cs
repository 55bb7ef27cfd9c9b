using System;

namespace Eci.ImagePull;

/// <summary>
/// Internet registries other than Docker Hub that ECI users pull from, by what they host: some serve only public
/// images (no credential is ever needed), others serve public and private repositories alike (a credential is needed
/// for some repositories and nothing in the image name says which).
/// </summary>
internal static class PublicRegistries
{
    private static readonly string[] PublicOnlyHosts = { "mcr.microsoft.com", "registry.k8s.io", "public.ecr.aws" };

    private static readonly string[] PublicAndPrivateHosts = { "ghcr.io", "quay.io", "gcr.io" };

    /// <summary>The kind for a host of one of these registries, or null.</summary>
    public static RegistryKind? KindOf(string host)
    {
        foreach (var known in PublicOnlyHosts)
        {
            if (string.Equals(host, known, StringComparison.OrdinalIgnoreCase))
            {
                return RegistryKind.PublicOnly;
            }
        }

        foreach (var known in PublicAndPrivateHosts)
        {
            if (string.Equals(host, known, StringComparison.OrdinalIgnoreCase))
            {
                return RegistryKind.PublicAndPrivate;
            }
        }

        // Container Registry's regional hosts: us.gcr.io, eu.gcr.io, asia.gcr.io.
        return host.EndsWith(".gcr.io", StringComparison.OrdinalIgnoreCase) && host.IndexOf('.') == host.Length - ".gcr.io".Length
            ? RegistryKind.PublicAndPrivate
            : null;
    }
}
