namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Builders that keep a request in a private field, fill it in fluent <c>With*</c> methods that return <c>this</c>, and
/// hand it out from <c>Build()</c>: read in one chain from <c>new Builder(...)</c> to <c>Build()</c>, with each call's
/// arguments. A builder whose field is used otherwise, or one kept in a local, is unknown.
/// </summary>
public class BuilderTests
{
    private const string Builders = Sources.Usings + """
        public sealed class ContainerGroupBuilder
        {
            private readonly CreateContainerGroupRequest _request;

            public ContainerGroupBuilder(string name)
            {
                _request = new CreateContainerGroupRequest { ContainerGroupName = name, RegionId = "cn-hangzhou" };
            }

            public ContainerGroupBuilder WithImage(string image)
            {
                _request.Container ??= new List<Container>();
                _request.Container.Add(new Container { Name = "main", Image = image });
                return this;
            }

            public ContainerGroupBuilder WithPlainHttp(string registry)
            {
                _request.PlainHttpRegistry = registry;
                return this;
            }

            public ContainerGroupBuilder WithCredential(string server, string user, string password)
            {
                (_request.ImageRegistryCredential ??= new List<Credential>()).Add(new Credential { Server = server, UserName = user, Password = password });
                return this;
            }

            public ContainerGroupBuilder WithSidecar()
            {
                (_request.Container ??= new List<Container>()).Add(new Container { Name = "sidecar", Image = "registry.corp.example/ops/sidecar:3" });
                return this;
            }

            public CreateContainerGroupRequest Build() => _request;
        }

        public sealed class SharedBuilder
        {
            private readonly CreateContainerGroupRequest _request = new CreateContainerGroupRequest();

            public SharedBuilder WithImage(string image)
            {
                (_request.Container ??= new List<Container>()).Add(new Container { Image = image });
                return this;
            }

            public SharedBuilder Configure(System.Action<CreateContainerGroupRequest> configure)
            {
                configure(_request);
                return this;
            }

            public CreateContainerGroupRequest Build() => _request;
        }

        """;

    private static string Caller(string statements) => Sources.Usings + """
        public sealed class Jobs
        {
            public void Run(Client client, string user, string password, IDictionary<string, string> settings)
            {

        """ + string.Join("\n", statements.Split('\n').Select(line => "        " + line)) + """

            }
        }

        """;

    private const string LabConfig = "eci.plain_http_registries = harbor.lab.local\neci.anonymous_registries = harbor.lab.local";

    [Fact]
    public Task ImagePassedToTheBuilderIsJudgedOnItsArgument() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Builders, Caller("""
        var request = new ContainerGroupBuilder("web").WithImage({|ECI002:"harbor.lab.local/lab/web:2"|}).Build();
        client.CreateContainerGroup(request);

        var corp = new ContainerGroupBuilder("api")
            .WithImage({|ECI004:"registry.corp.example/team/api:1"|})
            .Build();
        client.CreateContainerGroup(corp);
        """));

    [Fact]
    public Task SettingsTheBuilderWritesCount() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Builders, Caller("""
        var request = new ContainerGroupBuilder("web")
            .WithImage("harbor.lab.local/lab/web:2")
            .WithPlainHttp("harbor.lab.local")
            .WithImage("registry.corp.example/team/api:1")
            .WithCredential("registry.corp.example", user, password)
            .Build();
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task WhatTheBuilderWritesItselfIsReportedOnItsCall() => ReachVerifier.VerifyAsync(Builders, Caller("""
        var request = {|ECI004:new ContainerGroupBuilder("web").WithSidecar()|}.Build();
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task BuiltRequestHandedStraightToTheClient() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Builders, Caller("""
        client.CreateContainerGroup(new ContainerGroupBuilder("web").WithImage({|ECI004:"registry.corp.example/team/web:1"|}).Build());
        client.CreateContainerGroup(new ContainerGroupBuilder("lab").WithImage("harbor.lab.local/lab/web:2").WithPlainHttp("harbor.lab.local").Build());
        Pending.Add(new ContainerGroupBuilder("later").WithImage("harbor.lab.local/lab/web:2").Build());
        """).Replace("public sealed class Jobs\n{", "public sealed class Jobs\n{\n    public static readonly List<CreateContainerGroupRequest> Pending = new();"));

    [Fact]
    public Task BuilderInALocalUsedOnce() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Builders, Caller("""
        var builder = new ContainerGroupBuilder("web").WithImage({|ECI002:"harbor.lab.local/lab/web:2"|});
        var request = builder.Build();
        client.CreateContainerGroup(request);

        var done = new ContainerGroupBuilder("web").WithImage("harbor.lab.local/lab/web:2").WithPlainHttp("harbor.lab.local");
        var finished = done.Build();
        client.CreateContainerGroup(finished);
        """));

    [Fact]
    public Task CallerWritesAfterBuildCount() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Builders, Caller("""
        var request = new ContainerGroupBuilder("web").WithImage("harbor.lab.local/lab/web:2").Build();
        request.PlainHttpRegistry = "harbor.lab.local";
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task UnknownBuildersStaySilent() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Builders, Caller("""
        var shared = new SharedBuilder().WithImage("registry.corp.example/team/web:1").Build();
        client.CreateContainerGroup(shared);

        var builder = new ContainerGroupBuilder("web");
        builder.WithImage("harbor.lab.local/lab/web:2");
        var kept = builder.Build();
        client.CreateContainerGroup(kept);

        var configured = new ContainerGroupBuilder("web").WithImage("harbor.lab.local/lab/web:2").WithPlainHttp(settings["registry"]).Build();
        client.CreateContainerGroup(configured);

        var twice = new ContainerGroupBuilder("web").WithImage("harbor.lab.local/lab/web:2");
        var first = twice.Build();
        twice.WithPlainHttp(settings["registry"]);
        client.CreateContainerGroup(first);

        var elsewhere = new ContainerGroupBuilder("web").WithImage("harbor.lab.local/lab/web:2");
        Configure(elsewhere);
        var passed = elsewhere.Build();
        client.CreateContainerGroup(passed);

        static void Configure(ContainerGroupBuilder builder) => builder.WithPlainHttp("harbor.lab.local");
        """));
}
