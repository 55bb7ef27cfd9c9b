// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// Only the public surface is mirrored (namespaces, type names, nesting, property names and types) so that code and
// analyzers bind exactly as they do against the real SDK. No behaviour of the real SDK is here. Never packed or shipped.

using System.Collections.Generic;

using Tea;

namespace AlibabaCloud.SDK.Eci20180808.Models;

/// <summary>Request of the <c>UpdateImageCache</c> operation: rebuilds an existing image cache. It has no <c>PlainHttpRegistry</c> or <c>InsecureRegistry</c> members.</summary>
public class UpdateImageCacheRequest : TeaModel
{
    /// <summary>ID of the image cache to update. Documented as required. Flattened query key: <c>ImageCacheId</c>.</summary>
    [NameInMap("ImageCacheId")] [Validation(Required = false)]
    public string ImageCacheId { get; set; }

    /// <summary>The images to pull into the cache. Flattened query key: <c>Image.N</c>.</summary>
    [NameInMap("Image")] [Validation(Required = false)]
    public List<string> Image { get; set; }

    /// <summary>Logins for private registries. Flattened query keys: <c>ImageRegistryCredential.N.*</c>.</summary>
    [NameInMap("ImageRegistryCredential")] [Validation(Required = false)]
    public List<UpdateImageCacheRequestImageRegistryCredential> ImageRegistryCredential { get; set; }

    /// <summary>One registry login. ECI uses it for images whose registry host equals <c>Server</c>.</summary>
    public class UpdateImageCacheRequestImageRegistryCredential : TeaModel
    {
        /// <summary>Password for the registry login. Flattened query key: <c>ImageRegistryCredential.N.Password</c>.</summary>
        [NameInMap("Password")] [Validation(Required = false)]
        public string Password { get; set; }

        /// <summary>Registry host the login applies to, without an <c>http://</c> or <c>https://</c> prefix. Flattened query key: <c>ImageRegistryCredential.N.Server</c>.</summary>
        [NameInMap("Server")] [Validation(Required = false)]
        public string Server { get; set; }

        /// <summary>User name for the registry login (capital N, as in the SDK). Flattened query key: <c>ImageRegistryCredential.N.UserName</c>.</summary>
        [NameInMap("UserName")] [Validation(Required = false)]
        public string UserName { get; set; }
    }

    /// <summary>Container Registry Enterprise Edition instances to pull from without a password. Flattened query keys: <c>AcrRegistryInfo.N.*</c>.</summary>
    [NameInMap("AcrRegistryInfo")] [Validation(Required = false)]
    public List<UpdateImageCacheRequestAcrRegistryInfo> AcrRegistryInfo { get; set; }

    /// <summary>One Container Registry Enterprise Edition (ACR EE) instance whose images are pulled without a password.</summary>
    public class UpdateImageCacheRequestAcrRegistryInfo : TeaModel
    {
        /// <summary>Domain names of the ACR Enterprise Edition instance; all of its domains apply when empty. Flattened query key: <c>AcrRegistryInfo.N.Domain.N</c>.</summary>
        [NameInMap("Domain")] [Validation(Required = false)]
        public List<string> Domain { get; set; }

        /// <summary>ID of the ACR Enterprise Edition instance, for example <c>cri-xxxxxxxxxxxx</c>. Flattened query key: <c>AcrRegistryInfo.N.InstanceId</c>.</summary>
        [NameInMap("InstanceId")] [Validation(Required = false)]
        public string InstanceId { get; set; }

        /// <summary>Name of the ACR Enterprise Edition instance. Flattened query key: <c>AcrRegistryInfo.N.InstanceName</c>.</summary>
        [NameInMap("InstanceName")] [Validation(Required = false)]
        public string InstanceName { get; set; }

        /// <summary>Region of the ACR Enterprise Edition instance, for example <c>cn-beijing</c>. Flattened query key: <c>AcrRegistryInfo.N.RegionId</c>.</summary>
        [NameInMap("RegionId")] [Validation(Required = false)]
        public string RegionId { get; set; }
    }

    /// <summary>Region of the image cache. Documented as required. Flattened query key: <c>RegionId</c>.</summary>
    [NameInMap("RegionId")] [Validation(Required = false)]
    public string RegionId { get; set; }

    /// <summary>ID of an elastic IP that gives the cache-building instance Internet access. Flattened query key: <c>EipInstanceId</c>.</summary>
    [NameInMap("EipInstanceId")] [Validation(Required = false)]
    public string EipInstanceId { get; set; }

    /// <summary>Whether layers already held by other image caches are reused (default false). Flattened query key: <c>AutoMatchImageCache</c>.</summary>
    [NameInMap("AutoMatchImageCache")] [Validation(Required = false)]
    public bool? AutoMatchImageCache { get; set; }

    /// <summary>Flattened query key: <c>ImageCacheName</c>.</summary>
    [NameInMap("ImageCacheName")] [Validation(Required = false)]
    public string ImageCacheName { get; set; }

    /// <summary>Flattened query key: <c>ImageCacheSize</c>.</summary>
    [NameInMap("ImageCacheSize")] [Validation(Required = false)]
    public int? ImageCacheSize { get; set; }

    /// <summary>Flattened query key: <c>VSwitchId</c>.</summary>
    [NameInMap("VSwitchId")] [Validation(Required = false)]
    public string VSwitchId { get; set; }

    /// <summary>Flattened query key: <c>SecurityGroupId</c>.</summary>
    [NameInMap("SecurityGroupId")] [Validation(Required = false)]
    public string SecurityGroupId { get; set; }

    /// <summary>Flattened query key: <c>ClientToken</c>.</summary>
    [NameInMap("ClientToken")] [Validation(Required = false)]
    public string ClientToken { get; set; }

    /// <summary>Flattened query key: <c>EliminationStrategy</c>.</summary>
    [NameInMap("EliminationStrategy")] [Validation(Required = false)]
    public string EliminationStrategy { get; set; }

    /// <summary>Flattened query key: <c>Flash</c>.</summary>
    [NameInMap("Flash")] [Validation(Required = false)]
    public bool? Flash { get; set; }

    /// <summary>Flattened query key: <c>FlashCopyCount</c>.</summary>
    [NameInMap("FlashCopyCount")] [Validation(Required = false)]
    public int? FlashCopyCount { get; set; }

    /// <summary>Flattened query key: <c>OwnerAccount</c>.</summary>
    [NameInMap("OwnerAccount")] [Validation(Required = false)]
    public string OwnerAccount { get; set; }

    /// <summary>Flattened query key: <c>OwnerId</c>.</summary>
    [NameInMap("OwnerId")] [Validation(Required = false)]
    public long? OwnerId { get; set; }

    /// <summary>Flattened query key: <c>ResourceGroupId</c>.</summary>
    [NameInMap("ResourceGroupId")] [Validation(Required = false)]
    public string ResourceGroupId { get; set; }

    /// <summary>Flattened query key: <c>ResourceOwnerAccount</c>.</summary>
    [NameInMap("ResourceOwnerAccount")] [Validation(Required = false)]
    public string ResourceOwnerAccount { get; set; }

    /// <summary>Flattened query key: <c>ResourceOwnerId</c>.</summary>
    [NameInMap("ResourceOwnerId")] [Validation(Required = false)]
    public long? ResourceOwnerId { get; set; }

    /// <summary>Flattened query key: <c>RetentionDays</c>.</summary>
    [NameInMap("RetentionDays")] [Validation(Required = false)]
    public int? RetentionDays { get; set; }

    /// <summary>Flattened query key: <c>StandardCopyCount</c>.</summary>
    [NameInMap("StandardCopyCount")] [Validation(Required = false)]
    public int? StandardCopyCount { get; set; }

    /// <summary>Flattened query keys: <c>Tag.N.*</c>.</summary>
    [NameInMap("Tag")] [Validation(Required = false)]
    public List<UpdateImageCacheRequestTag> Tag { get; set; }

    /// <summary>One element of <c>Tag</c> (flattened as <c>Tag.N.*</c>).</summary>
    public class UpdateImageCacheRequestTag : TeaModel
    {
        /// <summary>Flattened query key: <c>Tag.N.Key</c>.</summary>
        [NameInMap("Key")] [Validation(Required = false)]
        public string Key { get; set; }

        /// <summary>Flattened query key: <c>Tag.N.Value</c>.</summary>
        [NameInMap("Value")] [Validation(Required = false)]
        public string Value { get; set; }
    }
}
