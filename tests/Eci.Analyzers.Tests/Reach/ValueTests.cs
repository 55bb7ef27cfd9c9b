namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Values that travel: constants classes of readonly fields and properties, locals, branches, partly known images and
/// string building. Each shape has a case where the value is unknown and the analyzer stays silent.
/// </summary>
public class ValueTests
{
    private const string Constants = Sources.Usings + """
        public static class Registries
        {
            public static readonly string Corp = "registry.corp.example";
            public static string Lab { get; } = "harbor.lab.local";
            public static string Mirror => "mirror.corp.example";
            public static string Backup { get { return "backup.corp.example"; } }
            public static string Configured { get; set; } = "registry.corp.example";
            public static string Mutable = "registry.corp.example";
            public static readonly string FromEnvironment = System.Environment.GetEnvironmentVariable("REGISTRY");
            public static readonly string SetInConstructor = "registry.corp.example";
            static Registries() { SetInConstructor = System.Environment.GetEnvironmentVariable("REGISTRY"); }
        }

        public static class Images
        {
            public static readonly string Api = Registries.Corp + "/team/api:5.1";
            public const string Worker = "registry.corp.example/team/worker:5.1";
        }

        """;

    private static string Deploy(string image) => Sources.Usings + $$"""
        public sealed class Deployer
        {
            public void Deploy(Client client, string version, string name, bool canary)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = {{image}} } },
                });
            }
        }

        """;

    [Theory]
    [InlineData("{|ECI004:Images.Api|}")]
    [InlineData("{|ECI004:Registries.Corp + \"/team/app:1\"|}")]
    [InlineData("{|ECI004:$\"{Registries.Mirror}/team/app:1\"|}")]
    [InlineData("{|ECI004:string.Concat(Registries.Backup, \"/team/app:1\")|}")]
    [InlineData("{|ECI004:string.Format(\"{0}/ops/agent:{1}\", Registries.Corp, \"7\")|}")]
    [InlineData("{|ECI004:string.Join(\"/\", Registries.Corp, \"team\", \"app:1\")|}")]
    public Task ConstantsClassMembersAreFollowed(string image) => ReachVerifier.VerifyAsync(Constants, Deploy(image));

    [Theory]
    [InlineData("Registries.Configured + \"/team/app:1\"")]
    [InlineData("Registries.Mutable + \"/team/app:1\"")]
    [InlineData("Registries.FromEnvironment + \"/team/app:1\"")]
    [InlineData("Registries.SetInConstructor + \"/team/app:1\"")]
    [InlineData("$\"{name}/team/app:1\"")]
    [InlineData("name + \"/team/app:1\"")]
    [InlineData("\"nginx:\" + version")]
    [InlineData("string.Format(\"{0}/ops/agent:1\", name)")]
    public Task UnknownRegistriesStaySilent(string image) => ReachVerifier.VerifyAsync(Constants, Deploy(image));

    [Fact]
    public Task PartlyKnownImageIsJudgedOnItsRegistryAndShownWithHoles() => ReachVerifier.VerifyAsync(
        Constants,
        Deploy("""{|#0:$"{Registries.Corp}/team/api:{version}"|}""").Replace("{|#0:", "{|ECI004:"));

    [Fact]
    public Task PartlyKnownImageMessageNamesTheHoles()
    {
        var test = VerifyCS.CreateTest();
        test.TestState.Sources.Add(("/0/Constants.cs", Constants));
        test.TestState.Sources.Add(("/0/Deployer.cs", Deploy("""{|#0:$"{Registries.Corp}/team/api:{version}"|}""")));
        // The registry comes from Registries.Corp: the message ends with where that is written.
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("ECI004").WithLocation(0).WithMessage(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, global::Eci.ImagePull.Rules.RuleCatalog.MissingCredentialMessage, "registry.corp.example", "registry.corp.example/team/api:{version}")
            + " (from Registries.Corp in Constants.cs, line 13)"));
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public Task PartlyKnownImageGetsNoWholeReferenceRule() => ReachVerifier.VerifyAsync(
        Constants,
        // Upper case in the constant repository part would be ECI006 in a whole image; here only the registry is judged.
        Deploy("""{|ECI004:$"{Registries.Corp}/Team/Api:{version}"|}"""));

    [Fact]
    public Task PartlyKnownPlainHttpImageNeedsPlainHttpRegistry() => ReachVerifier.VerifyWithConfigAsync(
        "eci.plain_http_registries = harbor.lab.local\neci.anonymous_registries = harbor.lab.local",
        Constants,
        Deploy("""{|ECI002:Registries.Lab + "/lab/" + name + ":2"|}"""));

    [Fact]
    public Task EachConstantArmOfACoalesceIsJudged() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            Container = new List<Container>
            {
                new Container { Image = System.Environment.GetEnvironmentVariable("IMAGE") ?? {|ECI004:"git.acme-corp.io/tools/x:1"|} },
            },
        });
        """));

    [Fact]
    public Task EachConstantArmOfAConditionalAndASwitchIsJudged() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        void Run(Client client, bool canary, string stage)
        {
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container>
                {
                    new Container { Image = canary ? {|ECI004:"registry.corp.example/team/app:2-rc"|} : {|ECI004:"registry.corp.example/team/app:1"|} },
                    new Container
                    {
                        Image = stage switch
                        {
                            "prod" => {|ECI004:"images.corp.example/team/sidecar:1"|},
                            "test" => "nginx:1.27",
                            _ => System.Environment.GetEnvironmentVariable("SIDECAR"),
                        },
                    },
                },
            });
        }
        """));

    [Fact]
    public Task ArmsThatAreAllUnknownStaySilent() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        void Run(Client client, bool canary, string a, string b)
        {
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = canary ? a : b ?? System.Environment.GetEnvironmentVariable("X") } },
            });
        }
        """));

    [Fact]
    public Task ConstantFallbackPasswordIsAConstantInSource() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "registry.corp.example/team/app:1" } },
            ImageRegistryCredential = new List<Credential>
            {
                new Credential
                {
                    Server = "registry.corp.example",
                    UserName = "ci",
                    Password = System.Environment.GetEnvironmentVariable("REGISTRY_PASSWORD") ?? {|ECI007:"hunter2"|},
                },
            },
        });
        """));

    [Fact]
    public Task LocalAssignedOnceIsFollowed() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        var registry = "registry.corp.example";
        // The diagnostic sits where the value is written, so the edit that fixes it is made there.
        var image = {|ECI004:$"{registry}/team/app:1"|};
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = image } },
        });
        """));

    [Fact]
    public Task LocalWrittenAgainIsUnknown() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        void Run(Client client, bool mirror)
        {
            var image = "registry.corp.example/team/app:1";
            if (mirror)
            {
                image = System.Environment.GetEnvironmentVariable("MIRROR_IMAGE");
            }

            var tagged = "registry.corp.example/team/app";
            tagged += System.Environment.GetEnvironmentVariable("TAG");
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = image }, new Container { Image = tagged } },
            });
        }
        """));

    [Fact]
    public Task LocalWrittenInALambdaIsUnknown() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        var image = "registry.corp.example/team/app:1";
        System.Action useMirror = () => image = System.Environment.GetEnvironmentVariable("MIRROR_IMAGE");
        useMirror();
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = image } },
        });
        """));
}
