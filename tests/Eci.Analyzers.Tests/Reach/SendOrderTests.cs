namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Only what the request holds when it is sent is judged: writes made after the send (directly or by a writer method)
/// do not count, and a list replaced before the send is judged on its last value. A write that may or may not come
/// before the send (an unawaited task, a send in a lambda or a branch) leaves that member unknown.
/// </summary>
public class SendOrderTests
{
    private const string Extensions = Sources.Usings + """
        public static class RequestExtensions
        {
            public static CreateContainerGroupRequest AddContainer(this CreateContainerGroupRequest request, string name, string image)
            {
                request.Container ??= new List<Container>();
                request.Container.Add(new Container { Name = name, Image = image });
                return request;
            }

            public static void UsePlainHttp(this CreateContainerGroupRequest request, string registry) => request.PlainHttpRegistry = registry;

            public static void RunOnly(this CreateContainerGroupRequest request, string image)
            {
                request.Container.Add(new Container { Name = "old", Image = "registry.corp.example/team/old:1" });
                request.Container = new List<Container> { new Container { Name = "only", Image = image } };
            }
        }

        """;

    private static string Caller(string statements) => Sources.Usings + """
        public sealed class Jobs
        {
            static void Retry(System.Action action) => action();

            public async System.Threading.Tasks.Task Run(Client client, bool lab)
            {

        """ + string.Join("\n", statements.Split('\n').Select(line => "        " + line)) + """

            }
        }

        """;

    private const string LabConfig = "eci.plain_http_registries = harbor.lab.local\neci.anonymous_registries = harbor.lab.local";

    [Fact]
    public Task WritesAfterTheSendAreNotJudged() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou" };
        client.CreateContainerGroup(request);
        request.AddContainer("web", "registry.corp.example/team/web:1");
        request.Container = new List<Container> { new Container { Image = "registry.corp.example/team/api:1" } };
        request.Container.Add(new Container { Image = "registry.corp.example/team/worker:1" });

        var awaited = new CreateContainerGroupRequest { RegionId = "cn-hangzhou" };
        await client.CreateContainerGroupAsync(awaited);
        awaited.AddContainer("web", "registry.corp.example/team/web:1");
        """));

    [Fact]
    public Task ElementsAddedToAListLocalAfterTheSendAreNotJudged() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var containers = new List<Container> { new Container { Image = "nginx:1.27" } };
        var request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou", Container = containers };
        client.CreateContainerGroup(request);
        containers.Add(new Container { Image = "registry.corp.example/team/late:1" });
        """));

    [Fact]
    public Task ElementsAddedToAListLocalBeforeTheSendAreJudged() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var containers = new List<Container> { new Container { Image = "nginx:1.27" } };
        var request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou", Container = containers };
        containers.Add(new Container { Image = {|ECI004:"registry.corp.example/team/early:1"|} });
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task WhatTheRequestHeldAtTheSendIsStillJudged() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Extensions, Caller("""
        var request = new CreateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local/lab/web:2"|} } },
        };
        client.CreateContainerGroup(request);
        request.UsePlainHttp("harbor.lab.local");
        request.PlainHttpRegistry = "harbor.lab.local";
        """));

    [Fact]
    public Task WritesAfterASendThatMayNotHaveReadTheRequestYetAreUnknown() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Extensions, Caller("""
        var pending = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "harbor.lab.local/lab/web:2" } },
        };
        var task = client.CreateContainerGroupAsync(pending);
        pending.UsePlainHttp("harbor.lab.local");
        await task;

        var retried = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "harbor.lab.local/lab/web:2" } },
        };
        Retry(() => client.CreateContainerGroup(retried));
        retried.PlainHttpRegistry = "harbor.lab.local";

        var branch = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "harbor.lab.local/lab/web:2" } },
        };
        if (lab)
        {
            client.CreateContainerGroup(branch);
        }

        branch.UsePlainHttp("harbor.lab.local");
        client.CreateContainerGroup(branch);
        """));

    [Fact]
    public Task ListReplacedBeforeTheSendIsJudgedOnItsLastValue() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var request = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "registry.corp.example/team/old:1" } },
        };
        request.Container.Add(new Container { Image = "registry.corp.example/team/older:1" });
        request.Container = new List<Container> { new Container { Image = "nginx:1.27" } };
        client.CreateContainerGroup(request);

        var replaced = new CreateContainerGroupRequest();
        replaced.Container = new List<Container> { new Container { Image = "registry.corp.example/team/old:1" } };
        replaced.Container = new List<Container> { new Container { Image = {|ECI004:"registry.corp.example/team/new:1"|} } };
        client.CreateContainerGroup(replaced);
        """));

    [Fact]
    public Task ListReplacedOnSomePathsKeepsEveryCandidate() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var request = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = {|ECI004:"registry.corp.example/team/old:1"|} } },
        };
        if (lab)
        {
            request.Container = new List<Container> { new Container { Image = {|ECI004:"registry.corp.example/team/lab:1"|} } };
        }

        client.CreateContainerGroup(request);

        var settled = new CreateContainerGroupRequest();
        if (lab)
        {
            settled.Container = new List<Container> { new Container { Image = "registry.corp.example/team/lab:1" } };
        }

        settled.Container = new List<Container> { new Container { Image = "nginx:1.27" } };
        client.CreateContainerGroup(settled);
        """));

    [Fact]
    public Task ListReplacedByAWriterIsJudgedOnWhatTheWriterLeaves() => ReachVerifier.VerifyAsync(Extensions, Caller("""
        var request = new CreateContainerGroupRequest();
        request.AddContainer("web", "registry.corp.example/team/web:1");
        request.RunOnly("nginx:1.27");
        client.CreateContainerGroup(request);

        var replaced = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "registry.corp.example/team/web:1" } },
        };
        replaced.RunOnly({|ECI004:"registry.corp.example/team/api:1"|});
        client.CreateContainerGroup(replaced);
        """));
}
