extern alias analyzers;

using PreflightFix = Eci.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    analyzers::Eci.Analyzers.ImagePullSettingsAnalyzer,
    analyzers::Eci.Analyzers.CodeFixes.PreflightCodeFixProvider>;

namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI012: a send of a request whose pull settings are only known at run time, and the fix that checks them first.</summary>
public class ECI012PreflightTests
{
    // Roslyn's import adder puts the new using after the file's last one (here the aliases of Sources.Usings).
    private const string LastUsing = "using UpdateCredential = AlibabaCloud.SDK.Eci20180808.Models.UpdateContainerGroupRequest.UpdateContainerGroupRequestImageRegistryCredential;\n";

    private static Task VerifyFixAsync(string source, string fixedSource)
    {
        var test = new PreflightFix.Test();
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.DisabledDiagnostics.Remove("ECI012");
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    private static Task VerifyAsync(string source)
    {
        var test = VerifyCS.CreateTest();
        test.TestCode = source;
        test.DisabledDiagnostics.Remove("ECI012");
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public Task SynchronousSendGetsThrowIfInvalid() => VerifyFixAsync(
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = System.Environment.GetEnvironmentVariable("IMAGE") } },
            };
            {|ECI012:client.CreateContainerGroup(request)|};
            """),
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = System.Environment.GetEnvironmentVariable("IMAGE") } },
            };
            PullPreflight.ThrowIfInvalid(request);
            client.CreateContainerGroup(request);
            """).Replace(LastUsing, LastUsing + "using Eci.ImagePull;\n"));

    [Fact]
    public Task AsyncSendGetsEnsurePullableAsyncWithTheMethodsToken() => VerifyFixAsync(
        Sources.InClass("""
            async System.Threading.Tasks.Task Deploy(Client client, string image, System.Threading.CancellationToken stopping)
            {
                var request = new CreateContainerGroupRequest { Container = [new Container { Image = image }] };
                await {|ECI012:client.CreateContainerGroupAsync(request)|};
            }
            """),
        Sources.InClass("""
            async System.Threading.Tasks.Task Deploy(Client client, string image, System.Threading.CancellationToken stopping)
            {
                var request = new CreateContainerGroupRequest { Container = [new Container { Image = image }] };
                await PullPreflight.EnsurePullableAsync(request, cancellationToken: stopping);
                await client.CreateContainerGroupAsync(request);
            }
            """).Replace(LastUsing, LastUsing + "using Eci.ImagePull;\n"));

    [Fact]
    public Task MessageNamesEveryUnknownPart()
    {
        var test = VerifyCS.CreateTest();
        test.TestCode = Sources.InClass("""
            void Deploy(Client client, string image, string plainHttp, string server)
            {
                var request = new CreateContainerGroupRequest
                {
                    Container = [new Container { Image = image }],
                    PlainHttpRegistry = plainHttp,
                    ImageRegistryCredential = [new Credential { Server = server }],
                };
                {|#0:client.CreateContainerGroup(request)|};
            }
            """);
        test.DisabledDiagnostics.Remove("ECI012");
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic("ECI012").WithLocation(0).WithArguments("images, registry lists and credential servers"));
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public Task SendThroughAGatewayIsWhereTheCheckGoes() => VerifyAsync(Sources.InClass("""
        sealed class Gateway
        {
            private readonly Client _client;
            public Gateway(Client client) => _client = client;
            public void Create(CreateContainerGroupRequest request) => _client.CreateContainerGroup(request);
        }

        void Deploy(Gateway gateway, string image)
        {
            var request = new CreateContainerGroupRequest { Container = [new Container { Image = image }] };
            {|ECI012:gateway.Create(request)|};
        }
        """));

    [Fact]
    public Task RequestAlreadyCheckedIsNotReported() => VerifyAsync(Sources.InClass("""
        async System.Threading.Tasks.Task Deploy(Client client, string image)
        {
            var request = new CreateContainerGroupRequest { Container = [new Container { Image = image }] };
            await Eci.ImagePull.PullPreflight.EnsurePullableAsync(request);
            await client.CreateContainerGroupAsync(request);
        }
        """));

    [Fact]
    public Task RequestWhoseValuesAreAllKnownIsNotReported() => VerifyAsync(Sources.InMethod("""
        var request = new CreateContainerGroupRequest { Container = [new Container { Image = "nginx:1.27" }], PlainHttpRegistry = "" };
        client.CreateContainerGroup(request);
        """));

    [Fact]
    public Task RequestCreatedInTheArgumentIsReportedWithoutAFix() => VerifyFixAsync(
        Sources.InClass("""
            void Deploy(Client client, string image) =>
                {|ECI012:client.CreateContainerGroup(new CreateContainerGroupRequest { Container = [new Container { Image = image }] })|};
            """),
        Sources.InClass("""
            void Deploy(Client client, string image) =>
                {|ECI012:client.CreateContainerGroup(new CreateContainerGroupRequest { Container = [new Container { Image = image }] })|};
            """));
}
