using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Sdk;

/// <summary>One request type of the SDK with the nested element types that carry images, credentials and ACR info.</summary>
internal sealed class RequestShape
{
    public RequestShape(
        RequestKind kind,
        INamedTypeSymbol requestType,
        IReadOnlyList<INamedTypeSymbol> containerTypes,
        INamedTypeSymbol? credentialType,
        INamedTypeSymbol? acrType)
    {
        Kind = kind;
        RequestType = requestType;
        ContainerTypes = containerTypes;
        CredentialType = credentialType;
        AcrType = acrType;
    }

    public RequestKind Kind { get; }

    public INamedTypeSymbol RequestType { get; }

    /// <summary>Element types of <c>Container</c> and <c>InitContainer</c> (empty for image caches, whose images are strings).</summary>
    public IReadOnlyList<INamedTypeSymbol> ContainerTypes { get; }

    public INamedTypeSymbol? CredentialType { get; }

    public INamedTypeSymbol? AcrType { get; }

    /// <summary>UpdateContainerGroup and UpdateImageCache have no PlainHttpRegistry/InsecureRegistry.</summary>
    public bool HasRegistryLists => Kind is RequestKind.CreateContainerGroup or RequestKind.CreateImageCache;

    /// <summary>Image caches list their images as strings; container groups have containers with an Image each.</summary>
    public bool HasStringImages => Kind is RequestKind.CreateImageCache or RequestKind.UpdateImageCache;
}
