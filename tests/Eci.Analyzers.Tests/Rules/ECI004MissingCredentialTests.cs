namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI004: a private image with no credential for its registry and no AcrRegistryInfo covering it, and the fix that adds a credential read at run time.</summary>
public class ECI004MissingCredentialTests
{
    private const string WithImagePull = "using Eci.ImagePull;\n";

    [Fact]
    public Task SelfManagedRegistryWithoutCredentials() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = {|#0:"registry.corp.example/team/app:1"|} } },
            });
            """),
        null,
        VerifyCS.Diagnostic("ECI004").WithLocation(0).WithArguments("registry.corp.example", "registry.corp.example/team/app:1"));

    [Theory]
    [InlineData("nginx:1.27")]
    [InlineData("library/redis")]
    [InlineData("docker.io/bitnami/redis:7")]
    [InlineData("registry.cn-hangzhou.aliyuncs.com/team/app:1")]
    [InlineData("registry-vpc.cn-hangzhou.aliyuncs.com/eci_open/nginx:latest")]
    [InlineData("crpi-abc123-vpc.cn-hangzhou.personal.cr.aliyuncs.com/team/app")]
    [InlineData("acme-registry-vpc.cn-beijing.cr.aliyuncs.com/team/app")]
    public Task PublicAndAlibabaRegistriesNeedNoCredential(string image) => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod($$"""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "{{image}}" } },
            });
            """));

    [Fact]
    public Task CredentialForTheExactAddress() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest();
            request.Container = new List<Container> { new Container { Image = "registry.corp.example:5000/team/app" } };
            request.ImageRegistryCredential = new List<Credential>();
            request.ImageRegistryCredential.Add(new Credential { Server = "registry.corp.example:5000", UserName = "ci" });
            client.CreateContainerGroup(request);
            """));

    [Fact]
    public Task AcrRegistryInfoWithoutDomainsCoversEverything() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "images.acme.example/team/app" } },
                AcrRegistryInfo = new List<Acr> { new Acr { InstanceId = "cri-123", RegionId = "cn-beijing" } },
            });
            """));

    [Fact]
    public Task AcrRegistryInfoDomainMustNameTheHost() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container>
                {
                    new Container { Image = "images.acme.example/team/app" },
                    new Container { Image = {|ECI004:"other.acme.example/team/app"|} },
                },
                AcrRegistryInfo = new List<Acr> { new Acr { InstanceId = "cri-123", Domain = new List<string> { "images.acme.example" } } },
            });
            """));

    [Fact]
    public Task DeclaredAnonymousRegistryNeedsNoCredential() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "mirror.corp.example/library/nginx" } },
            });
            """),
        "eci.anonymous_registries = mirror.corp.example");

    [Fact]
    public Task ImageCachesAndUpdatesAreChecked() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateImageCache(new CreateImageCacheRequest { Image = new List<string> { {|ECI004:"registry.corp.example/app"|} } });
            client.UpdateContainerGroup(new UpdateContainerGroupRequest
            {
                Container = new List<UpdateContainer> { new UpdateContainer { Image = {|ECI004:"registry.corp.example/app"|} } },
            });
            """));

    [Fact]
    public Task CredentialForAnotherRegistryDoesNotHelp() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateImageCache(new CreateImageCacheRequest
            {
                Image = new List<string> { {|ECI004:"registry.corp.example/app"|} },
                ImageRegistryCredential = new List<CacheCredential> { new CacheCredential { Server = "other.corp.example" } },
            });
            """));

    [Fact]
    public Task AddsACredentialElementToAnExistingList() => VerifyCS.VerifyCodeFixAsync(
        Sources.Usings + """
            using Eci.ImagePull;

            class App
            {
                void Run(Client client)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = new List<Container> { new Container { Image = {|ECI004:"registry.corp.example/team/app"|} } },
                        ImageRegistryCredential = new List<Credential>
                        {
                            new Credential { Server = "other.corp.example" },
                        },
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
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = new List<Container> { new Container { Image = "registry.corp.example/team/app" } },
                        ImageRegistryCredential = new List<Credential>
                        {
                            new Credential { Server = "other.corp.example" },
                            new Credential
                            {
                                Server = "registry.corp.example",
                                UserName = RegistryCredentials.UserNameFor("registry.corp.example"),
                                Password = RegistryCredentials.PasswordFor("registry.corp.example"),
                            },
                        },
                    });
                }
            }

            """);

    [Fact]
    public Task AddsTheCredentialListWhenTheRequestHasNone() => VerifyCS.VerifyCodeFixAsync(
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client)
                {
                    client.CreateImageCache(new CreateImageCacheRequest
                    {
                        ImageCacheName = "api",
                        Image = new List<string> { {|ECI004:"registry.corp.example/team/api:3"|} },
                    });
                }
            }

            """,
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client)
                {
                    client.CreateImageCache(new CreateImageCacheRequest
                    {
                        ImageCacheName = "api",
                        Image = new List<string> { "registry.corp.example/team/api:3" },
                        ImageRegistryCredential = new List<CacheCredential>
                        {
                            new CacheCredential
                            {
                                Server = "registry.corp.example",
                                UserName = RegistryCredentials.UserNameFor("registry.corp.example"),
                                Password = RegistryCredentials.PasswordFor("registry.corp.example"),
                            },
                        },
                    });
                }
            }

            """);

    [Fact]
    public Task AddsToACollectionExpressionOfCredentials() => VerifyCS.VerifyCodeFixAsync(
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client)
                {
                    client.UpdateContainerGroup(new UpdateContainerGroupRequest
                    {
                        Container = [new UpdateContainer { Image = {|ECI004:"images.platform.example/api:5"|} }],
                        ImageRegistryCredential = [],
                    });
                }
            }

            """,
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client)
                {
                    client.UpdateContainerGroup(new UpdateContainerGroupRequest
                    {
                        Container = [new UpdateContainer { Image = "images.platform.example/api:5" }],
                        ImageRegistryCredential = [new UpdateCredential
                        {
                            Server = "images.platform.example",
                            UserName = RegistryCredentials.UserNameFor("images.platform.example"),
                            Password = RegistryCredentials.PasswordFor("images.platform.example"),
                        }],
                    });
                }
            }

            """);
}
