using System;
using System.Collections.Generic;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Preflight;

/// <summary>
/// Reads the pull settings of a request tree (SDK object or nested dictionary) by property name, recording the path of
/// each value as <c>Container[2].Image</c>.
/// </summary>
internal static class RequestTreeReader
{
    /// <param name="root">The request.</param>
    /// <param name="kind">The operation.</param>
    /// <param name="listsAlwaysAddable">
    /// True for dictionaries: a missing key can still be added, while an SDK class without the property is an SDK
    /// version that cannot send it.
    /// </param>
    public static PreflightRequest Read(IRequestNode root, PreflightRequestKind kind, bool listsAlwaysAddable)
    {
        var request = new PreflightRequest(kind);
        if (kind is PreflightRequestKind.CreateImageCache or PreflightRequestKind.UpdateImageCache)
        {
            ReadImageList(root, request);
        }
        else
        {
            ReadContainers(root, "Container", request);
            ReadContainers(root, "InitContainer", request);
        }

        // Only the create operations have the lists, and only SDK versions from 1.0.3 on.
        var creates = kind is PreflightRequestKind.CreateContainerGroup or PreflightRequestKind.CreateImageCache;
        if (creates && root.TryGet("PlainHttpRegistry", out var plainHttp))
        {
            request.SupportsRegistryLists = true;
            request.PlainHttpRegistry = new PreflightValue(PreflightValues.AsString(plainHttp, "PlainHttpRegistry"), "PlainHttpRegistry");
        }

        if (creates && root.TryGet("InsecureRegistry", out var insecure))
        {
            request.SupportsRegistryLists = true;
            request.InsecureRegistry = new PreflightValue(PreflightValues.AsString(insecure, "InsecureRegistry"), "InsecureRegistry");
        }

        request.SupportsRegistryLists |= creates && listsAlwaysAddable;
        request.RegionId = ReadString(root, "RegionId");
        request.EipInstanceId = ReadString(root, "EipInstanceId");
        if (root.TryGet("AutoCreateEip", out var autoCreate))
        {
            request.AutoCreateEip = PreflightValues.AsBoolean(autoCreate, "AutoCreateEip");
        }

        ReadCredentials(root, request);
        ReadAcrRegistryInfo(root, request);
        return request;
    }

    private static string? ReadString(IRequestNode node, string member, string? path = null) =>
        node.TryGet(member, out var value) ? PreflightValues.AsString(value, path ?? member) : null;

    private static void ReadImageList(IRequestNode root, PreflightRequest request)
    {
        if (!root.TryGet("Image", out var value) || PreflightValues.AsList(value, "Image") is not { } images)
        {
            return;
        }

        var index = 0;
        foreach (var image in images)
        {
            var path = $"Image[{index++}]";
            request.Images.Add(new PreflightValue(PreflightValues.AsString(image ?? throw PreflightValues.NullElement(path), path), path));
        }
    }

    private static void ReadContainers(IRequestNode root, string member, PreflightRequest request)
    {
        foreach (var (container, path) in Elements(root, member, "a container with an Image"))
        {
            request.Images.Add(new PreflightValue(ReadString(container, "Image", path + ".Image"), path + ".Image"));
        }
    }

    private static void ReadCredentials(IRequestNode root, PreflightRequest request)
    {
        foreach (var (element, path) in Elements(root, "ImageRegistryCredential", "a credential with Server, UserName and Password"))
        {
            request.Credentials.Add(new PreflightCredential
            {
                Server = ReadString(element, "Server", path + ".Server"),
                ServerPath = path + ".Server",
                UserName = ReadString(element, "UserName", path + ".UserName"),
                Password = ReadString(element, "Password", path + ".Password"),
                PasswordPath = path + ".Password",
            });
        }
    }

    private static void ReadAcrRegistryInfo(IRequestNode root, PreflightRequest request)
    {
        foreach (var (element, path) in Elements(root, "AcrRegistryInfo", "an ACR instance with Domain, InstanceId and RegionId"))
        {
            element.TryGet("Domain", out var value);
            request.AcrRegistryInfo.Add(new AcrRegistryInput(Domains(value, path + ".Domain"), path));
        }
    }

    /// <summary>The domains of an ACR entry: a list, or (as the API reference describes it) one comma-separated text.</summary>
    internal static List<string> Domains(object? value, string path)
    {
        var domains = new List<string>();
        if (value is string text)
        {
            foreach (var part in text.Split(','))
            {
                if (part.Trim().Length > 0)
                {
                    domains.Add(part.Trim());
                }
            }

            return domains;
        }

        var index = 0;
        foreach (var domain in PreflightValues.AsList(value, path) ?? Array.Empty<object>())
        {
            var at = $"{path}[{index++}]";
            domains.Add(PreflightValues.AsString(domain ?? throw PreflightValues.NullElement(at), at)!);
        }

        return domains;
    }

    private static IEnumerable<(IRequestNode Node, string Path)> Elements(IRequestNode root, string member, string expected)
    {
        if (!root.TryGet(member, out var value) || PreflightValues.AsList(value, member) is not { } items)
        {
            yield break;
        }

        var index = 0;
        foreach (var item in items)
        {
            var path = $"{member}[{index++}]";
            yield return (root.Element(item ?? throw PreflightValues.NullElement(path), path, expected), path);
        }
    }
}
