namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Requests that travel through the application's own code before they are sent: wrappers, gateways behind interfaces,
/// retry helpers, logging. Each shape has a case where the request really escapes and the analyzer must stay silent.
/// </summary>
public class RequestFlowTests
{
    private const string Service = Sources.Usings + """
        public sealed class EciService
        {
            private readonly Client _client;

            public EciService(Client client) => _client = client;

            public CreateContainerGroupResponse Create(CreateContainerGroupRequest request)
            {
                System.Console.WriteLine($"creating {request.ContainerGroupName}");
                return _client.CreateContainerGroup(request);
            }

            public async System.Threading.Tasks.Task<string> CreateAsync(CreateContainerGroupRequest request)
            {
                var response = await _client.CreateContainerGroupAsync(request);
                return response.Body?.ContainerGroupId;
            }

            // Three methods deep: Deep1 -> Deep2 -> Deep3 -> the client.
            public void Deep1(CreateContainerGroupRequest request) => Deep2(request);
            private void Deep2(CreateContainerGroupRequest request) => Deep3(request);
            private void Deep3(CreateContainerGroupRequest request) => _client.CreateContainerGroup(request);

            // Four deep is past the bound.
            public void Deeper(CreateContainerGroupRequest request) => Deep1(request);

            private CreateContainerGroupRequest _last;
            public void Remember(CreateContainerGroupRequest request) => _last = request;

            public void Configure(CreateContainerGroupRequest request) =>
                request.ImageRegistryCredential = new List<Credential> { new Credential { Server = "registry.corp.example" } };

            public void Loop(CreateContainerGroupRequest request) => Loop(request);
        }

        """;

    private static string Caller(string statements) => Sources.Usings + """
        public sealed class Deployer
        {
            private readonly EciService _service;

            public Deployer(EciService service) => _service = service;

            public async System.Threading.Tasks.Task Deploy()
            {

        """ + string.Join("\n", statements.Split('\n').Select(line => "        " + line)) + """

            }
        }

        """;

    private const string Request = """
        var request = new CreateContainerGroupRequest
        {
            ContainerGroupName = "web",
            Container = new List<Container> { new Container { Image = {|ECI004:"registry.corp.example/team/app:1"|} } },
        };
        """;

    private const string SilentRequest = """
        var request = new CreateContainerGroupRequest
        {
            ContainerGroupName = "web",
            Container = new List<Container> { new Container { Image = "registry.corp.example/team/app:1" } },
        };
        """;

    [Fact]
    public Task WrapperInAnotherFileSends() =>
        ReachVerifier.VerifyAsync(Service, Caller(Request + "\n_service.Create(request);"));

    [Fact]
    public Task AsyncWrapperSends() =>
        ReachVerifier.VerifyAsync(Service, Caller(Request + "\nawait _service.CreateAsync(request);"));

    [Fact]
    public Task RequestCreatedInTheArgumentOfAWrapper() =>
        ReachVerifier.VerifyAsync(Service, Caller("""
            _service.Create(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = {|ECI004:"registry.corp.example/team/app:1"|} } },
            });
            """));

    [Fact]
    public Task ThreeMethodsDeepIsFollowed() =>
        ReachVerifier.VerifyAsync(Service, Caller(Request + "\n_service.Deep1(request);"));

    [Fact]
    public Task FourMethodsDeepIsPastTheBound() =>
        ReachVerifier.VerifyAsync(Service, Caller(SilentRequest + "\n_service.Deeper(request);"));

    [Fact]
    public Task WrapperThatStoresTheRequestMakesItUnknown() =>
        ReachVerifier.VerifyAsync(Service, Caller(SilentRequest + "\n_service.Remember(request);\n_service.Create(request);"));

    [Fact]
    public Task WrapperThatWritesCredentialsMakesItUnknown() =>
        ReachVerifier.VerifyAsync(Service, Caller(SilentRequest + "\n_service.Configure(request);\n_service.Create(request);"));

    [Fact]
    public Task RecursiveWrapperIsUnknownAndDoesNotHang() =>
        ReachVerifier.VerifyAsync(Service, Caller(SilentRequest + "\n_service.Loop(request);"));

    private const string Gateway = Sources.Usings + """
        public interface IContainerGateway
        {
            System.Threading.Tasks.Task CreateAsync(CreateContainerGroupRequest request);
        }

        internal sealed class EciGateway : IContainerGateway
        {
            private readonly Client _client;
            public EciGateway(Client client) => _client = client;
            public System.Threading.Tasks.Task CreateAsync(CreateContainerGroupRequest request) => _client.CreateContainerGroupAsync(request);
        }

        """;

    private static string GatewayCaller(string statements) => Sources.Usings + """
        public sealed class Sandboxes
        {
            private readonly IContainerGateway _gateway;
            public Sandboxes(IContainerGateway gateway) => _gateway = gateway;

            public async System.Threading.Tasks.Task Start()
            {

        """ + string.Join("\n", statements.Split('\n').Select(line => "        " + line)) + """

            }
        }

        """;

    [Fact]
    public Task GatewayInterfaceWhoseOnlyImplementationSends() =>
        ReachVerifier.VerifyAsync(Gateway, GatewayCaller(Request + "\nawait _gateway.CreateAsync(request);"));

    [Fact]
    public Task GatewayWithAnImplementationThatKeepsTheRequestIsUnknown() =>
        ReachVerifier.VerifyAsync(
            Gateway + """
                internal sealed class QueueingGateway : IContainerGateway
                {
                    public readonly List<CreateContainerGroupRequest> Pending = new();
                    public System.Threading.Tasks.Task CreateAsync(CreateContainerGroupRequest request)
                    {
                        Pending.Add(request);
                        return System.Threading.Tasks.Task.CompletedTask;
                    }
                }
                """,
            GatewayCaller(SilentRequest + "\nawait _gateway.CreateAsync(request);"));

    [Fact]
    public Task VirtualWrapperWithAnOverrideThatSends() =>
        ReachVerifier.VerifyAsync(
            Sources.Usings + """
                public abstract class Launcher
                {
                    public abstract void Launch(CreateContainerGroupRequest request);
                }

                public sealed class EciLauncher : Launcher
                {
                    private readonly Client _client = new Client(null);
                    public override void Launch(CreateContainerGroupRequest request) => _client.CreateContainerGroup(request);
                }

                public static class Jobs
                {
                    public static void Run(Launcher launcher)
                    {
                        var request = new CreateContainerGroupRequest
                        {
                            Container = new List<Container> { new Container { Image = {|ECI004:"registry.corp.example/team/app:1"|} } },
                        };
                        launcher.Launch(request);
                    }
                }
                """);

    [Fact]
    public Task SendInsideARetryHelpersLambda() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        static T Retry<T>(System.Func<T> action, int attempts = 3)
        {
            for (var i = 1; ; i++)
            {
                try { return action(); }
                catch (System.Exception) when (i < attempts) { }
            }
        }

        static async System.Threading.Tasks.Task<T> RetryAsync<T>(System.Func<System.Threading.Tasks.Task<T>> action) => await action();

        async System.Threading.Tasks.Task Run(Client client)
        {
            var request = new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = {|ECI004:"registry.corp.example/team/app:1"|} } },
            };
            Retry(() => client.CreateContainerGroup(request));
            await RetryAsync(() => client.CreateContainerGroupAsync(request));
        }
        """));

    [Fact]
    public Task LambdaThatChangesTheRequestStillMakesItUnknown() => VerifyCS.VerifyAnalyzerAsync(Sources.InClass("""
        static void Retry(System.Action action) => action();

        void Run(Client client)
        {
            var request = new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "registry.corp.example/team/app:1" } },
            };
            Retry(() =>
            {
                request.ImageRegistryCredential = LoadCredentials();
                client.CreateContainerGroup(request);
            });
        }

        static List<Credential> LoadCredentials() => null;
        """));

    [Fact]
    public Task LoggingFormattingAndSerializingOnlyReadTheRequest() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        var request = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = {|ECI004:"registry.corp.example/team/app:1"|} } },
        };
        System.Console.WriteLine(request);
        System.Console.WriteLine("sending {0} as {1}", request, request.ContainerGroupName);
        var text = string.Format("{0}", request) + $"{request}" + request.ToString();
        var json = System.Text.Json.JsonSerializer.Serialize(request);
        System.Diagnostics.Debug.WriteLine(json + text);
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task TheTeaRuntimesValidateAndToMapOnlyReadTheRequest() => VerifyCS.VerifyAnalyzerAsync("using Tea;\n" + Sources.InMethod("""
        var request = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = {|ECI004:"registry.corp.example/team/app:1"|} } },
        };
        Tea.TeaModelExtensions.Validate(request);
        request.Validate();
        var map = request.ToMap();
        System.Console.WriteLine(map.Count);
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task AnApplicationExtensionNamedValidateIsNotTakenForTheTeaRuntimes() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        var request = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "registry.corp.example/team/app:1" } },
        };
        request.Validate();
        client.CreateContainerGroup(request);
        """) + """
        public static class RequestChecks
        {
            // Not the Tea runtime's: it may write anything, so the request is unknown and nothing is reported.
            public static void Validate(this CreateContainerGroupRequest request) => request.ImageRegistryCredential = Load();

            private static List<Credential> Load() => null;
        }
        """);

    [Fact]
    public Task RequestInACollectionOfTheLibraryIsUnknown() => VerifyCS.VerifyAnalyzerAsync(Sources.InMethod("""
        var request = new CreateContainerGroupRequest
        {
            Container = new List<Container> { new Container { Image = "registry.corp.example/team/app:1" } },
        };
        var byName = new Dictionary<string, object>();
        byName.Add("web", request);
        client.CreateContainerGroup(request);
        """));
}
