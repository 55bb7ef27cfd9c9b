// Copied into a fresh console project by the package tests (never compiled into the test assembly).
// Each method carries one mistake the Eci.Analyzers package reports; the comment names the rule.
using System.Collections.Generic;
using AlibabaCloud.SDK.Eci20180808;
using AlibabaCloud.SDK.Eci20180808.Models;
using Eci.ImagePull;

namespace PackageConsumer;

using Container = CreateContainerGroupRequest.CreateContainerGroupRequestContainer;
using Credential = CreateContainerGroupRequest.CreateContainerGroupRequestImageRegistryCredential;

public sealed class Deployments
{
    private readonly Client _client;

    public Deployments(Client client) => _client = client;

    // ECI001: the images live on 192.168.1.10:5000; an entry without the port matches nothing.
    public void LabWeb() => _client.CreateContainerGroup(new CreateContainerGroupRequest
    {
        RegionId = "cn-hangzhou",
        ContainerGroupName = "lab-web",
        PlainHttpRegistry = "192.168.1.10",
        Container = new List<Container> { new() { Name = "web", Image = "192.168.1.10:5000/lab/web:2.3" } },
        ImageRegistryCredential = new List<Credential>
        {
            new() { Server = "192.168.1.10:5000", UserName = RegistryCredentials.UserNameFor("192.168.1.10:5000"), Password = RegistryCredentials.PasswordFor("192.168.1.10:5000") },
        },
    });

    // ECI002: the lab Harbor speaks plain HTTP (.globalconfig) but PlainHttpRegistry does not list it.
    public void LabMigrate() => _client.CreateContainerGroup(new CreateContainerGroupRequest
    {
        RegionId = "cn-hangzhou",
        ContainerGroupName = "lab-migrate",
        Container = new List<Container> { new() { Name = "migrate", Image = "harbor.lab.local/lab/migrate:2.3" } },
        ImageRegistryCredential = new List<Credential>
        {
            new() { Server = "harbor.lab.local", UserName = RegistryCredentials.UserNameFor("harbor.lab.local"), Password = RegistryCredentials.PasswordFor("harbor.lab.local") },
        },
    });

    // ECI003: the corporate registry has a self-signed certificate (.globalconfig) but InsecureRegistry does not list it.
    public void Api() => _client.CreateContainerGroup(new CreateContainerGroupRequest
    {
        RegionId = "cn-hangzhou",
        ContainerGroupName = "api",
        Container = new List<Container> { new() { Name = "api", Image = "registry.corp.example:8443/platform/api:5.1.0" } },
        ImageRegistryCredential = new List<Credential>
        {
            new() { Server = "registry.corp.example:8443", UserName = RegistryCredentials.UserNameFor("registry.corp.example:8443"), Password = RegistryCredentials.PasswordFor("registry.corp.example:8443") },
        },
    });

    // ECI004: a private registry and no ImageRegistryCredential for it.
    public void Reports() => _client.CreateContainerGroup(new CreateContainerGroupRequest
    {
        RegionId = "cn-hangzhou",
        ContainerGroupName = "reports",
        Container = new List<Container> { new() { Name = "reports", Image = "images.platform.example/platform/reports:3" } },
    });

    // ECI005: the scheme makes the entry match nothing; ECI wants host[:port].
    public void Backup() => _client.CreateContainerGroup(new CreateContainerGroupRequest
    {
        RegionId = "cn-hangzhou",
        ContainerGroupName = "backup",
        InsecureRegistry = "https://registry.corp.example:8443",
        Container = new List<Container> { new() { Name = "backup", Image = "registry.corp.example:8443/platform/backup:7" } },
        ImageRegistryCredential = new List<Credential>
        {
            new() { Server = "registry.corp.example:8443", UserName = RegistryCredentials.UserNameFor("registry.corp.example:8443"), Password = RegistryCredentials.PasswordFor("registry.corp.example:8443") },
        },
    });

    // ECI007: a password compiled into the assembly.
    public void Verify() => _client.CreateContainerGroup(new CreateContainerGroupRequest
    {
        RegionId = "cn-hangzhou",
        ContainerGroupName = "verify",
        InsecureRegistry = "registry.corp.example:8443",
        Container = new List<Container> { new() { Name = "verify", Image = "registry.corp.example:8443/platform/verify:7" } },
        ImageRegistryCredential = new List<Credential>
        {
            new() { Server = "registry.corp.example:8443", UserName = "verify", Password = "Verify-2024!" },
        },
    });

    // ECI008: localhost is the ECI instance itself; there is no fix, so this warning outlives dotnet format.
    public void DebugTools() => _client.CreateContainerGroup(new CreateContainerGroupRequest
    {
        RegionId = "cn-hangzhou",
        ContainerGroupName = "debug",
        Container = new List<Container> { new() { Name = "tools", Image = "localhost:5000/dev/tools:latest" } },
    });
}
