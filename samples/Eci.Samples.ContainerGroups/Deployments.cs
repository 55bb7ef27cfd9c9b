using System.Collections.Generic;
using AlibabaCloud.SDK.Eci20180808;
using AlibabaCloud.SDK.Eci20180808.Models;
using Eci.ImagePull;

namespace Eci.Samples.ContainerGroups;

/// <summary>The deployments this team runs. Each one carries a mistake that ends in ErrImagePull.</summary>
public sealed class Deployments
{
    private const string LabRegistry = "192.168.1.10:5000";
    private readonly Client _client;

    public Deployments(Client client) => _client = client;

    /// <summary>The lab stack: a web front end and a migration step from registries in the lab network.</summary>
    public void DeployLabStack()
    {
        var request = new CreateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            ContainerGroupName = "lab-stack",
            // ECI001: the images live on 192.168.1.10:5000; an entry without the port matches nothing.
            PlainHttpRegistry = "192.168.1.10",
            Container = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer>
            {
                new() { Name = "web", Image = LabRegistry + "/lab/web:2.3", Cpu = 1, Memory = 2 },
            },
            ImageRegistryCredential = new List<CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential>
            {
                new()
                {
                    Server = LabRegistry,
                    UserName = RegistryCredentials.UserNameFor(LabRegistry),
                    Password = RegistryCredentials.PasswordFor(LabRegistry),
                },
            },
        };

        // ECI002: the lab Harbor speaks plain HTTP (see .globalconfig) but PlainHttpRegistry does not list it.
        request.InitContainer = new List<CreateContainerGroupRequest.CreateContainerGroupRequestInitContainer>
        {
            new() { Name = "migrate", Image = "harbor.lab.local/lab/migrate:2.3" },
        };
        request.ImageRegistryCredential.Add(new CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential
        {
            Server = "harbor.lab.local",
            UserName = RegistryCredentials.UserNameFor("harbor.lab.local"),
            Password = RegistryCredentials.PasswordFor("harbor.lab.local"),
        });

        _client.CreateContainerGroup(request);
    }

    /// <summary>The API service from the corporate registry, with a log shipper from Docker Hub.</summary>
    public void DeployApi()
    {
        var containers = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer>();
        // ECI003 and ECI004: the corporate registry has a self-signed certificate and is private.
        containers.Add(new() { Name = "api", Image = "registry.corp.example:8443/platform/api:5.1.0" });
        containers.Add(new() { Name = "logs", Image = "fluent/fluent-bit:3.1" });

        _client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            ContainerGroupName = "api",
            Container = containers,
            AutoCreateEip = true,
        });
    }

    /// <summary>Warms an image cache so new instances start fast.</summary>
    public void WarmImageCache()
    {
        _client.CreateImageCache(new CreateImageCacheRequest
        {
            RegionId = "cn-hangzhou",
            ImageCacheName = "platform",
            // ECI002: listed in InsecureRegistry only; that skips certificate checks but still uses HTTPS.
            InsecureRegistry = "192.168.1.10:5000",
            Image = new List<string>
            {
                "192.168.1.10:5000/lab/web:2.3",
                // Fine: the mirror allows anonymous pulls; ECI's own images need nothing.
                "mirror.corp.example/library/redis:7",
                "registry-vpc.cn-hangzhou.aliyuncs.com/eci_open/nginx:1.27",
            },
            ImageRegistryCredential = new List<CreateImageCacheRequest.CreateImageCacheRequestImageRegistryCredential>
            {
                new() { Server = LabRegistry, UserName = RegistryCredentials.UserNameFor(LabRegistry), Password = RegistryCredentials.PasswordFor(LabRegistry) },
            },
        });
    }

    /// <summary>Rolls the API to a new image in place.</summary>
    public void RollOutNewApiImage(string containerGroupId)
    {
        _client.UpdateContainerGroup(new UpdateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            ContainerGroupId = containerGroupId,
            Container = new List<UpdateContainerGroupRequest.UpdateContainerGroupRequestContainer>
            {
                // ECI004: a private registry with no ImageRegistryCredential.
                new() { Name = "api", Image = "images.platform.example/platform/api:5.2.0" },
            },
        });
    }
}
