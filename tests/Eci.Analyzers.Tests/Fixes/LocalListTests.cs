namespace Eci.Analyzers.Tests.Fixes;

/// <summary>
/// The list a request reads from a local, or the registry list it reads from a <c>const</c>: the fix edits it where it is
/// built. Lists from where a fix must not reach (a parameter, a constant other code reads) get no fix.
/// </summary>
public class LocalListTests
{
    private const string WithImagePull = "using Eci.ImagePull;\n";

    [Fact]
    public Task AddsTheCredentialToTheLocalListsInitializer() => VerifyCS.VerifyCodeFixAsync(
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client, string password)
                {
                    var credentials = new List<Credential>
                    {
                        new() { Server = "other.corp.example", UserName = "ci", Password = password },
                    };
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = [new Container { Image = {|ECI004:"registry.corp.example/team/app"|} }],
                        ImageRegistryCredential = credentials,
                    });
                }
            }

            """,
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client, string password)
                {
                    var credentials = new List<Credential>
                    {
                        new() { Server = "other.corp.example", UserName = "ci", Password = password },
                        new()
                        {
                            Server = "registry.corp.example",
                            UserName = RegistryCredentials.UserNameFor("registry.corp.example"),
                            Password = RegistryCredentials.PasswordFor("registry.corp.example"),
                        },
                    };
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = [new Container { Image = "registry.corp.example/team/app" }],
                        ImageRegistryCredential = credentials,
                    });
                }
            }

            """);

    [Fact]
    public Task AddsToALocalCollectionExpression() => VerifyCS.VerifyCodeFixAsync(
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client)
                {
                    List<CacheCredential> credentials = [];
                    var request = new CreateImageCacheRequest { Image = [{|ECI004:"registry.corp.example/api:3"|}] };
                    request.ImageRegistryCredential = credentials;
                    client.CreateImageCache(request);
                }
            }

            """,
        Sources.Usings + WithImagePull + """

            class App
            {
                void Run(Client client)
                {
                    List<CacheCredential> credentials = [new CacheCredential
                    {
                        Server = "registry.corp.example",
                        UserName = RegistryCredentials.UserNameFor("registry.corp.example"),
                        Password = RegistryCredentials.PasswordFor("registry.corp.example"),
                    }];
                    var request = new CreateImageCacheRequest { Image = ["registry.corp.example/api:3"] };
                    request.ImageRegistryCredential = credentials;
                    client.CreateImageCache(request);
                }
            }

            """);

    [Fact]
    public Task ACredentialListFromAParameterGetsNoFix() => VerifyCS.VerifyCodeFixAsync(
        Sources.InClass("""
            void Run(Client client, List<Credential> credentials)
            {
                credentials.Clear();
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = [new Container { Image = "registry.corp.example/team/app" }],
                    ImageRegistryCredential = credentials,
                });
            }
            """),
        Sources.InClass("""
            void Run(Client client, List<Credential> credentials)
            {
                credentials.Clear();
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = [new Container { Image = "registry.corp.example/team/app" }],
                    ImageRegistryCredential = credentials,
                });
            }
            """));

    [Fact]
    public Task AddsToALocalConstant() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            const string insecure = "a.corp.example";
            client.CreateImageCache(new CreateImageCacheRequest
            {
                InsecureRegistry = insecure,
                Image = [{|ECI003:"registry.corp.example:8443/team/api:3"|}],
            });
            """),
        Sources.InMethod("""
            const string insecure = "a.corp.example,registry.corp.example:8443";
            client.CreateImageCache(new CreateImageCacheRequest
            {
                InsecureRegistry = insecure,
                Image = ["registry.corp.example:8443/team/api:3"],
            });
            """),
        "eci.insecure_registries = registry.corp.example:8443\n" + Sources.AnonymousLab);

    [Fact]
    public Task EmptyingAConstantRemovesTheAssignmentAndTheConstant() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            const string insecure = "harbor.lab.local:80";
            var request = new CreateContainerGroupRequest { AutoCreateEip = true, Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }] };
            request.PlainHttpRegistry = "other.lab.local";
            request.InsecureRegistry = insecure;
            client.CreateContainerGroup(request);
            """),
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest { AutoCreateEip = true, Container = [new Container { Image = "harbor.lab.local:80/app" }] };
            request.PlainHttpRegistry = "other.lab.local,harbor.lab.local:80";
            client.CreateContainerGroup(request);
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task ARegistryListFromAParameterGetsNoFix() => VerifyCS.VerifyCodeFixAsync(
        Sources.InClass("""
            void Run(Client client, string plainHttp)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = plainHttp,
                    Container = [new Container { Image = "harbor.lab.local:80/app" }],
                });
            }
            """),
        Sources.InClass("""
            void Run(Client client, string plainHttp)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = plainHttp,
                    Container = [new Container { Image = "harbor.lab.local:80/app" }],
                });
            }
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task EmptiedListsOfTwoRequestsInOneMethodAreBothRemoved() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                InsecureRegistry = "{|ECI010:old.lab.local:8443|}",
                Container = [new Container { Image = "nginx:1.27" }],
            });
            client.CreateImageCache(new CreateImageCacheRequest
            {
                InsecureRegistry = "{|ECI010:old.lab.local:8443|}",
                Image = ["registry.corp.example/team/api:3"],
                ImageRegistryCredential = [new CacheCredential { Server = "registry.corp.example" }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                Container = [new Container { Image = "nginx:1.27" }],
            });
            client.CreateImageCache(new CreateImageCacheRequest
            {
                Image = ["registry.corp.example/team/api:3"],
                ImageRegistryCredential = [new CacheCredential { Server = "registry.corp.example" }],
            });
            """),
        allRules: true);

    [Fact]
    public Task AnEmptiedListIsKeptWhenAnotherAssignmentWouldDecideTheValue() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest { AutoCreateEip = true, Container = [new Container { Image = "nginx:1.27" }] };
            request.InsecureRegistry = "registry.corp.example:8443";
            request.InsecureRegistry = "{|ECI010:old.lab.local:8443|}";
            client.CreateContainerGroup(request);
            """),
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest { AutoCreateEip = true, Container = [new Container { Image = "nginx:1.27" }] };
            request.InsecureRegistry = "registry.corp.example:8443";
            request.InsecureRegistry = "";
            client.CreateContainerGroup(request);
            """),
        allRules: true);
}
