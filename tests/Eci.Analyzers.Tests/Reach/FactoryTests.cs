namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Requests finished elsewhere: a factory method returns a pre-filled request that the caller completes and sends.
/// What the factory wrote counts (no false positive for settings it applied); unknown factories stay silent.
/// </summary>
public class FactoryTests
{
    private const string Factories = Sources.Usings + """
        public static class LabRequests
        {
            public static CreateContainerGroupRequest ForLab(string name) => new CreateContainerGroupRequest
            {
                RegionId = "cn-hangzhou",
                ContainerGroupName = name,
                PlainHttpRegistry = "harbor.lab.local",
                ImageRegistryCredential = new List<Credential> { new Credential { Server = "registry.corp.example", UserName = "ci" } },
            };

            public static CreateContainerGroupRequest Either(bool lab)
            {
                if (lab)
                {
                    return new CreateContainerGroupRequest { PlainHttpRegistry = "harbor.lab.local" };
                }

                return new CreateContainerGroupRequest();
            }

            public static CreateContainerGroupRequest WithCredentials(List<Credential> credentials) =>
                new CreateContainerGroupRequest { ImageRegistryCredential = credentials };
        }

        """;

    private static string Caller(string statements) => Sources.Usings + """
        public sealed class Jobs
        {
            public void Run(Client client)
            {

        """ + string.Join("\n", statements.Split('\n').Select(line => "        " + line)) + """

            }
        }

        """;

    private const string LabConfig = "eci.plain_http_registries = harbor.lab.local, images.lab.local\neci.anonymous_registries = harbor.lab.local, images.lab.local";

    [Fact]
    public Task WhatTheFactoryWroteCounts() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Factories, Caller("""
        var request = LabRequests.ForLab("web");
        request.Container = new List<Container>
        {
            new Container { Image = "harbor.lab.local/lab/web:2" },
            new Container { Image = "registry.corp.example/team/api:1" },
        };
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task WhatTheFactoryLeftOutIsReportedInTheCaller() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Factories, Caller("""
        var request = LabRequests.ForLab("web");
        request.Container = new List<Container>
        {
            new Container { Image = {|ECI002:"images.lab.local/lab/web:2"|} },
            new Container { Image = {|ECI004:"git.acme-corp.io/team/api:1"|} },
        };
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task FactoryWithSeveralReturnsIsUnknown() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Factories, Caller("""
        var request = LabRequests.Either(lab: true);
        request.Container = new List<Container> { new Container { Image = "images.lab.local/lab/web:2" } };
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task FactoryWithUnknownCredentialsStaysSilentAboutThem() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Factories, Caller("""
        var request = LabRequests.WithCredentials(Load());
        request.Container = new List<Container> { new Container { Image = "git.acme-corp.io/team/api:1" } };
        client.CreateContainerGroup(request);

        static List<Credential> Load() => null;
        """));

    [Fact]
    public Task RequestFromAFactoryThatEscapesIsUnknown() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Factories, Caller("""
        var request = LabRequests.ForLab("web");
        request.Container = new List<Container> { new Container { Image = "git.acme-corp.io/team/api:1" } };
        Pending.Add(request);
        client.CreateContainerGroup(request);
        """).Replace("public sealed class Jobs\n{", "public sealed class Jobs\n{\n    public static readonly List<CreateContainerGroupRequest> Pending = new();"));

    [Fact]
    public Task RequestFromAMethodOfAnotherAssemblyIsUnknown() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Caller("""
        var request = System.Activator.CreateInstance<CreateContainerGroupRequest>();
        request.Container = new List<Container> { new Container { Image = "git.acme-corp.io/team/api:1" } };
        client.CreateContainerGroup(request);
        """));
}
