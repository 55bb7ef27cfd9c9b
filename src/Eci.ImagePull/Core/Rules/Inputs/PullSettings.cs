using System.Collections.Generic;

namespace Eci.ImagePull.Rules;

/// <summary>
/// The image-pulling settings of one ECI request (CreateContainerGroup, CreateImageCache or UpdateContainerGroup),
/// with every part marked as known, absent or unknown. The rules never report anything that depends on an unknown part.
/// </summary>
public sealed class PullSettings
{
    /// <summary>The images of the request: containers, init containers, or the image cache's list.</summary>
    public List<ImageInput> Images { get; } = new();

    /// <summary>
    /// True when the request may hold images the caller cannot see (a list built elsewhere, a request that escapes).
    /// Rules about entries no image uses need every image.
    /// </summary>
    public bool HasUnknownImages { get; set; }

    /// <summary>The <c>PlainHttpRegistry</c> value.</summary>
    public RegistryListInput PlainHttpRegistry { get; set; } = RegistryListInput.Absent;

    /// <summary>The <c>InsecureRegistry</c> value.</summary>
    public RegistryListInput InsecureRegistry { get; set; } = RegistryListInput.Absent;

    /// <summary>
    /// False for requests that have no <c>PlainHttpRegistry</c>/<c>InsecureRegistry</c> (UpdateContainerGroup): nothing can be
    /// added there, so the rules that ask for it stay silent.
    /// </summary>
    public bool SupportsRegistryLists { get; set; } = true;

    /// <summary>The <c>ImageRegistryCredential</c> elements that can be seen.</summary>
    public List<CredentialInput> Credentials { get; } = new();

    /// <summary>True when the credential list may hold elements the caller cannot see.</summary>
    public bool HasUnknownCredentials { get; set; }

    /// <summary>The <c>AcrRegistryInfo</c> elements that can be seen.</summary>
    public List<AcrRegistryInput> AcrRegistryInfo { get; } = new();

    /// <summary>True when the ACR list may hold elements the caller cannot see.</summary>
    public bool HasUnknownAcrRegistryInfo { get; set; }

    /// <summary>The request's <c>RegionId</c> when known.</summary>
    public string? RegionId { get; set; }

    /// <summary>
    /// Whether the instance gets a public address (<c>EipInstanceId</c> set or <c>AutoCreateEip = true</c>): true, false, or
    /// null when unknown. Images from the Internet need it unless the VPC has a NAT gateway.
    /// </summary>
    public bool? HasElasticIp { get; set; }

    /// <summary>True for requests that have <c>AutoCreateEip</c> (CreateContainerGroup), so a fix can set it.</summary>
    public bool SupportsAutoCreateEip { get; set; }

    /// <summary>Parses shared by the requests of one compilation (the analyzer's); null: each request parses its own images.</summary>
    internal ParseMemo? Parses { get; set; }

    /// <summary>What is known about registries beyond the request.</summary>
    public RegistryKnowledge Knowledge { get; set; } = RegistryKnowledge.None;
}
