// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// Only the public surface is mirrored (namespaces, type names, nesting, property names and types) so that code and
// analyzers bind exactly as they do against the real SDK. No behaviour of the real SDK is here. Never packed or shipped.

using Tea;

namespace AlibabaCloud.SDK.Eci20180808.Models;

/// <summary>Body of a <c>CreateImageCache</c> response.</summary>
public class CreateImageCacheResponseBody : TeaModel
{
    /// <summary>ID of the temporary instance that builds the cache.</summary>
    [NameInMap("ContainerGroupId")] [Validation(Required = false)]
    public string ContainerGroupId { get; set; }

    /// <summary>ID of the created image cache.</summary>
    [NameInMap("ImageCacheId")] [Validation(Required = false)]
    public string ImageCacheId { get; set; }

    /// <summary>ID of the API request, for support cases.</summary>
    [NameInMap("RequestId")] [Validation(Required = false)]
    public string RequestId { get; set; }
}
