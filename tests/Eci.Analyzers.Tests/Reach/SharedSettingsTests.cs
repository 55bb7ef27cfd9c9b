namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Settings applied to several requests at once, after they were created: the requests are handed to code that writes
/// them, so nothing may be said about what they lack (these shapes gave false positives before).
/// </summary>
public class SharedSettingsTests
{
    private const string TwoRequests = """
        var web = new CreateContainerGroupRequest { Container = [new Container { Image = "harbor.lab.local/lab/web:2" }] };
        var worker = new CreateContainerGroupRequest { Container = [new Container { Image = "harbor.lab.local/lab/worker:2" }] };
        """;

    private const string Config = "eci.plain_http_registries = harbor.lab.local";

    [Fact]
    public Task ForeachOverAnArrayOfRequests() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod(TwoRequests + """
        foreach (var request in new[] { web, worker })
        {
            request.PlainHttpRegistry = "harbor.lab.local";
            request.ImageRegistryCredential = [new Credential { Server = "harbor.lab.local", UserName = "ci" }];
            client.CreateContainerGroup(request);
        }
        """), Config);

    [Fact]
    public Task ParamsHelperThatAppliesDefaults() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        static void ApplyLabDefaults(params CreateContainerGroupRequest[] requests)
        {
            foreach (var request in requests)
            {
                request.PlainHttpRegistry = "harbor.lab.local";
                request.ImageRegistryCredential = [new Credential { Server = "harbor.lab.local", UserName = "ci" }];
            }
        }

        void Run(Client client)
        {
            var web = new CreateContainerGroupRequest { Container = [new Container { Image = "harbor.lab.local/lab/web:2" }] };
            var worker = new CreateContainerGroupRequest { Container = [new Container { Image = "harbor.lab.local/lab/worker:2" }] };
            ApplyLabDefaults(web, worker);
            client.CreateContainerGroup(web);
            client.CreateContainerGroup(worker);
        }
        """), Config);

    [Fact]
    public Task BatchListFilledWithAdd() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod(TwoRequests + """
        var batch = new List<CreateContainerGroupRequest>();
        batch.Add(web);
        batch.Add(worker);
        batch.ForEach(request => request.PlainHttpRegistry = "harbor.lab.local");
        batch.ForEach(request => request.ImageRegistryCredential = [new Credential { Server = "harbor.lab.local", UserName = "ci" }]);
        batch.ForEach(request => client.CreateContainerGroup(request));
        """), Config);

    [Fact]
    public Task CollectionExpressionOfRequests() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod(TwoRequests + """
        List<CreateContainerGroupRequest> all = [web, worker];
        foreach (var request in all)
        {
            request.PlainHttpRegistry = "harbor.lab.local";
            request.ImageRegistryCredential = [new Credential { Server = "harbor.lab.local", UserName = "ci" }];
            client.CreateContainerGroup(request);
        }
        """), Config);

    [Fact]
    public Task ARequestNotInTheBatchIsStillJudged() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod(TwoRequests + """
        var batch = new List<CreateContainerGroupRequest> { web, worker };
        batch.ForEach(request => request.PlainHttpRegistry = "harbor.lab.local");
        var alone = new CreateContainerGroupRequest
        {
            ImageRegistryCredential = [new Credential { Server = "harbor.lab.local", UserName = "ci" }],
            Container = [new Container { Image = {|ECI002:"harbor.lab.local/lab/alone:2"|} }],
        };
        client.CreateContainerGroup(alone);
        """), Config);
}
