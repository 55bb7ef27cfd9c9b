namespace Eci.Analyzers.Tests;

/// <summary>ECI003: a registry known to use a self-signed certificate that InsecureRegistry does not list.</summary>
public class SelfSignedTests
{
    private const string Config = "eci.insecure_registries = registry.corp.example:8443\n" + Sources.AnonymousLab;

    [Fact]
    public Task SelfSignedRegistryMissingFromInsecureRegistry() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = {|#0:"registry.corp.example:8443/team/api:3"|} } },
            });
            """),
        Config,
        VerifyCS.Diagnostic("ECI003").WithLocation(0).WithArguments(
            "registry.corp.example:8443", "registry.corp.example:8443/team/api:3", "declared in eci.insecure_registries", ""));

    [Fact]
    public Task ListedInInsecureRegistryIsFine() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateImageCache(new CreateImageCacheRequest
            {
                InsecureRegistry = "registry.corp.example:8443",
                Image = new List<string> { "registry.corp.example:8443/team/api:3" },
            });
            """),
        Config);

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
}
