using System.Collections.Generic;

namespace Eci.ImagePull;

/// <summary>The result of <see cref="RegistryClassifier.Classify(RegistryAddress, string)"/>: the registry kind and what its host name reveals.</summary>
public sealed class RegistryClassification
{
    internal RegistryClassification(
        RegistryAddress registry,
        RegistryKind kind,
        string? region = null,
        bool isVpcEndpoint = false,
        string? acrInstanceName = null)
    {
        Registry = registry;
        Kind = kind;
        Region = region;
        IsVpcEndpoint = isVpcEndpoint;
        AcrInstanceName = acrInstanceName;
    }

    /// <summary>The address that was classified.</summary>
    public RegistryAddress Registry { get; }

    /// <summary>The kind of registry.</summary>
    public RegistryKind Kind { get; }

    /// <summary>The region id taken from an ACR host (e.g. <c>cn-hangzhou</c>); null for other kinds.</summary>
    public string? Region { get; }

    /// <summary>True for an ACR VPC endpoint (the <c>-vpc</c> host forms), reachable only from inside Alibaba Cloud VPCs.</summary>
    public bool IsVpcEndpoint { get; }

    /// <summary>True for registries hosted by Alibaba Cloud Container Registry: <see cref="RegistryKind.AcrPersonal"/>, <see cref="RegistryKind.AcrEnterprise"/> and <see cref="RegistryKind.EciPublic"/>.</summary>
    public bool IsAcr => Kind == RegistryKind.AcrPersonal || Kind == RegistryKind.AcrEnterprise || Kind == RegistryKind.EciPublic;

    /// <summary>
    /// The instance named by the host: the Enterprise Edition <c>&lt;name&gt;</c> of <c>&lt;name&gt;-registry...</c>,
    /// or <c>crpi-&lt;id&gt;</c> for a Personal Edition instance domain; null otherwise (the classic shared endpoints name no instance).
    /// </summary>
    public string? AcrInstanceName { get; }

    /// <summary>A short description for diagnostics, e.g. <c>AcrEnterprise cn-hangzhou vpc test-instance</c>.</summary>
    /// <returns>The kind followed by the region, a VPC marker and the instance name where known.</returns>
    public override string ToString()
    {
        var parts = new List<string> { Kind.ToString() };
        if (Region != null)
        {
            parts.Add(Region);
        }

        if (IsVpcEndpoint)
        {
            parts.Add("vpc");
        }

        if (AcrInstanceName != null)
        {
            parts.Add(AcrInstanceName);
        }

        return string.Join(" ", parts);
    }
}
