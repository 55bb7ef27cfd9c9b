namespace Eci.Analyzers.Tests;

/// <summary>ECI005-ECI011 and the whole catalogue together: each real mistake exactly once, nothing on a correct request.</summary>
public class CatalogueTests
{
    [Fact]
    public Task MalformedListEntriesAreReportedOncePerEntry() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = {|#2:"{|#0:http://harbor.lab.local:80|}, {|#1:192.168.1.10:5000|},,{|#3:192.168.1.10:5000|}"|},
                Container = new List<Container>
                {
                    new Container { Image = "harbor.lab.local:80/app" },
                    new Container { Image = "192.168.1.10:5000/app" },
                },
            });
            """),
        Sources.AnonymousLab,
        VerifyCS.Diagnostic("ECI005").WithLocation(0).WithArguments(
            "PlainHttpRegistry", "http://harbor.lab.local:80", "it has a scheme (ECI takes the address without http:// or https://)",
            "'harbor.lab.local:80,192.168.1.10:5000'"),
        VerifyCS.Diagnostic("ECI005").WithLocation(1).WithArguments(
            "PlainHttpRegistry", " 192.168.1.10:5000", "it has surrounding whitespace", "'harbor.lab.local:80,192.168.1.10:5000'"),
        VerifyCS.Diagnostic("ECI005").WithLocation(2).WithArguments(
            "PlainHttpRegistry", "", "it is empty", "'harbor.lab.local:80,192.168.1.10:5000'"),
        VerifyCS.Diagnostic("ECI005").WithLocation(3).WithArguments(
            "PlainHttpRegistry", "192.168.1.10:5000", "it repeats an earlier entry", "'harbor.lab.local:80,192.168.1.10:5000'"));

    [Fact]
    public Task CredentialServerWithSchemeIsMalformedAndNothingElse() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = "registry.corp.example:5000/app" }],
                ImageRegistryCredential = [new Credential { Server = {|ECI005:"https://registry.corp.example:5000/v2/"|} }],
            });
            """));

    [Theory]
    [InlineData("Team/App:1")]
    [InlineData("nginx:")]
    [InlineData("registry.corp.example/app@sha256:abc")]
    [InlineData("https://registry.corp.example/app")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public Task InvalidImagesAreErrorsAndGetNoOtherRule(string image) => VerifyCS.VerifyAllRulesAsync(
        Sources.InMethod($$"""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                Container = [new Container { Image = {|ECI006:"{{image}}"|} }],
            });
            """));

    [Fact]
    public Task ConstantPasswordIsReported() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InClass("""
            const string Secret = "s3cr3t";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = [new Container { Image = "registry.corp.example/app" }],
                    ImageRegistryCredential =
                    [
                        new Credential { Server = "registry.corp.example", UserName = "ci", Password = {|#0:Secret|} },
                        new Credential { Server = "other.corp.example", UserName = "ci", Password = System.Environment.GetEnvironmentVariable("P") },
                    ],
                });
            }
            """),
        null,
        VerifyCS.Diagnostic("ECI007").WithLocation(0).WithArguments("registry.corp.example"));

    [Fact]
    public Task LoopbackRegistryIsReportedInsteadOfMissingCredentials() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = {|ECI008:"localhost:5000/app"|} }, new Container { Image = {|ECI008:"127.0.0.1:5000/api"|} }],
            });
            """));

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
    public Task DeadEntriesAreInfo() => VerifyCS.VerifyAllRulesAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                PlainHttpRegistry = "harbor.lab.local:80,{|ECI010:old.lab.local|}",
                InsecureRegistry = "{|ECI010:harbor.lab.local:80|}",
                Container = [new Container { Image = "harbor.lab.local:80/app" }],
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task NoDeadEntryWhenAnImageIsUnknown() => VerifyCS.VerifyAllRulesAsync(
        Sources.InClass("""
            void Run(Client client, string image)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    EipInstanceId = "eip-123",
                    PlainHttpRegistry = "harbor.lab.local:80,old.lab.local",
                    Container = [new Container { Image = "harbor.lab.local:80/app" }, new Container { Image = image }],
                });
            }
            """),
        Sources.AnonymousLab);

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
    public Task EachMistakeIsReportedExactlyOnce() => VerifyCS.VerifyAllRulesAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-shanghai",
                AutoCreateEip = true,
                PlainHttpRegistry = "{|ECI001:192.168.1.10|}",
                InsecureRegistry = "{|ECI005:https://registry.corp.example:8443|}",
                Container =
                [
                    new Container { Image = "192.168.1.10:5000/web" },
                    new Container { Image = {|ECI002:"harbor.lab.local:80/api"|} },
                    new Container { Image = "registry.corp.example:8443/team/api" },
                    new Container { Image = {|ECI006:"Team/Worker"|} },
                    new Container { Image = {|ECI008:"localhost/debug"|} },
                    new Container { Image = {|ECI009:"registry-vpc.cn-hangzhou.aliyuncs.com/team/app"|} },
                    new Container { Image = {|ECI004:"images.platform.example/api"|} },
                ],
                ImageRegistryCredential =
                [
                    new Credential { Server = "192.168.1.10:5000", UserName = "ci", Password = {|ECI007:"hunter2"|} },
                    new Credential { Server = "registry.corp.example:8443", UserName = "ci", Password = System.Environment.GetEnvironmentVariable("P") },
                ],
            });
            """),
        "eci.plain_http_registries = 192.168.1.10:5000\neci.insecure_registries = registry.corp.example:8443\n" + Sources.AnonymousLab);

    [Fact]
    public Task CorrectRequestHasNoDiagnosticsWithEveryRuleOn() => VerifyCS.VerifyAllRulesAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-hangzhou",
                AutoCreateEip = true,
                PlainHttpRegistry = "192.168.1.10:5000",
                InsecureRegistry = "registry.corp.example:8443",
                Container =
                [
                    new Container { Image = "192.168.1.10:5000/web:1" },
                    new Container { Image = "registry.corp.example:8443/team/api:2" },
                    new Container { Image = "registry-vpc.cn-hangzhou.aliyuncs.com/eci_open/nginx:1.27" },
                    new Container { Image = "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" },
                ],
                ImageRegistryCredential =
                [
                    new Credential { Server = "192.168.1.10:5000", UserName = "ci", Password = System.Environment.GetEnvironmentVariable("LAB") },
                    new Credential { Server = "registry.corp.example:8443", UserName = "ci", Password = System.Environment.GetEnvironmentVariable("CORP") },
                ],
            });
            """),
        "eci.plain_http_registries = 192.168.1.10:5000\neci.insecure_registries = registry.corp.example:8443");
}
