namespace Eci.Analyzers.Tests.Reading;

/// <summary>Every way real code builds a request is read; ECI002 on a port-80 registry is the probe.</summary>
public class ConstructionFormsTests
{
    private static Task Verify(string statements) => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod(statements), Sources.AnonymousLab);

    [Fact]
    public Task LaterAssignmentOfTheContainerList() => Verify("""
        var request = new CreateContainerGroupRequest();
        request.RegionId = "cn-hangzhou";
        request.Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } };
        client.CreateContainerGroup(request);
        """);

    [Fact]
    public Task AddOnTheRequestsList() => Verify("""
        var request = new CreateContainerGroupRequest { Container = new List<Container>() };
        request.Container.Add(new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} });
        client.CreateContainerGroup(request);
        """);

    [Fact]
    public Task ListLocalFilledWithAddAndAddRange() => Verify("""
        var containers = new List<Container>();
        containers.Add(new Container { Image = {|ECI002:"harbor.lab.local:80/web"|} });
        containers.AddRange(new[] { new Container { Image = {|ECI002:"harbor.lab.local:80/worker"|} } });
        var request = new CreateContainerGroupRequest { Container = containers };
        client.CreateContainerGroup(request);
        """);

    [Fact]
    public Task CollectionExpression() => Verify("""
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }],
        });
        """);

    [Fact]
    public Task ElementLocalWithLaterImageAssignment() => Verify("""
        var web = new Container { Name = "web" };
        web.Image = {|ECI002:"harbor.lab.local:80/web"|};
        client.CreateContainerGroup(new CreateContainerGroupRequest { Container = new List<Container> { web } });
        """);

    [Fact]
    public Task ConstLocal() => Verify("""
        const string image = "harbor.lab.local:80/app";
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = {|ECI002:image|} } },
        });
        """);

    [Fact]
    public Task ConstFieldsConcatenatedAndInterpolated() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InClass("""
            const string Registry = "harbor.lab.local:80";
            const string Web = Registry + "/web:1";
            const string Worker = $"{Registry}/worker:1";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container>
                    {
                        new Container { Image = {|ECI002:Web|} },
                        new Container { Image = {|ECI002:Worker|} },
                        new Container { Image = {|ECI002:Registry + "/inline"|} },
                    },
                });
            }
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task InitContainers() => Verify("""
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            InitContainer = new List<InitContainer> { new InitContainer { Image = {|ECI002:"harbor.lab.local:80/migrate"|} } },
            Container = new List<Container> { new Container { Image = "nginx:1.27" } },
        });
        """);

    [Fact]
    public Task ImageCaches() => Verify("""
        client.CreateImageCache(new CreateImageCacheRequest
        {
            ImageCacheName = "lab",
            Image = new List<string> { "nginx", {|ECI002:"harbor.lab.local:80/app"|} },
        });
        """);

    [Fact]
    public Task ImageCacheListLocalWithAdd() => Verify("""
        var images = new List<string>();
        images.Add({|ECI002:"harbor.lab.local:80/app"|});
        client.CreateImageCacheAsync(new CreateImageCacheRequest { Image = images });
        """);

    [Fact]
    public Task LaterPlainHttpRegistryAssignmentCounts() => Verify("""
        var request = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } },
        };
        request.PlainHttpRegistry = "harbor.lab.local:80";
        client.CreateContainerGroupWithOptions(request, new AlibabaCloud.TeaUtil.Models.RuntimeOptions());
        """);

    [Fact]
    public Task ConditionalPlainHttpRegistryAssignmentIsUnknown() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InClass("""
            void Run(Client client, bool lab)
            {
                var request = new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } },
                };
                if (lab)
                {
                    request.PlainHttpRegistry = "harbor.lab.local:80";
                }

                client.CreateContainerGroup(request);
            }
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task RequestBuiltInsideALambda() => Verify("""
        System.Func<CreateContainerGroupResponse> create = () =>
        {
            var request = new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } },
            };
            return client.CreateContainerGroup(request);
        };
        """);

    [Fact]
    public Task RequestBuiltInsideALocalFunction() => Verify("""
        Send();

        void Send()
        {
            var request = new CreateContainerGroupRequest();
            request.Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }];
            client.CreateContainerGroupAsync(request);
        }
        """);

    [Fact]
    public Task TopLevelStatements()
    {
        var test = VerifyCS.CreateTest();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestCode = Sources.Usings + """
            var client = new Client(new AlibabaCloud.OpenApiClient.Models.Config());
            var request = new CreateContainerGroupRequest();
            request.Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } };
            client.CreateContainerGroup(request);

            """;
        test.AddEditorConfig(Sources.AnonymousLab);
        return test.RunAsync();
    }

    [Fact]
    public Task ConstantSharedByTwoRequestsIsReportedAtEachUse() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InClass("""
            const string Image = "harbor.lab.local:80/app";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest { Container = [new Container { Image = {|ECI002:Image|} }] });
                client.CreateContainerGroup(new CreateContainerGroupRequest { Container = [new Container { Image = {|ECI002:Image|} }], ZoneId = "b" });
            }
            """),
        Sources.AnonymousLab);
}
