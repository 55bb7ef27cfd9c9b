namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Extension methods (and plain static helpers) that write containers, credentials or registry settings into a request
/// the caller built: what they write is combined with the caller's request. Their arguments are judged where they are
/// passed; what a helper writes itself is reported on its call. A helper that does anything else with the request, or
/// writes on some paths only, leaves the request unknown.
/// </summary>
public class ExtensionMethodTests
{
    private const string Extensions = Sources.Usings + """
        public static class RequestExtensions
        {
            public static readonly List<CreateContainerGroupRequest> Pending = new();

            public static CreateContainerGroupRequest AddContainer(this CreateContainerGroupRequest request, string name, string image)
            {
                request.Container ??= new List<Container>();
                request.Container.Add(new Container { Name = name, Image = image, Cpu = 1 });
                return request;
            }

            public static void WithCredential(this CreateContainerGroupRequest request, string server, string user, string password)
            {
                if (request.ImageRegistryCredential == null)
                {
                    request.ImageRegistryCredential = new List<Credential>();
                }

                request.ImageRegistryCredential.Add(new Credential { Server = server, UserName = user, Password = password });
            }

            public static CreateContainerGroupRequest UsePlainHttp(this CreateContainerGroupRequest request, string registry)
            {
                request.PlainHttpRegistry = registry;
                return request;
            }

            public static void UseLabDefaults(this CreateContainerGroupRequest request)
            {
                request.RegionId = "cn-hangzhou";
                request.PlainHttpRegistry = "harbor.lab.local";
            }

            public static void AddSidecar(this CreateContainerGroupRequest request) =>
                (request.Container ??= new List<Container>()).Add(new Container { Name = "sidecar", Image = "registry.corp.example/ops/sidecar:3" });

            public static void UseConfiguredRegistry(this CreateContainerGroupRequest request, IDictionary<string, string> settings) =>
                request.PlainHttpRegistry = settings["registry"];

            public static void MaybePlainHttp(this CreateContainerGroupRequest request, bool lab)
            {
                if (lab)
                {
                    request.PlainHttpRegistry = "harbor.lab.local";
                }
            }

            public static void Remember(this CreateContainerGroupRequest request) => Pending.Add(request);

            public static void Normalize(this CreateContainerGroupRequest request, string image)
            {
                image = image.ToLowerInvariant();
                request.Container = new List<Container> { new Container { Image = image } };
            }
        }

        """;

    private static string Caller(string statements) => Sources.Usings + """
        public sealed class Jobs
        {
            public void Run(Client client, string user, string password, IDictionary<string, string> settings, bool lab)
            {

        """ + string.Join("\n", statements.Split('\n').Select(line => "        " + line)) + """

            }
        }

        """;

    private const string LabConfig = "eci.plain_http_registries = harbor.lab.local\neci.anonymous_registries = harbor.lab.local";

    [Fact]
    public Task ImageAddedByAnExtensionIsJudgedOnItsArgument() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou", ContainerGroupName = "web" };
        request.AddContainer("web", {|ECI004:"registry.corp.example/team/web:1"|});
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task PlainHttpImageAddedByAnExtensionNeedsTheSetting() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Extensions, Caller("""
        var request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou" };
        request.AddContainer("web", {|ECI002:"harbor.lab.local/lab/web:2"|});
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task SettingsWrittenByExtensionsCount() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Extensions, Caller("""
        var request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou" };
        request.AddContainer("web", "registry.corp.example/team/web:1");
        request.AddContainer("lab", "harbor.lab.local/lab/web:2");
        request.WithCredential("registry.corp.example", user, password);
        request.UsePlainHttp("harbor.lab.local");
        client.CreateContainerGroup(request);

        var defaults = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "harbor.lab.local/lab/api:3" } },
        };
        defaults.UseLabDefaults();
        client.CreateContainerGroup(defaults);
        """));

    [Fact]
    public Task WhatTheExtensionWritesItselfIsReportedOnItsCall() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou" };
        {|ECI004:request.AddSidecar()|};
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task CredentialForAnotherRegistryLeavesTheImageReported() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var request = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = {|ECI004:"git.acme-corp.io/team/api:1"|} } },
        };
        request.WithCredential("registry.corp.example", user, password);
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task ConstantPasswordPassedToAnExtensionIsReportedOnTheArgument() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var request = new CreateContainerGroupRequest();
        request.AddContainer("web", "registry.corp.example/team/web:1");
        request.WithCredential("registry.corp.example", "ci", {|ECI007:"hunter2-prod"|});
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task UnknownOrConditionalExtensionsLeaveTheRequestUnknown() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Extensions, Caller("""
        var configured = new CreateContainerGroupRequest();
        configured.AddContainer("web", "harbor.lab.local/lab/web:2");
        configured.UseConfiguredRegistry(settings);
        client.CreateContainerGroup(configured);

        var maybe = new CreateContainerGroupRequest();
        maybe.AddContainer("web", "harbor.lab.local/lab/web:2");
        maybe.MaybePlainHttp(lab);
        client.CreateContainerGroup(maybe);

        var remembered = new CreateContainerGroupRequest();
        remembered.AddContainer("web", "registry.corp.example/team/web:1");
        remembered.Remember();
        client.CreateContainerGroup(remembered);

        var branch = new CreateContainerGroupRequest();
        branch.AddContainer("web", "registry.corp.example/team/web:1");
        if (lab)
        {
            branch.WithCredential("registry.corp.example", user, password);
        }

        client.CreateContainerGroup(branch);

        var unknownImage = new CreateContainerGroupRequest();
        unknownImage.AddContainer("web", settings["image"]);
        unknownImage.Normalize("registry.corp.example/team/web:1");
        client.CreateContainerGroup(unknownImage);
        """));

    [Fact]
    public Task FluentChainsOfExtensionsAreReadInOrder() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Extensions, Caller("""
        var request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou" };
        request.AddContainer("web", {|ECI002:"harbor.lab.local/lab/web:2"|}).AddContainer("api", {|ECI004:"registry.corp.example/team/api:1"|});
        client.CreateContainerGroup(request);

        var done = new CreateContainerGroupRequest { RegionId = "cn-hangzhou" };
        done.AddContainer("web", "harbor.lab.local/lab/web:2").UsePlainHttp("harbor.lab.local");
        client.CreateContainerGroup(done);

        var aliased = new CreateContainerGroupRequest();
        var same = aliased.AddContainer("web", "registry.corp.example/team/web:1");
        same.PlainHttpRegistry = "harbor.lab.local";
        client.CreateContainerGroup(aliased);

        var sentInTheChain = new CreateContainerGroupRequest();
        client.CreateContainerGroup(sentInTheChain.AddContainer("web", "registry.corp.example/team/web:1"));
        """));

    [Fact]
    public Task ContainerAddedThenReplacedByTheCallerIsNotJudged() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var request = new CreateContainerGroupRequest();
        request.AddContainer("web", "registry.corp.example/team/web:1");
        request.Container = new List<Container> { new Container { Image = "nginx:1.27" } };
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task ExtensionOnAFactoryMadeRequest() => ReachVerifier.VerifyAsync(
        Extensions,
        Sources.Usings + """
            public static class LabRequests
            {
                public static CreateContainerGroupRequest ForLab(string name) => new CreateContainerGroupRequest { ContainerGroupName = name, RegionId = "cn-hangzhou" };
            }
            """,
        Caller("""
            var request = LabRequests.ForLab("web");
            request.AddContainer("web", {|ECI004:"registry.corp.example/team/web:1"|});
            client.CreateContainerGroup(request);

            var done = LabRequests.ForLab("api");
            done.AddContainer("api", "registry.corp.example/team/api:1");
            done.WithCredential("registry.corp.example", user, password);
            client.CreateContainerGroup(done);
            """));

    [Fact]
    public Task FindingsOfARequestCompletedByExtensionsOfferNoFix()
    {
        // ECI002 would need PlainHttpRegistry in the request, which extension methods also write: no edit is offered.
        var source = Caller("""
            var request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou" };
            request.AddContainer("web", {|ECI002:"harbor.lab.local/lab/web:2"|});
            client.CreateContainerGroup(request);
            """);
        var test = VerifyCS.CreateFixTest();
        test.TestState.Sources.Add(("/0/Extensions.cs", Extensions));
        test.TestState.Sources.Add(("/0/Jobs.cs", source));
        test.FixedState.Sources.Add(("/0/Extensions.cs", Extensions));
        test.FixedState.Sources.Add(("/0/Jobs.cs", source));
        test.AddEditorConfig(LabConfig);
        return test.RunAsync(System.Threading.CancellationToken.None);
    }
}
