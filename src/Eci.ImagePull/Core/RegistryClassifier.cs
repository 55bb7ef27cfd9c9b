using System;

namespace Eci.ImagePull;

/// <summary>Tells which kind of registry an image's registry address belongs to (Docker Hub, ACR, loopback, self-managed).</summary>
/// <remarks>
/// Classification is by host name only; the port is ignored. An ACR or Docker Hub host written with a port
/// (e.g. <c>registry.cn-hangzhou.aliyuncs.com:443</c>) is still that service: the name decides who operates
/// the server, and a wrong port is a reachability problem, not a different kind of registry. Callers that
/// care about the port (ECI list matching does) can read <see cref="RegistryAddress.Port"/> themselves.
/// Host names are matched exactly against the documented layouts, so an ACR Enterprise custom domain is
/// <see cref="RegistryKind.SelfManaged"/>: nothing in its name reveals ACR.
/// </remarks>
public static class RegistryClassifier
{
    private const string EciOpenNamespace = "eci_open/";

    /// <summary>Classifies an image's registry (the repository decides ECI's own <c>eci_open</c> images); null when <see cref="ImageReference.RegistryAddress"/> is.</summary>
    public static RegistryClassification? Classify(ImageReference image)
    {
        if (image is null)
        {
            throw new System.ArgumentNullException(nameof(image));
        }

        return image.RegistryAddress is { } address ? Classify(address, image.Repository) : null;
    }

    /// <summary>Classifies a registry address, optionally with the repository path that follows it in the image reference.</summary>
    /// <param name="registry">The registry address (the host[:port] of the image reference).</param>
    /// <param name="repository">The repository path without registry, tag or digest (e.g. <c>eci_open/nginx</c>); only used to recognise ECI's public images.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public static RegistryClassification Classify(RegistryAddress registry, string? repository = null)
    {
        if (registry == null)
        {
            throw new ArgumentNullException(nameof(registry));
        }

        if (registry.IsLoopback)
        {
            return new RegistryClassification(registry, RegistryKind.Loopback);
        }

        if (registry.IsIPAddress)
        {
            return new RegistryClassification(registry, RegistryKind.SelfManaged);
        }

        string host = registry.Host;
        if (host == "docker.io" || host == "index.docker.io" || host == "registry-1.docker.io")
        {
            return new RegistryClassification(registry, RegistryKind.DockerHub);
        }

        if (PublicRegistries.KindOf(host) is { } publicKind)
        {
            return new RegistryClassification(registry, publicKind);
        }

        string[] labels = host.Split('.');
        if (AcrDomainPatterns.IsClassicPersonal(labels, out string region, out bool isVpc))
        {
            // ECI's samples live on the shared classic endpoints; the same host also serves everyone's Personal repos.
            bool isEciOpen = repository != null && repository.StartsWith(EciOpenNamespace, StringComparison.Ordinal);
            return new RegistryClassification(registry, isEciOpen ? RegistryKind.EciPublic : RegistryKind.AcrPersonal, region, isVpc);
        }

        if (AcrDomainPatterns.IsPersonalInstance(labels, out region, out isVpc, out string instance))
        {
            return new RegistryClassification(registry, RegistryKind.AcrPersonal, region, isVpc, instance);
        }

        if (AcrDomainPatterns.IsEnterpriseDefault(labels, out region, out isVpc, out instance))
        {
            return new RegistryClassification(registry, RegistryKind.AcrEnterprise, region, isVpc, instance);
        }

        return new RegistryClassification(registry, RegistryKind.SelfManaged);
    }
}
