using System;
using System.Collections.Generic;
using System.Globalization;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Preflight;

/// <summary>
/// Reads flattened API parameters (<c>Container.1.Image</c>, <c>ImageRegistryCredential.2.Server</c>, <c>Image.1</c>,
/// <c>AcrRegistryInfo.1.Domain.1</c>), the form a <c>CallApi</c> call, the <c>aliyun</c> CLI and the API reference use.
/// Indexes start at 1 and are ordered numerically; each finding's path is the parameter name as written.
/// </summary>
internal static class FlatParameterReader
{
    public static bool IsFlattened(MapNode map)
    {
        foreach (var key in map.Keys)
        {
            if (key.IndexOf('.') > 0)
            {
                return true;
            }
        }

        return false;
    }

    public static PreflightRequest Read(MapNode map, PreflightRequestKind kind)
    {
        var containers = new SortedDictionary<int, PreflightValue>();
        var initContainers = new SortedDictionary<int, PreflightValue>();
        var images = new SortedDictionary<int, PreflightValue>();
        var credentials = new SortedDictionary<int, PreflightCredential>();
        var acr = new SortedDictionary<int, (List<string> Domains, string Path)>();
        var creates = kind is PreflightRequestKind.CreateContainerGroup or PreflightRequestKind.CreateImageCache;
        var request = new PreflightRequest(kind);

        foreach (var key in map.Keys)
        {
            map.TryGet(key, out var value);
            var parts = key.Split('.');
            switch (parts[0])
            {
                case "Container" or "InitContainer" when parts.Length == 3 && parts[2] == "Image":
                    (parts[0] == "Container" ? containers : initContainers)[Index(parts[1], key)] = new PreflightValue(PreflightValues.AsString(value, key), key);
                    break;
                case "Image" when parts.Length == 2:
                    images[Index(parts[1], key)] = new PreflightValue(PreflightValues.AsString(value, key), key);
                    break;
                case "ImageRegistryCredential" when parts.Length == 3:
                    var credential = Entry(credentials, Index(parts[1], key));
                    switch (parts[2])
                    {
                        case "Server":
                            credential.Server = PreflightValues.AsString(value, key);
                            credential.ServerPath = key;
                            break;
                        case "UserName":
                            credential.UserName = PreflightValues.AsString(value, key);
                            break;
                        case "Password":
                            credential.Password = PreflightValues.AsString(value, key);
                            credential.PasswordPath = key;
                            break;
                    }

                    break;
                case "AcrRegistryInfo" when parts.Length >= 3:
                    var index = Index(parts[1], key);
                    if (!acr.TryGetValue(index, out var info))
                    {
                        acr[index] = info = (new List<string>(), parts[0] + "." + parts[1]);
                    }

                    if (parts[2] == "Domain" && parts.Length == 4)
                    {
                        Index(parts[3], key); // Domain.N: the order of domains does not matter to ECI
                        info.Domains.Add(PreflightValues.AsString(value, key) ?? string.Empty);
                    }
                    else if (parts[2] == "Domain" && parts.Length == 3)
                    {
                        info.Domains.AddRange(RequestTreeReader.Domains(PreflightValues.AsString(value, key), key));
                    }

                    break;
                case "PlainHttpRegistry" when parts.Length == 1 && creates:
                    request.SupportsRegistryLists = true;
                    request.PlainHttpRegistry = new PreflightValue(PreflightValues.AsString(value, key), key);
                    break;
                case "InsecureRegistry" when parts.Length == 1 && creates:
                    request.SupportsRegistryLists = true;
                    request.InsecureRegistry = new PreflightValue(PreflightValues.AsString(value, key), key);
                    break;
                case "RegionId" when parts.Length == 1:
                    request.RegionId = PreflightValues.AsString(value, key);
                    break;
                case "EipInstanceId" when parts.Length == 1:
                    request.EipInstanceId = PreflightValues.AsString(value, key);
                    break;
                case "AutoCreateEip" when parts.Length == 1:
                    request.AutoCreateEip = PreflightValues.AsBoolean(value, key);
                    break;
                case "Container" or "InitContainer" or "Image" or "ImageRegistryCredential" or "AcrRegistryInfo" when parts.Length == 1:
                    // Read either way, one of the two would be lost.
                    throw new ArgumentException($"The parameters mix the nested list '{key}' with flattened parameters such as '{FirstFlattened(map)}': a request is written one way or the other.", "request");
            }
        }

        // A create request that does not set a list can still add it: only the Update operations lack them.
        request.SupportsRegistryLists |= creates;
        request.Images.AddRange(containers.Values);
        request.Images.AddRange(initContainers.Values);
        request.Images.AddRange(images.Values);
        request.Credentials.AddRange(credentials.Values);
        foreach (var entry in acr.Values)
        {
            request.AcrRegistryInfo.Add(new AcrRegistryInput(entry.Domains, entry.Path));
        }

        return request;
    }

    private static string FirstFlattened(MapNode map)
    {
        foreach (var key in map.Keys)
        {
            if (key.IndexOf('.') > 0)
            {
                return Shown(key);
            }
        }

        return string.Empty;
    }

    private static PreflightCredential Entry(SortedDictionary<int, PreflightCredential> credentials, int index)
    {
        if (!credentials.TryGetValue(index, out var credential))
        {
            credentials[index] = credential = new PreflightCredential();
        }

        return credential;
    }

    /// <summary>The N of a flattened key: a whole number from 1, as the SDK writes them.</summary>
    private static int Index(string text, string key) =>
        text.Length is > 0 and <= 9 && text[0] != '0' && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : throw new ArgumentException($"Parameter '{Shown(key)}' has the index '{Shown(text)}'; flattened list indexes are whole numbers from 1 (Container.1.Image).", "request");

    /// <summary>A key quoted in a message: bounded and printable, since keys come from files and callers.</summary>
    internal static string Shown(string key)
    {
        var text = key.Length > 80 ? key.Substring(0, 80) + "..." : key;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] < 0x20 || chars[i] > 0x7e)
            {
                chars[i] = '?';
            }
        }

        return new string(chars);
    }
}
