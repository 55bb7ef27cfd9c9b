namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI011: an image from the Internet on a request without an elastic IP, and the fix that turns one on.</summary>
public class ECI011InternetEgressTests
{
    [Fact]
    public Task InternetImageWithoutElasticIp() => VerifyCS.VerifyAllRulesAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container =
                [
                    new Container { Image = {|ECI011:"nginx:1.27"|} },
                    new Container { Image = {|ECI011:"registry.cn-hangzhou.aliyuncs.com/team/app"|} },
                    new Container { Image = "registry-vpc.cn-hangzhou.aliyuncs.com/team/app" },
                    new Container { Image = "192.168.1.10:5000/app" },
                    new Container { Image = "harbor.lab.local:80/app" },
                ],
                PlainHttpRegistry = "harbor.lab.local:80",
            });
            client.CreateContainerGroup(new CreateContainerGroupRequest { AutoCreateEip = true, Container = [new Container { Image = "nginx" }] });
            client.CreateImageCache(new CreateImageCacheRequest { EipInstanceId = "eip-1", Image = ["nginx"] });
            """),
        Sources.AnonymousLab);

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
