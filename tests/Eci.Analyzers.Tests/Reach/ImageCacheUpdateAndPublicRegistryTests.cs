namespace Eci.Analyzers.Tests.Reach;

/// <summary>UpdateImageCacheRequest gets every rule that applies to it; public Internet registries other than Docker Hub.</summary>
public class ImageCacheUpdateAndPublicRegistryTests
{
    private const string CacheUsings = Sources.Usings + """
        using CacheUpdateCredential = AlibabaCloud.SDK.Eci20180808.Models.UpdateImageCacheRequest.UpdateImageCacheRequestImageRegistryCredential;

        """;

    private static string InMethod(string statements) => CacheUsings + """
        class App
        {
            void Run(Client client)
            {

        """ + string.Join("\n", statements.Split('\n').Select(line => "        " + line)) + """

            }
        }

        """;

    [Fact]
    public Task UpdateImageCacheWithAPrivateImageAndNoCredential() => VerifyCS.VerifyAnalyzerAsync(InMethod("""
        client.UpdateImageCache(new UpdateImageCacheRequest
        {
            ImageCacheId = "imc-1",
            Image = new List<string> { {|ECI004:"registry.corp.example/team/app:2"|}, "nginx:1.27" },
        });
        """));

    [Fact]
    public Task UpdateImageCacheWithItsCredentialIsClean() => VerifyCS.VerifyAnalyzerAsync(InMethod("""
        var request = new UpdateImageCacheRequest { ImageCacheId = "imc-1", Image = ["registry.corp.example/team/app:2"] };
        request.ImageRegistryCredential = [new CacheUpdateCredential { Server = "registry.corp.example", UserName = "ci" }];
        client.UpdateImageCacheAsync(request);
        """));

    [Fact]
    public Task UpdateImageCacheInvalidAndLoopbackImages() => VerifyCS.VerifyAnalyzerAsync(InMethod("""
        client.UpdateImageCache(new UpdateImageCacheRequest
        {
            Image = new List<string> { {|ECI006:"registry.cn-hangzhou.aliyuncs.com/Team/App:2"|}, {|ECI008:"localhost:5000/dev/tools:1"|} },
        });
        """));

    [Fact]
    public Task UpdateImageCacheWithoutAnElasticIpPullingFromTheInternet() => VerifyCS.VerifyAllRulesAsync(InMethod("""
        client.UpdateImageCache(new UpdateImageCacheRequest { Image = [{|ECI011:"nginx:1.27"|}] });
        client.UpdateImageCache(new UpdateImageCacheRequest { Image = ["nginx:1.27"], EipInstanceId = "eip-1" });
        """));

    [Fact]
    public Task UpdateImageCacheThroughAWrapperWithAnUnknownCredentialListStaysSilent() => VerifyCS.VerifyAnalyzerAsync(CacheUsings + """
        class App
        {
            void Refresh(Client client, List<CacheUpdateCredential> credentials) =>
                client.UpdateImageCache(new UpdateImageCacheRequest { Image = ["registry.corp.example/team/app:2"], ImageRegistryCredential = credentials });
        }
        """);

    [Theory]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0")]
    [InlineData("registry.k8s.io/pause:3.9")]
    [InlineData("public.ecr.aws/nginx/nginx:1.27")]
    [InlineData("ghcr.io/acme/app:1")]
    [InlineData("quay.io/prometheus/node-exporter:v1.8.0")]
    [InlineData("gcr.io/distroless/static:nonroot")]
    [InlineData("eu.gcr.io/acme/app:1")]
    public Task PublicRegistriesNeedNoCredentialByDefault(string image) => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod($$"""
        client.CreateContainerGroup(new CreateContainerGroupRequest { Container = [new Container { Image = "{{image}}" }] });
        """));

    [Theory]
    [InlineData("ghcr.io/acme/app:1", "ghcr.io")]
    [InlineData("quay.io/acme/app:1", "quay.io, ghcr.io")]
    [InlineData("us.gcr.io/acme/app:1", "us.gcr.io")]
    public Task HostingServicesDeclaredPrivateNeedACredential(string image, string declared) => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod($$"""
        client.CreateContainerGroup(new CreateContainerGroupRequest { Container = [new Container { Image = {|ECI004:"{{image}}"|} }] });
        """), "eci.private_registries = " + declared);

    [Fact]
    public Task PublicOnlyRegistryStaysPublicEvenWhenDeclaredPrivate() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        client.CreateContainerGroup(new CreateContainerGroupRequest { Container = [new Container { Image = "mcr.microsoft.com/dotnet/runtime:8.0" }] });
        """), "eci.private_registries = mcr.microsoft.com");

    [Fact]
    public Task PublicRegistriesAreOnTheInternet() => VerifyCS.VerifyAllRulesAsync(Sources.InMethod("""
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            Container = [new Container { Image = {|ECI011:"mcr.microsoft.com/dotnet/aspnet:8.0"|} }, new Container { Image = {|ECI011:"ghcr.io/acme/app:1"|} }],
        });
        """));
}
