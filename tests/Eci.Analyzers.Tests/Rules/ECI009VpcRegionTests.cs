namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI009: an ACR VPC endpoint of another region than the request's, and the fix that switches it to the request's region.</summary>
public class ECI009VpcRegionTests
{
    [Fact]
    public Task VpcEndpointOfAnotherRegion() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-shanghai",
                Container =
                [
                    new Container { Image = {|#0:"registry-vpc.cn-hangzhou.aliyuncs.com/team/app:1"|} },
                    new Container { Image = "registry-vpc.cn-shanghai.aliyuncs.com/team/app:1" },
                    new Container { Image = "registry.cn-hangzhou.aliyuncs.com/team/app:1" },
                ],
            });
            """),
        null,
        VerifyCS.Diagnostic("ECI009").WithLocation(0).WithArguments(
            "registry-vpc.cn-hangzhou.aliyuncs.com", "registry-vpc.cn-hangzhou.aliyuncs.com/team/app:1", "cn-hangzhou", "cn-shanghai"));

    [Fact]
    public Task UnknownRegionKeepsVpcRuleQuiet() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InClass("""
            void Run(Client client, string region)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    RegionId = region,
                    Container = [new Container { Image = "registry-vpc.cn-hangzhou.aliyuncs.com/team/app:1" }],
                });
            }
            """));

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
}
