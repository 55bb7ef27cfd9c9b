namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Images and registries passed as arguments to the application's methods that build the request: judged at each call
/// site that passes a constant, and reported on that argument. Unknown arguments, written parameters and chains past
/// the bound stay silent.
/// </summary>
public class CallSiteTests
{
    private const string Sandboxes = Sources.Usings + """
        public sealed class SandboxService
        {
            private readonly Client _client;
            public SandboxService(Client client) => _client = client;

            public void Create(string name, string image) => CreateCore(name, image, cpu: 1);

            private void CreateCore(string name, string image, int cpu)
            {
                var request = new CreateContainerGroupRequest
                {
                    ContainerGroupName = name,
                    RegionId = "cn-hangzhou",
                    Container = new List<Container> { new Container { Name = name, Image = image } },
                };
                _client.CreateContainerGroup(request);
            }

            public void Launch(string registry, string app) =>
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = $"{registry}/team/{app}" } },
                });

            public void Normalized(string image)
            {
                image = image.ToLowerInvariant();
                Create("normalized", image);
            }

            public void Level1(string image) => Level2(image);
            private void Level2(string image) => Level3(image);
            private void Level3(string image) => Create("deep", image);
        }

        """;

    private static string Caller(string statements) => Sources.Usings + """
        public sealed class Lab
        {
            public void Start(SandboxService sandboxes, System.Collections.Generic.IDictionary<string, string> settings)
            {

        """ + string.Join("\n", statements.Split('\n').Select(line => "        " + line)) + """

            }
        }

        """;

    private const string PlainHttp = "eci.plain_http_registries = harbor.lab.local\neci.anonymous_registries = harbor.lab.local";

    [Fact]
    public Task ConstantImageArgumentIsJudgedWhereItIsPassed() => ReachVerifier.VerifyWithConfigAsync(
        PlainHttp, Sandboxes, Caller("""sandboxes.Create("lab", {|ECI002:"harbor.lab.local/qa/runner:3"|});"""));

    [Fact]
    public Task PrivateImageArgumentNeedsACredential() => ReachVerifier.VerifyAsync(
        Sandboxes, Caller("""sandboxes.Create("lab", {|ECI004:"registry.corp.example/qa/runner:3"|});"""));

    [Fact]
    public Task InvalidImageArgument() => ReachVerifier.VerifyAsync(
        Sandboxes, Caller("""sandboxes.Create("lab", {|ECI006:"registry.corp.example/QA/Runner:3"|});"""));

    [Fact]
    public Task RegistryArgumentOfAnImageBuiltInTheCallee() => ReachVerifier.VerifyAsync(
        Sandboxes, Caller("""sandboxes.Launch({|ECI004:"registry.corp.example"|}, "runner:3");"""));

    [Fact]
    public Task ThreeMethodsDeepIsFollowed() => ReachVerifier.VerifyAsync(
        Sources.Usings + """
            public sealed class Chain
            {
                private readonly Client _client;
                public Chain(Client client) => _client = client;
                public void A(string image) => B(image);
                private void B(string image) => C(image);
                private void C(string image) => _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = image } },
                });
            }
            """,
        Sources.Usings + """
            public static class Use
            {
                public static void Run(Chain chain) => chain.A({|ECI004:"registry.corp.example/qa/runner:3"|});
            }
            """);

    [Fact]
    public Task PastTheBoundStaysSilent() => ReachVerifier.VerifyAsync(
        Sandboxes, Caller("""sandboxes.Level1("registry.corp.example/qa/runner:3");"""));

    [Fact]
    public Task UnknownArgumentStaysSilent() => ReachVerifier.VerifyAsync(
        Sandboxes, Caller("""
            sandboxes.Create("lab", settings["image"]);
            sandboxes.Create("lab", System.Environment.GetEnvironmentVariable("IMAGE"));
            """));

    [Fact]
    public Task ParameterWrittenInTheCalleeStaysSilent() => ReachVerifier.VerifyAsync(
        Sandboxes, Caller("""sandboxes.Normalized("registry.corp.example/qa/runner:3");"""));

    [Fact]
    public Task ArgumentThatIsCorrectIsNotReported() => ReachVerifier.VerifyAsync(
        Sandboxes, Caller("""
            sandboxes.Create("web", "nginx:1.27");
            sandboxes.Create("cache", "registry.cn-hangzhou.aliyuncs.com/team/cache:2");
            """));

    [Fact]
    public Task ConstantFromAConstantsClassPassedAsArgument() => ReachVerifier.VerifyAsync(
        Sandboxes,
        Sources.Usings + """
            public static class LabImages
            {
                public static readonly string Runner = "registry.corp.example/qa/runner:3";
            }
            """,
        Caller("""sandboxes.Create("lab", {|ECI004:LabImages.Runner|});"""));

    [Fact]
    public Task InterfaceMethodWhoseImplementationBuildsTheRequest() => ReachVerifier.VerifyAsync(
        Sources.Usings + """
            public interface IRunnerPool
            {
                void Start(string image);
            }

            internal sealed class EciRunnerPool : IRunnerPool
            {
                private readonly Client _client;
                public EciRunnerPool(Client client) => _client = client;
                public void Start(string image) => _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = image } },
                });
            }
            """,
        Sources.Usings + """
            public static class Ci
            {
                public static void Run(IRunnerPool pool) => pool.Start({|ECI004:"registry.corp.example/ci/runner:9"|});
            }
            """);

    [Fact]
    public Task InvalidImageArgumentIsCorrectedWhereItIsPassed()
    {
        var test = VerifyCS.CreateFixTest();
        test.TestState.Sources.Add(("/0/Sandboxes.cs", Sandboxes));
        test.TestState.Sources.Add(("/0/Lab.cs", Caller("""sandboxes.Create("lab", {|ECI006:"registry.corp.example/QA/Runner:3"|});""")));
        test.FixedState.Sources.Add(("/0/Sandboxes.cs", Sandboxes));
        test.FixedState.Sources.Add(("/0/Lab.cs", Caller("""sandboxes.Create("lab", "registry.corp.example/qa/runner:3");""")));
        // Corrected, the image is valid and its next problem shows: the callee's request has no credential for it.
        test.FixedState.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("ECI004").WithSpan("/0/Lab.cs", 15, 33, 15, 68)
            .WithArguments("registry.corp.example", "registry.corp.example/qa/runner:3"));
        test.CodeFixTestBehaviors |= Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipFixAllCheck;
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public Task FindingsAboutTheCalleesRequestOfferNoFixAtTheCallSite()
    {
        // ECI004 at a call site would need a credential in the request, which is in SandboxService: no fix here.
        var source = Caller("""sandboxes.Create("lab", {|ECI004:"registry.corp.example/qa/runner:3"|});""");
        var test = VerifyCS.CreateFixTest();
        test.TestState.Sources.Add(("/0/Sandboxes.cs", Sandboxes));
        test.TestState.Sources.Add(("/0/Lab.cs", source));
        test.FixedState.Sources.Add(("/0/Sandboxes.cs", Sandboxes));
        test.FixedState.Sources.Add(("/0/Lab.cs", source));
        return test.RunAsync(System.Threading.CancellationToken.None);
    }
}
