namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI003: a registry known to use a self-signed certificate that InsecureRegistry does not list, and the fix that lists it.</summary>
public class ECI003SelfSignedTests
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
    public Task AddsToInsecureRegistry() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateImageCache(new CreateImageCacheRequest
            {
                InsecureRegistry = "a.corp.example",
                Image = new List<string> { {|ECI003:"registry.corp.example:8443/team/api:3"|} },
            });
            """),
        Sources.InMethod("""
            client.CreateImageCache(new CreateImageCacheRequest
            {
                InsecureRegistry = "a.corp.example,registry.corp.example:8443",
                Image = new List<string> { "registry.corp.example:8443/team/api:3" },
            });
            """),
        "eci.insecure_registries = registry.corp.example:8443\n" + Sources.AnonymousLab);
}
