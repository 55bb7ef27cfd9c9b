namespace Eci.Analyzers.Tests.Verifiers;

/// <summary>
/// The request models shaped like AlibabaCloud.SDK.ECI 1.0.2 (and 1.0.0): no PlainHttpRegistry and no InsecureRegistry
/// on CreateContainerGroupRequest or CreateImageCacheRequest (the SDK fact sheet, section 4). Only the members the
/// rules read; compiled as source in place of the stand-in assembly.
/// </summary>
internal static class Sdk102StandIn
{
    public const string Source = """
        namespace AlibabaCloud.SDK.Eci20180808
        {
            using AlibabaCloud.SDK.Eci20180808.Models;

            public class Client
            {
                public object CreateContainerGroup(CreateContainerGroupRequest request) => null;

                public object CreateImageCache(CreateImageCacheRequest request) => null;
            }
        }

        namespace AlibabaCloud.SDK.Eci20180808.Models
        {
            using System.Collections.Generic;

            public class CreateContainerGroupRequest
            {
                public string RegionId { get; set; }
                public string ContainerGroupName { get; set; }
                public string EipInstanceId { get; set; }
                public bool? AutoCreateEip { get; set; }
                public List<CreateContainerGroupRequestContainer> Container { get; set; }
                public List<CreateContainerGroupRequestInitContainer> InitContainer { get; set; }
                public List<CreateContainerGroupRequestImageRegistryCredential> ImageRegistryCredential { get; set; }
                public List<CreateContainerGroupRequestAcrRegistryInfo> AcrRegistryInfo { get; set; }

                public class CreateContainerGroupRequestContainer
                {
                    public string Name { get; set; }
                    public string Image { get; set; }
                }

                public class CreateContainerGroupRequestInitContainer
                {
                    public string Name { get; set; }
                    public string Image { get; set; }
                }

                public class CreateContainerGroupRequestImageRegistryCredential
                {
                    public string Server { get; set; }
                    public string UserName { get; set; }
                    public string Password { get; set; }
                }

                public class CreateContainerGroupRequestAcrRegistryInfo
                {
                    public List<string> Domain { get; set; }
                    public string InstanceName { get; set; }
                    public string InstanceId { get; set; }
                    public string RegionId { get; set; }
                }
            }

            public class CreateImageCacheRequest
            {
                public string RegionId { get; set; }
                public string ImageCacheName { get; set; }
                public string EipInstanceId { get; set; }
                public List<string> Image { get; set; }
                public List<CreateImageCacheRequestImageRegistryCredential> ImageRegistryCredential { get; set; }

                public class CreateImageCacheRequestImageRegistryCredential
                {
                    public string Server { get; set; }
                    public string UserName { get; set; }
                    public string Password { get; set; }
                }
            }
        }

        """;
}
