namespace Eci.Analyzers.Tests;

/// <summary>Each fix, alone and through Fix All (the verifier runs both on every test).</summary>
public class CodeFixTests
{
    [Fact]
    public Task RewritesTheEntryInsideACommaList() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local:80,{|ECI001:192.168.1.10|}",
                Container = new List<Container> { new Container { Image = "192.168.1.10:5000/nginx" } },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local:80,192.168.1.10:5000",
                Container = new List<Container> { new Container { Image = "192.168.1.10:5000/nginx" } },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task RewritesACredentialServer() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "registry.corp.example:5000/app" } },
                ImageRegistryCredential = new List<Credential> { new Credential { Server = {|ECI001:"registry.corp.example"|} } },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "registry.corp.example:5000/app" } },
                ImageRegistryCredential = new List<Credential> { new Credential { Server = "registry.corp.example:5000" } },
            });
            """));

    [Fact]
    public Task AppendsToAnExistingPlainHttpRegistryLiteral() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "other.lab.local",
                Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "other.lab.local,harbor.lab.local:80",
                Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task AppendsToALaterAssignment() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest { Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }] };
            request.PlainHttpRegistry = "";
            client.CreateContainerGroup(request);
            """),
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest { Container = [new Container { Image = "harbor.lab.local:80/app" }] };
            request.PlainHttpRegistry = "harbor.lab.local:80";
            client.CreateContainerGroup(request);
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task AddsThePropertyToTheInitializer() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-hangzhou",
                Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-hangzhou",
                Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } },
                PlainHttpRegistry = "harbor.lab.local:80",
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task MovesFromInsecureRegistryToPlainHttpRegistry() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "other.lab.local",
                InsecureRegistry = "registry.corp.example:8443,harbor.lab.local:80",
                Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "other.lab.local,harbor.lab.local:80",
                InsecureRegistry = "registry.corp.example:8443",
                Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } },
            });
            """),
        Sources.AnonymousLab);

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
    public Task FixAllAddsEveryRegistryOnceToOneLiteral() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "",
                Container = new List<Container>
                {
                    new Container { Image = {|ECI002:"harbor.lab.local:80/web"|} },
                    new Container { Image = {|ECI002:"harbor.lab.local:80/api"|} },
                    new Container { Image = {|ECI002:"192.168.1.10:80/worker"|} },
                },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local:80,192.168.1.10:80",
                Container = new List<Container>
                {
                    new Container { Image = "harbor.lab.local:80/web" },
                    new Container { Image = "harbor.lab.local:80/api" },
                    new Container { Image = "192.168.1.10:80/worker" },
                },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task AConstantOnlyThisRequestReadsIsRewrittenWhereItIsDeclared() => VerifyCS.VerifyCodeFixAsync(
        Sources.InClass("""
            private const string Lists = "other.lab.local";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }],
                });
            }
            """),
        Sources.InClass("""
            private const string Lists = "other.lab.local,harbor.lab.local:80";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = "harbor.lab.local:80/app" }],
                });
            }
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task AConstantTwoRequestsReadIsNotRewritten() => VerifyCS.VerifyCodeFixAsync(
        Sources.InClass("""
            const string Lists = "other.lab.local";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }],
                });
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = "192.168.1.10:5000/app" }],
                });
            }
            """),
        Sources.InClass("""
            const string Lists = "other.lab.local";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }],
                });
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = "192.168.1.10:5000/app" }],
                });
            }
            """),
        Sources.AnonymousLab);
}
