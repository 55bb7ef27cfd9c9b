namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Application classes that derive from a request type and set defaults in their constructors: the constructors' writes
/// (through a bounded chain of base constructors, with the creation's arguments) count as the request's first values.
/// A constructor that does anything else with the object, or a class that hides a request member, is unknown.
/// </summary>
public class SubclassTests
{
    private const string Requests = Sources.Usings + """
        public class LabRequest : CreateContainerGroupRequest
        {
            public LabRequest()
            {
                RegionId = "cn-hangzhou";
                PlainHttpRegistry = "harbor.lab.local";
            }
        }

        public class TeamRequest : LabRequest
        {
            public TeamRequest(string team) : base()
            {
                ContainerGroupName = team;
                this.ImageRegistryCredential = new List<Credential> { new Credential { Server = "registry.corp.example", UserName = team } };
            }
        }

        public class MirrorRequest : CreateContainerGroupRequest
        {
            public MirrorRequest(string plainHttp)
            {
                PlainHttpRegistry = plainHttp;
            }
        }

        public class SidecarRequest : CreateContainerGroupRequest
        {
            public SidecarRequest()
            {
                Container = new List<Container> { new Container { Name = "sidecar", Image = "registry.corp.example/ops/sidecar:3" } };
            }
        }

        public class ConfiguredRequest : CreateContainerGroupRequest
        {
            public ConfiguredRequest(IDictionary<string, string> settings)
            {
                PlainHttpRegistry = settings["registry"];
            }
        }

        public class LoggedRequest : CreateContainerGroupRequest
        {
            public static readonly List<CreateContainerGroupRequest> All = new();

            public LoggedRequest()
            {
                All.Add(this);
            }
        }

        public class ShadowRequest : CreateContainerGroupRequest
        {
            public new string PlainHttpRegistry { get; set; }
        }

        """;

    private static string Caller(string statements) => Sources.Usings + """
        public sealed class Jobs
        {
            public void Run(Client client, IDictionary<string, string> settings)
            {

        """ + string.Join("\n", statements.Split('\n').Select(line => "        " + line)) + """

            }
        }

        """;

    private const string LabConfig = "eci.plain_http_registries = harbor.lab.local, images.lab.local\neci.anonymous_registries = harbor.lab.local, images.lab.local";

    [Fact]
    public Task WhatTheConstructorSetsCounts() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Requests, Caller("""
        client.CreateContainerGroup(new LabRequest
        {
            Container = new List<Container> { new Container { Image = "harbor.lab.local/lab/web:2" } },
        });

        var request = new TeamRequest("qa");
        request.Container = new List<Container>
        {
            new Container { Image = "harbor.lab.local/lab/web:2" },
            new Container { Image = "registry.corp.example/qa/runner:3" },
        };
        client.CreateContainerGroup(request);

        client.CreateContainerGroup(new MirrorRequest("images.lab.local")
        {
            Container = new List<Container> { new Container { Image = "images.lab.local/lab/web:2" } },
        });
        """));

    [Fact]
    public Task WhatTheConstructorLeftOutIsReported() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Requests, Caller("""
        client.CreateContainerGroup(new LabRequest
        {
            Container = new List<Container>
            {
                new Container { Image = {|ECI002:"images.lab.local/lab/web:2"|} },
                new Container { Image = {|ECI004:"registry.corp.example/qa/runner:3"|} },
            },
        });
        """));

    [Fact]
    public Task ConstructorArgumentIsJudgedWhereItIsPassed() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Requests, Caller("""
        client.CreateContainerGroup(new MirrorRequest("{|ECI005:http://images.lab.local|}")
        {
            Container = new List<Container> { new Container { Image = "nginx:1.27" } },
        });
        """));

    [Fact]
    public Task WhatTheConstructorWritesItselfIsReportedOnTheCreation() => ReachVerifier.VerifyAsync(Requests, Caller("""
        var request = {|ECI004:new SidecarRequest()|};
        request.RegionId = "cn-hangzhou";
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task UnknownConstructorsAndShadowedMembersStaySilent() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Requests, Caller("""
        client.CreateContainerGroup(new ConfiguredRequest(settings)
        {
            Container = new List<Container> { new Container { Image = "harbor.lab.local/lab/web:2" } },
        });
        client.CreateContainerGroup(new LoggedRequest
        {
            Container = new List<Container> { new Container { Image = "registry.corp.example/qa/runner:3" } },
        });
        client.CreateContainerGroup(new ShadowRequest
        {
            PlainHttpRegistry = "harbor.lab.local",
            Container = new List<Container> { new Container { Image = "registry.corp.example/qa/runner:3" } },
        });
        """));

    [Fact]
    public Task FindingsOfASubclassRequestOfferNoFix()
    {
        // ECI002 would need an edit of PlainHttpRegistry, which the constructor in another file writes: no fix.
        var source = Caller("""
            client.CreateContainerGroup(new LabRequest
            {
                Container = new List<Container> { new Container { Image = {|ECI002:"images.lab.local/lab/web:2"|} } },
            });
            """);
        var test = VerifyCS.CreateFixTest();
        test.TestState.Sources.Add(("/0/Requests.cs", Requests));
        test.TestState.Sources.Add(("/0/Jobs.cs", source));
        test.FixedState.Sources.Add(("/0/Requests.cs", Requests));
        test.FixedState.Sources.Add(("/0/Jobs.cs", source));
        test.AddEditorConfig(LabConfig);
        return test.RunAsync(System.Threading.CancellationToken.None);
    }
}
