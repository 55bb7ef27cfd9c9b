using Microsoft.CodeAnalysis.Testing;

namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Fixes of findings whose value a constants class supplies. The request is in the analyzed body, so its fixes (a
/// credential, a PlainHttpRegistry entry) are made there, one by one and through Fix All; the constants file is left
/// alone. ECI006's correction, which the image string alone decides, is made in the member's initializer, also in
/// another file; a correction that depends on the request (ECI009's region, ECI006's http:// strip) is not offered.
/// </summary>
public class MemberOriginFixTests
{
    private const string LabImages = Sources.Usings + """
        public static class Registries
        {
            public static readonly string Lab = "harbor.lab.local";
        }

        public static class LabImages
        {
            public static readonly string Api = "registry.corp.example/team/api:5";
            public static readonly IReadOnlyDictionary<string, string> Services = new Dictionary<string, string>
            {
                ["worker"] = "registry.corp.example/team/worker:3",
            };
            public static readonly string Broken = "NGINX:1.27";
            public static string Tools => "BusyBox:1.36";
            public static readonly string Plain = "http://harbor.lab.local/lab/app:1";
            public static readonly string Vpc = "acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com/team/app:1";
        }

        """;

    private static string Fixed(string constants, params (string From, string To)[] edits)
    {
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, constants, StringComparison.Ordinal);
            constants = constants.Replace(from, to, StringComparison.Ordinal);
        }

        return constants;
    }

    private static Task RunAsync(string requests, string fixedRequests, string? editorConfig = null, string constants = LabImages, string? fixedConstants = null)
    {
        var test = VerifyCS.CreateFixTest();
        test.TestState.Sources.Add(("/0/Constants.cs", constants));
        test.TestState.Sources.Add(("/0/Deployer.cs", requests));
        test.FixedState.Sources.Add(("/0/Constants.cs", fixedConstants ?? constants));
        test.FixedState.Sources.Add(("/0/Deployer.cs", fixedRequests));
        test.AddEditorConfig(editorConfig);
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    private static string Deployer(string body) => Sources.Usings + """
        using Eci.ImagePull;

        public sealed class Deployer
        {
        """ + "\n" + body + """
        }

        """;

    [Fact]
    public Task CredentialIsAddedToEachRequestThatReadsTheMember() => RunAsync(
        Deployer("""
                public void Api(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = {|ECI004:LabImages.Api|} } },
                    ImageRegistryCredential = new List<Credential>
                    {
                        new Credential { Server = "other.corp.example" },
                    },
                });

                public void Worker(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = {|ECI004:LabImages.Services["worker"]|} } },
                    ImageRegistryCredential = new List<Credential>
                    {
                        new Credential { Server = "other.corp.example" },
                    },
                });

            """),
        Deployer("""
                public void Api(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = LabImages.Api } },
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

                public void Worker(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = LabImages.Services["worker"] } },
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

            """));

    [Fact]
    public Task PlainHttpRegistryGetsTheRegistryOfAConcatenatedMember() => RunAsync(
        Deployer("""
                public void Run(Client client, string name) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = "other.lab.local",
                    Container = new List<Container>
                    {
                        new Container { Image = {|ECI002:Registries.Lab + "/lab/runner:2"|} },
                        new Container { Image = {|ECI002:$"{Registries.Lab}/lab/{name}:1"|} },
                    },
                });

            """),
        Deployer("""
                public void Run(Client client, string name) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = "other.lab.local,harbor.lab.local",
                    Container = new List<Container>
                    {
                        new Container { Image = Registries.Lab + "/lab/runner:2" },
                        new Container { Image = $"{Registries.Lab}/lab/{name}:1" },
                    },
                });

            """),
        "eci.plain_http_registries = harbor.lab.local\neci.anonymous_registries = harbor.lab.local");

    [Fact]
    public Task InvalidImageIsCorrectedInTheInitializerOfAnotherFile() => RunAsync(
        Deployer("""
                public void Web(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = {|ECI006:LabImages.Broken|} }, new Container { Image = {|ECI006:LabImages.Tools|} } },
                });

                public void Cache(Client client) => client.CreateImageCache(new CreateImageCacheRequest
                {
                    Image = new List<string> { {|ECI006:LabImages.Broken|} },
                });

            """),
        Deployer("""
                public void Web(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = LabImages.Broken }, new Container { Image = LabImages.Tools } },
                });

                public void Cache(Client client) => client.CreateImageCache(new CreateImageCacheRequest
                {
                    Image = new List<string> { LabImages.Broken },
                });

            """),
        fixedConstants: Fixed(LabImages, ("\"NGINX:1.27\"", "\"nginx:1.27\""), ("\"BusyBox:1.36\"", "\"busybox:1.36\"")));

    [Fact]
    public Task InvalidImageIsCorrectedInTheInitializerOfTheSameFile()
    {
        var source = Deployer("""
                public void Web(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = {|ECI006:Local.Broken|} } },
                });

                private static class Local
                {
                    public static readonly string Broken = "NGINX:1.27";
                }

            """);
        var test = VerifyCS.CreateFixTest();
        test.TestState.Sources.Add(("/0/Deployer.cs", source));
        test.FixedState.Sources.Add(("/0/Deployer.cs", source.Replace("{|ECI006:Local.Broken|}", "Local.Broken").Replace("\"NGINX:1.27\"", "\"nginx:1.27\"")));
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public Task RequestDependentCorrectionsOfAMemberAreNotOffered()
    {
        // Stripping http:// is right only next to this request's PlainHttpRegistry, and the VPC host only for this
        // request's RegionId: written into the member, either would be wrong for its other readers.
        var source = Deployer("""
                public void Lab(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = "other.lab.local",
                    Container = new List<Container> { new Container { Image = {|ECI006:LabImages.Plain|} } },
                });

                public void Vpc(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    RegionId = "cn-shanghai",
                    Container = new List<Container> { new Container { Image = {|ECI009:LabImages.Vpc|} } },
                });

            """);
        return RunAsync(source, source, "eci.anonymous_registries = harbor.lab.local");
    }

    [Fact]
    public Task InvalidImagePassedFromAMemberToAMethodIsCorrectedInTheInitializer()
    {
        const string Sandboxes = Sources.Usings + """
            public sealed class SandboxService
            {
                private readonly Client _client;
                public SandboxService(Client client) => _client = client;

                public void Create(string image) => _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = image } },
                });
            }

            """;
        const string Caller = Sources.Usings + """
            public static class Lab
            {
                public static void Run(SandboxService sandboxes) => sandboxes.Create({|ECI006:LabImages.Broken|});
            }

            """;
        var test = VerifyCS.CreateFixTest();
        test.TestState.Sources.Add(("/0/Constants.cs", LabImages));
        test.TestState.Sources.Add(("/0/Sandboxes.cs", Sandboxes));
        test.TestState.Sources.Add(("/0/Lab.cs", Caller));
        test.FixedState.Sources.Add(("/0/Constants.cs", Fixed(LabImages, ("\"NGINX:1.27\"", "\"nginx:1.27\""))));
        test.FixedState.Sources.Add(("/0/Sandboxes.cs", Sandboxes));
        test.FixedState.Sources.Add(("/0/Lab.cs", Caller.Replace("{|ECI006:LabImages.Broken|}", "LabImages.Broken")));
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public Task PasswordFromAMemberIsReadAtRunTimeInTheRequest()
    {
        // The request stops reading the constant; the constant itself (maybe read elsewhere) is the user's to delete.
        const string Secrets = Sources.Usings + """
            public static class Secrets
            {
                public static readonly string Registry = "hunter2";
            }

            """;
        var test = VerifyCS.CreateFixTest();
        test.TestState.Sources.Add(("/0/Secrets.cs", Secrets));
        test.TestState.Sources.Add(("/0/Deployer.cs", Deployer("""
                public void Run(Client client) => client.CreateImageCache(new CreateImageCacheRequest
                {
                    Image = new List<string> { "registry.corp.example/team/app:1" },
                    ImageRegistryCredential = new List<CacheCredential> { new CacheCredential { Server = "registry.corp.example", UserName = "ci", Password = {|ECI007:Secrets.Registry|} } },
                });

            """)));
        test.FixedState.Sources.Add(("/0/Secrets.cs", Secrets));
        test.FixedState.Sources.Add(("/0/Deployer.cs", Deployer("""
                public void Run(Client client) => client.CreateImageCache(new CreateImageCacheRequest
                {
                    Image = new List<string> { "registry.corp.example/team/app:1" },
                    ImageRegistryCredential = new List<CacheCredential> { new CacheCredential { Server = "registry.corp.example", UserName = "ci", Password = RegistryCredentials.PasswordFor("registry.corp.example") } },
                });

            """)));
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public Task ServerAndListFromMembersAreNotRewritten()
    {
        // The port each needs is this request's image's: the members may serve other requests, so no fix is offered.
        const string Lab = Sources.Usings + """
            public static class Lab
            {
                public static readonly string PlainHttp = "harbor.lab.local";
                public static string Server => "registry.corp.example";
            }

            """;
        var source = Deployer("""
                public void Run(Client client) => client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = {|ECI001:Lab.PlainHttp|},
                    Container = new List<Container> { new Container { Image = "harbor.lab.local:80/lab/app:1" }, new Container { Image = "registry.corp.example:8443/team/app:1" } },
                    ImageRegistryCredential = new List<Credential> { new Credential { Server = {|ECI001:Lab.Server|}, UserName = "ci" } },
                });

            """);
        var test = VerifyCS.CreateFixTest();
        test.TestState.Sources.Add(("/0/Lab.cs", Lab));
        test.TestState.Sources.Add(("/0/Deployer.cs", source));
        test.FixedState.Sources.Add(("/0/Lab.cs", Lab));
        test.FixedState.Sources.Add(("/0/Deployer.cs", source));
        test.AddEditorConfig("eci.anonymous_registries = harbor.lab.local:80");
        return test.RunAsync(System.Threading.CancellationToken.None);
    }
}
