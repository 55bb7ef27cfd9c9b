namespace Eci.Analyzers.Tests;

/// <summary>Fixes where the property is absent, the list is a collection expression, and Fix All spans requests.</summary>
public class CodeFixMoreTests
{
    private const string WithImagePull = "using Eci.ImagePull;\n";

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

    [Fact]
    public Task AddsAnInitializerToABareCreation() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest();
            request.Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } };
            client.CreateContainerGroup(request);
            """),
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest { PlainHttpRegistry = "harbor.lab.local:80" };
            request.Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } };
            client.CreateContainerGroup(request);
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task FixAllCoversEveryRequestInTheDocument() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "{|ECI001:192.168.1.10|}",
                Container = [new Container { Image = "192.168.1.10:5000/web" }, new Container { Image = {|ECI002:"harbor.lab.local:80/api"|} }],
            });
            client.CreateImageCache(new CreateImageCacheRequest
            {
                InsecureRegistry = "harbor.lab.local:80",
                Image = [{|ECI002:"harbor.lab.local:80/api"|}],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "192.168.1.10:5000,harbor.lab.local:80",
                Container = [new Container { Image = "192.168.1.10:5000/web" }, new Container { Image = "harbor.lab.local:80/api" }],
            });
            client.CreateImageCache(new CreateImageCacheRequest
            {
                Image = ["harbor.lab.local:80/api"],
                PlainHttpRegistry = "harbor.lab.local:80",
            });
            """),
        "eci.plain_http_registries = 192.168.1.10:5000\n" + Sources.AnonymousLab);
}
