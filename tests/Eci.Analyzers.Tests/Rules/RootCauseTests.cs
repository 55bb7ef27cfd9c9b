namespace Eci.Analyzers.Tests.Rules;

/// <summary>
/// Which rule reports when several could: each mistake is reported once, by the rule that names its root cause, and a
/// correct request gets nothing with every rule on.
/// </summary>
public class RootCauseTests
{
    // ECI003's configuration: registry.corp.example:8443 is declared self-signed.
    private const string Config = "eci.insecure_registries = registry.corp.example:8443\n" + Sources.AnonymousLab;

    [Fact]
    public Task CredentialServerWithoutThePortReplacesTheMissingCredentialDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "registry.corp.example:5000/team/app" } },
                ImageRegistryCredential = new List<Credential>
                {
                    new Credential { Server = {|ECI001:"registry.corp.example"|}, UserName = "ci", Password = System.Environment.GetEnvironmentVariable("P") },
                },
            });
            """));

    [Fact]
    public Task PlainHttpWinsOverSelfSigned() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = {|ECI002:"registry.corp.example:8443/team/api:3"|} } },
            });
            """),
        "eci.plain_http_registries = registry.corp.example:8443\n" + Config);

    [Fact]
    public Task PortMismatchInInsecureRegistryExplainsIt() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                InsecureRegistry = "{|ECI001:registry.corp.example|}",
                Container = new List<Container> { new Container { Image = "registry.corp.example:8443/team/api:3" } },
            });
            """),
        Config);

    [Fact]
    public Task CredentialServerWithSchemeIsMalformedAndNothingElse() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = "registry.corp.example:5000/app" }],
                ImageRegistryCredential = [new Credential { Server = {|ECI005:"https://registry.corp.example:5000/v2/"|} }],
            });
            """));

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
