namespace Eci.Analyzers.Tests;

/// <summary>Fixes of ECI005-ECI011, alone and through Fix All.</summary>
public class CatalogueFixTests
{
    [Fact]
    public Task NormalizesAMalformedList() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = {|ECI005:{|ECI005:"{|ECI005:http://harbor.lab.local:80/|}, {|ECI005:192.168.1.10:5000|},,"|}|},
                Container = [new Container { Image = "harbor.lab.local:80/app" }, new Container { Image = "192.168.1.10:5000/app" }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local:80,192.168.1.10:5000",
                Container = [new Container { Image = "harbor.lab.local:80/app" }, new Container { Image = "192.168.1.10:5000/app" }],
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task StripsTheSchemeOfAnImage() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "192.168.1.10:5000",
                Container = [new Container { Image = {|ECI006:"http://192.168.1.10:5000/app:1"|} }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "192.168.1.10:5000",
                Container = [new Container { Image = "192.168.1.10:5000/app:1" }],
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task StrippingHttpKeepsTheRegistryPulledOverHttp() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = {|ECI006:"http://192.168.1.10:5000/app:1"|} }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = "192.168.1.10:5000/app:1" }],
                PlainHttpRegistry = "192.168.1.10:5000",
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task ReplacesAConstantPasswordWithTheRunTimeLookup() => VerifyCS.VerifyCodeFixAsync(
        Sources.Usings + """
            using Eci.ImagePull;

            class App
            {
                void Run(Client client)
                {
                    client.CreateImageCache(new CreateImageCacheRequest
                    {
                        Image = ["registry.corp.example/app"],
                        ImageRegistryCredential = [new CacheCredential { Server = "registry.corp.example", UserName = "ci", Password = {|ECI007:"hunter2"|} }],
                    });
                }
            }

            """,
        Sources.Usings + """
            using Eci.ImagePull;

            class App
            {
                void Run(Client client)
                {
                    client.CreateImageCache(new CreateImageCacheRequest
                    {
                        Image = ["registry.corp.example/app"],
                        ImageRegistryCredential = [new CacheCredential { Server = "registry.corp.example", UserName = "ci", Password = RegistryCredentials.PasswordFor("registry.corp.example") }],
                    });
                }
            }

            """);

    [Fact]
    public Task SwitchesTheVpcEndpointToTheRequestsRegion() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-shanghai",
                Container = [new Container { Image = {|ECI009:"acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com/team/app:1"|} }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-shanghai",
                Container = [new Container { Image = "acme-registry-vpc.cn-shanghai.cr.aliyuncs.com/team/app:1" }],
            });
            """));

    [Fact]
    public Task RemovesDeadEntries() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                PlainHttpRegistry = "{|ECI010:old.lab.local|},harbor.lab.local:80",
                InsecureRegistry = "{|ECI010:harbor.lab.local:80|}",
                Container = [new Container { Image = "harbor.lab.local:80/app" }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                PlainHttpRegistry = "harbor.lab.local:80",
                Container = [new Container { Image = "harbor.lab.local:80/app" }],
            });
            """),
        Sources.AnonymousLab,
        allRules: true);

    [Fact]
    public Task TurnsOnAnElasticIp() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = false,
                Container = [new Container { Image = {|ECI011:"nginx:1.27"|} }, new Container { Image = {|ECI011:"redis:7"|} }],
            });
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = {|ECI011:"nginx:1.27"|} }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                Container = [new Container { Image = "nginx:1.27" }, new Container { Image = "redis:7" }],
            });
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = "nginx:1.27" }],
                AutoCreateEip = true,
            });
            """),
        allRules: true);
}
