using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Eci.ImagePull.Preflight;

/// <summary>Turns whatever the caller hands <see cref="PullPreflight"/> into a <see cref="PreflightRequest"/>.</summary>
internal static class PreflightReader
{
    private const string SdkNamespace = "AlibabaCloud.SDK.Eci20180808.Models.";

    private const string Expected =
        "expected an ECI CreateContainerGroupRequest, CreateImageCacheRequest, UpdateContainerGroupRequest or UpdateImageCacheRequest " +
        "(namespace AlibabaCloud.SDK.Eci20180808.Models), the dictionary TeaModel.ToMap() returns for one, or its flattened API parameters (Container.1.Image, ...)";

    // Keys that only some operations have tell a dictionary's operation apart when it has no Action.
    private static readonly string[] PullKeys =
    {
        "Container", "InitContainer", "Image", "ImageRegistryCredential", "AcrRegistryInfo", "PlainHttpRegistry", "InsecureRegistry",
    };

    /// <summary>Reads a request whose static type the caller knew (the trimmer kept its properties).</summary>
    public static PreflightRequest Read([DynamicallyAccessedMembers(ObjectNode.Preserved)] Type staticType, object request)
    {
        if (AsMap(request) is { } map)
        {
            return map;
        }

        if (KindOf(staticType) is { } kind && staticType.IsInstanceOfType(request))
        {
            return RequestTreeReader.Read(new ObjectNode(staticType, request), kind, listsAlwaysAddable: false);
        }

        return ReadUntyped(request);
    }

    /// <summary>Reads a request through its runtime type.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification =
        "Reached when the caller's static type is object or a base class. ObjectNode.TryGet throws when trimming removed a getter of a property the app sets, so a trimmed app gets an error, never a wrong verdict; properties the app never sets are null either way.")]
    public static PreflightRequest ReadUntyped(object request)
    {
        if (AsMap(request) is { } map)
        {
            return map;
        }

        var type = request.GetType();
        var kind = KindOf(type) ?? throw new ArgumentException($"PullPreflight cannot read a {PreflightValues.TypeName(type)}: {Expected}.", nameof(request));
        return RequestTreeReader.Read(new ObjectNode(type, request), kind, listsAlwaysAddable: false);
    }

    private static PreflightRequest? AsMap(object request)
    {
        if (request is string || MapNode.TryCreate(request, "request") is not { } map)
        {
            return null;
        }

        var kind = KindOf(map);
        return FlatParameterReader.IsFlattened(map)
            ? FlatParameterReader.Read(map, kind)
            : RequestTreeReader.Read(map, kind, listsAlwaysAddable: true);
    }

    /// <summary>The operation of an SDK class or one of its base classes, by full name.</summary>
    private static PreflightRequestKind? KindOf(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.FullName is { } name && name.StartsWith(SdkNamespace, StringComparison.Ordinal) && Kind(name.Substring(SdkNamespace.Length)) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    private static PreflightRequestKind? Kind(string operation) => operation switch
    {
        "CreateContainerGroupRequest" or "CreateContainerGroup" => PreflightRequestKind.CreateContainerGroup,
        "CreateImageCacheRequest" or "CreateImageCache" => PreflightRequestKind.CreateImageCache,
        "UpdateContainerGroupRequest" or "UpdateContainerGroup" => PreflightRequestKind.UpdateContainerGroup,
        "UpdateImageCacheRequest" or "UpdateImageCache" => PreflightRequestKind.UpdateImageCache,
        _ => null,
    };

    /// <summary>
    /// A dictionary's operation: its <c>Action</c> parameter when it has one, else what its keys show (an image list is an
    /// image cache; <c>ContainerGroupId</c>/<c>ImageCacheId</c> mark an update).
    /// </summary>
    private static PreflightRequestKind KindOf(MapNode map)
    {
        if (map.TryGet("Action", out var action))
        {
            var name = PreflightValues.AsString(action, "Action") ?? string.Empty;
            return Kind(name) ?? throw new ArgumentException(
                $"Action '{FlatParameterReader.Shown(name)}' is not an ECI operation that pulls images: expected CreateContainerGroup, CreateImageCache, UpdateContainerGroup or UpdateImageCache.", "request");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in map.Keys)
        {
            var dot = key.IndexOf('.');
            keys.Add(dot < 0 ? key : key.Substring(0, dot));
        }

        var hasImageList = keys.Contains("Image");
        var hasContainers = keys.Contains("Container") || keys.Contains("InitContainer");
        if (hasImageList && hasContainers)
        {
            throw new ArgumentException("The dictionary has both Image (an image cache's list) and Container/InitContainer (a container group's): a request is one or the other.", "request");
        }

        if (!hasImageList && !hasContainers && !Array.Exists(PullKeys, keys.Contains))
        {
            throw new ArgumentException($"The dictionary has none of the keys of an ECI request that pulls images ({string.Join(", ", PullKeys)}): {Expected}.", "request");
        }

        return hasImageList
            ? keys.Contains("ImageCacheId") ? PreflightRequestKind.UpdateImageCache : PreflightRequestKind.CreateImageCache
            : keys.Contains("ContainerGroupId") ? PreflightRequestKind.UpdateContainerGroup : PreflightRequestKind.CreateContainerGroup;
    }
}
