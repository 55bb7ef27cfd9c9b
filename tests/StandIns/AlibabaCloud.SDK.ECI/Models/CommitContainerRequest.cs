// COMPILE-TIME STAND-IN for the NuGet package AlibabaCloud.SDK.ECI (ECI API 2018-08-08, SDK 1.1.4); see README.md.
// Only the public surface is mirrored (namespaces, type names, nesting, property names and types) so that code and
// analyzers bind exactly as they do against the real SDK. No behaviour of the real SDK is here. Never packed or shipped.

using Tea;

namespace AlibabaCloud.SDK.Eci20180808.Models;

/// <summary>Request of the <c>CommitContainer</c> operation: saves a running container as an image and pushes it to a repository.</summary>
public class CommitContainerRequest : TeaModel
{
    /// <summary>ID of the instance that runs the container. Documented as required. Flattened query key: <c>ContainerGroupId</c>.</summary>
    [NameInMap("ContainerGroupId")] [Validation(Required = false)]
    public string ContainerGroupId { get; set; }

    /// <summary>Name of the container to commit. Documented as required. Flattened query key: <c>ContainerName</c>.</summary>
    [NameInMap("ContainerName")] [Validation(Required = false)]
    public string ContainerName { get; set; }

    /// <summary>Where the committed image goes (a single object here, not a list). Flattened query keys: <c>Image.*</c>.</summary>
    [NameInMap("Image")] [Validation(Required = false)]
    public CommitContainerRequestImage Image { get; set; }

    /// <summary>The <c>Image</c> object (flattened as <c>Image.*</c>).</summary>
    public class CommitContainerRequestImage : TeaModel
    {
        /// <summary>Flattened query key: <c>Image.Author</c>.</summary>
        [NameInMap("Author")] [Validation(Required = false)]
        public string Author { get; set; }

        /// <summary>Flattened query key: <c>Image.Message</c>.</summary>
        [NameInMap("Message")] [Validation(Required = false)]
        public string Message { get; set; }

        /// <summary>Repository to push to, for example <c>registry-vpc.cn-hangzhou.aliyuncs.com/ns/app</c>. Documented as required. Flattened query key: <c>Image.Repository</c>.</summary>
        [NameInMap("Repository")] [Validation(Required = false)]
        public string Repository { get; set; }

        /// <summary>Tag to push. Documented as required. Flattened query key: <c>Image.Tag</c>.</summary>
        [NameInMap("Tag")] [Validation(Required = false)]
        public string Tag { get; set; }
    }

    /// <summary>The ACR Enterprise Edition instance to push to (a single object here, without <c>Domain</c> or <c>InstanceName</c>). Flattened query keys: <c>AcrRegistryInfo.*</c>.</summary>
    [NameInMap("AcrRegistryInfo")] [Validation(Required = false)]
    public CommitContainerRequestAcrRegistryInfo AcrRegistryInfo { get; set; }

    /// <summary>The <c>AcrRegistryInfo</c> object (flattened as <c>AcrRegistryInfo.*</c>).</summary>
    public class CommitContainerRequestAcrRegistryInfo : TeaModel
    {
        /// <summary>Flattened query key: <c>AcrRegistryInfo.ArnService</c>.</summary>
        [NameInMap("ArnService")] [Validation(Required = false)]
        public string ArnService { get; set; }

        /// <summary>Flattened query key: <c>AcrRegistryInfo.ArnUser</c>.</summary>
        [NameInMap("ArnUser")] [Validation(Required = false)]
        public string ArnUser { get; set; }

        /// <summary>Flattened query key: <c>AcrRegistryInfo.InstanceId</c>.</summary>
        [NameInMap("InstanceId")] [Validation(Required = false)]
        public string InstanceId { get; set; }

        /// <summary>Flattened query key: <c>AcrRegistryInfo.RegionId</c>.</summary>
        [NameInMap("RegionId")] [Validation(Required = false)]
        public string RegionId { get; set; }
    }

    /// <summary>Flattened query keys: <c>Arn.*</c>.</summary>
    [NameInMap("Arn")] [Validation(Required = false)]
    public CommitContainerRequestArn Arn { get; set; }

    /// <summary>The <c>Arn</c> object (flattened as <c>Arn.*</c>).</summary>
    public class CommitContainerRequestArn : TeaModel
    {
        /// <summary>Flattened query key: <c>Arn.RoleArn</c>.</summary>
        [NameInMap("RoleArn")] [Validation(Required = false)]
        public string RoleArn { get; set; }

        /// <summary>Flattened query key: <c>Arn.RoleType</c>.</summary>
        [NameInMap("RoleType")] [Validation(Required = false)]
        public string RoleType { get; set; }
    }

    /// <summary>Region of the instance. Documented as required. Flattened query key: <c>RegionId</c>.</summary>
    [NameInMap("RegionId")] [Validation(Required = false)]
    public string RegionId { get; set; }

    /// <summary>Flattened query key: <c>OwnerAccount</c>.</summary>
    [NameInMap("OwnerAccount")] [Validation(Required = false)]
    public string OwnerAccount { get; set; }

    /// <summary>Flattened query key: <c>OwnerId</c>.</summary>
    [NameInMap("OwnerId")] [Validation(Required = false)]
    public long? OwnerId { get; set; }

    /// <summary>Flattened query key: <c>ResourceOwnerAccount</c>.</summary>
    [NameInMap("ResourceOwnerAccount")] [Validation(Required = false)]
    public string ResourceOwnerAccount { get; set; }

    /// <summary>Flattened query key: <c>ResourceOwnerId</c>.</summary>
    [NameInMap("ResourceOwnerId")] [Validation(Required = false)]
    public long? ResourceOwnerId { get; set; }
}
