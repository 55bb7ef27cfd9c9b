using System.Collections.Generic;
using AlibabaCloud.SDK.Eci20180808;
using AlibabaCloud.SDK.Eci20180808.Models;

namespace Eci.Samples.ContainerGroups;

/// <summary>Jobs the operations team runs now and then; each carries one of the less common mistakes.</summary>
public sealed class Maintenance
{
    private readonly Client _client;

    public Maintenance(Client client) => _client = client;

    /// <summary>Nightly backup job.</summary>
    public void RunBackup()
    {
        _client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            ContainerGroupName = "nightly-backup",
            // ECI005: the scheme makes the entry match nothing; ECI wants host[:port].
            InsecureRegistry = "https://registry.corp.example:8443",
            Container = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer>
            {
                // ECI006: repository paths are lower case.
                new() { Name = "backup", Image = "registry.corp.example:8443/Platform/Backup:7" },
                new() { Name = "verify", Image = "registry.corp.example:8443/platform/verify:7" },
            },
            ImageRegistryCredential = new List<CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential>
            {
                // ECI007: this password is compiled into the assembly and kept in git history.
                new() { Server = "registry.corp.example:8443", UserName = "backup", Password = "Backup-2024!" },
            },
            AutoCreateEip = true,
        });
    }

    /// <summary>Debug pod with tools from the developer's machine.</summary>
    public void StartDebugPod()
    {
        _client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            ContainerGroupName = "debug",
            // ECI010: no image of this request comes from the lab Harbor.
            PlainHttpRegistry = "harbor.lab.local",
            Container = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer>
            {
                // ECI008: localhost is the ECI instance itself, not the machine that built this request.
                new() { Name = "tools", Image = "localhost:5000/dev/tools:latest" },
            },
        });
    }

    /// <summary>Report generator, pulled from the Shanghai ACR instance.</summary>
    public void GenerateReports()
    {
        _client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            ContainerGroupName = "reports",
            Container =
            [
                // ECI009: a VPC endpoint of cn-shanghai cannot be reached from cn-hangzhou.
                new() { Name = "reports", Image = "registry-vpc.cn-shanghai.aliyuncs.com/platform/reports:3" },
                // ECI011 (shown here because this sample raises it to a warning): Docker Hub needs an EIP or a NAT gateway.
                new() { Name = "proxy", Image = "nginx:1.27" },
            ],
        });
    }
}
