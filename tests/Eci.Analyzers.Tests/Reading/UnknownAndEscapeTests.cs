namespace Eci.Analyzers.Tests.Reading;

/// <summary>Unknown stays silent: values that are not constants, and requests that escape before they are sent.</summary>
public class UnknownAndEscapeTests
{
    private const string PrivateImage = "registry.corp.example/team/app:1";

    [Fact]
    public Task RequestPassedToAnotherMethodKeepsAbsenceRulesQuiet() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        void Configure(CreateContainerGroupRequest request) => request.ImageRegistryCredential = LoadCredentials();
        List<Credential> LoadCredentials() => null;

        void Run(Client client)
        {
            var request = new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "registry.corp.example/team/app:1" } },
            };
            Configure(request);
            client.CreateContainerGroup(request);
        }
        """));

    [Fact]
    public Task EscapedRequestStillHasItsWrittenValuesJudged() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        void Configure(CreateContainerGroupRequest request) => request.ImageRegistryCredential = LoadCredentials();
        List<Credential> LoadCredentials() => null;

        void Run(Client client)
        {
            var request = new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "{|ECI001:192.168.1.10|}",
                Container = new List<Container> { new Container { Image = "192.168.1.10:5000/app" } },
            };
            Configure(request);
            client.CreateContainerGroup(request);
        }
        """), Sources.AnonymousLab);

    [Fact]
    public Task ReturnedRequestIsNotJudgedOnWhatIsMissing() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        CreateContainerGroupRequest Build() => new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "registry.corp.example/team/app:1" } },
        };
        """));

    [Fact]
    public Task RequestStoredInAFieldEscapes() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        CreateContainerGroupRequest _pending;

        void Run()
        {
            var request = new CreateContainerGroupRequest { Container = [new Container { Image = "registry.corp.example/app" }] };
            _pending = request;
        }
        """));

    [Fact]
    public Task RequestCapturedByALambdaEscapes() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        var request = new CreateContainerGroupRequest { Container = [new Container { Image = "registry.corp.example/app" }] };
        System.Action later = () => request.ImageRegistryCredential = null;
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task RequestCapturedByALocalFunctionEscapes() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        var request = new CreateContainerGroupRequest { Container = [new Container { Image = "registry.corp.example/app" }] };
        Forget();
        client.CreateContainerGroup(request);

        void Forget() => request.ImageRegistryCredential = null;
        """));

    [Fact]
    public Task RequestCapturedAfterManyLambdasEscapes() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        // Past eight lambdas the capture check no longer scans their spans but walks up from each reference.
        System.Func<int, int> f0 = x => x, f1 = x => x, f2 = x => x, f3 = x => x, f4 = x => x;
        System.Func<int, int> f5 = x => x, f6 = x => x, f7 = x => x, f8 = x => x, f9 = x => x;
        var request = new CreateContainerGroupRequest { Container = [new Container { Image = "registry.corp.example/app" }] };
        System.Action later = () => request.ImageRegistryCredential = null;
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task ARequestAfterManyLambdasIsStillRead() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        System.Func<int, int> f0 = x => x, f1 = x => x, f2 = x => x, f3 = x => x, f4 = x => x;
        System.Func<int, int> f5 = x => x, f6 = x => x, f7 = x => x, f8 = x => x, f9 = x => x;
        var request = new CreateContainerGroupRequest { Container = [new Container { Image = {|ECI004:"registry.corp.example/app"|} }] };
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task ALambdaElsewhereInTheBodyDoesNotHideTheRequest() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        System.Func<string, int> measure = text => text.Length;
        // The same request as in RequestCapturedByALambdaEscapes, not captured: its missing credential is reported.
        var request = new CreateContainerGroupRequest { Container = [new Container { Image = {|ECI004:"registry.corp.example/app"|} }] };
        System.Action log = () => System.Console.WriteLine(measure("sent"));
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task RequestPassedByRefEscapes() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        static void Touch(ref CreateContainerGroupRequest request) { }

        void Run(Client client)
        {
            var request = new CreateContainerGroupRequest { Container = [new Container { Image = "registry.corp.example/app" }] };
            Touch(ref request);
            client.CreateContainerGroup(request);
        }
        """));

    [Fact]
    public Task ImageWithAnUnknownRegistryIsUnknown() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        // A constant registry with a run-time tag is judged on its registry (Reach/ValueTests); here the registry itself
        // is the unknown part.
        void Run(Client client, string registry)
        {
            var image = registry + "/app:1";
            client.CreateContainerGroup(new CreateContainerGroupRequest { Container = [new Container { Image = image }] });
        }
        """));

    [Fact]
    public Task CredentialsFromAMethodAreUnknown() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        List<Credential> Credentials() => new List<Credential>();

        void Run(Client client)
        {
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = "registry.corp.example/app" }],
                ImageRegistryCredential = Credentials(),
            });
        }
        """));

    [Fact]
    public Task ContainerElementThatEscapesHasAnUnknownImage() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        void Configure(Container container) { }

        void Run(Client client)
        {
            var web = new Container();
            Configure(web);
            client.CreateContainerGroup(new CreateContainerGroupRequest { Container = [web], PlainHttpRegistry = "" });
        }
        """), Sources.AnonymousLab);

    [Fact]
    public Task ClassThatOnlySharesTheSdkNameIsIgnored() => VerifyCS.VerifyAnalyzerAsync(Sources.Usings + """
        namespace Lookalike
        {
            class CreateContainerGroupRequest { public string PlainHttpRegistry { get; set; } public List<string> Container { get; set; } }

            class App
            {
                void Run()
                {
                    var request = new CreateContainerGroupRequest { PlainHttpRegistry = "192.168.1.10", Container = new List<string> { "192.168.1.10:5000/app" } };
                }
            }
        }

        """);

    [Fact]
    public Task NothingIsReportedWithoutTheSdk()
    {
        var test = VerifyCS.CreateTest();
        test.TestState.AdditionalReferences.Remove(Verifiers.TestReferences.Sdk);
        test.TestCode = """
            namespace AlibabaCloud.SDK.Lookalike.Models
            {
                class CreateContainerGroupRequest { public string PlainHttpRegistry { get; set; } }
                class App { object Run() => new CreateContainerGroupRequest { PlainHttpRegistry = "192.168.1.10" }; }
            }

            """;
        return test.RunAsync();
    }

    [Fact]
    public Task CorrectRequestHasNoDiagnostics() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        client.CreateContainerGroup(new CreateContainerGroupRequest
        {
            RegionId = "cn-hangzhou",
            PlainHttpRegistry = "192.168.1.10:5000",
            InsecureRegistry = "registry.corp.example:8443",
            Container = new List<Container>
            {
                new Container { Image = "192.168.1.10:5000/web:1" },
                new Container { Image = "registry.corp.example:8443/team/api@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" },
                new Container { Image = "nginx:1.27" },
                new Container { Image = "registry-vpc.cn-hangzhou.aliyuncs.com/eci_open/busybox:1.30" },
            },
            ImageRegistryCredential = new List<Credential>
            {
                new Credential { Server = "192.168.1.10:5000", UserName = "u", Password = System.Environment.GetEnvironmentVariable("P") },
                new Credential { Server = "registry.corp.example:8443", UserName = "u", Password = System.Environment.GetEnvironmentVariable("P") },
            },
        });
        """), "eci.plain_http_registries = 192.168.1.10:5000\neci.insecure_registries = registry.corp.example:8443");
}
