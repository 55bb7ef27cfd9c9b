namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI002: a registry known to speak plain HTTP that PlainHttpRegistry does not list, and the fix that lists it.</summary>
public class ECI002PlainHttpTests
{
    [Fact]
    public Task Port80ImageWithoutPlainHttpRegistryIsReported() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest
            {
                RegionId = "cn-hangzhou",
                Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/team/app:1.0"|} } },
            };
            client.CreateContainerGroup(request);
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task DeclaredPlainHttpRegistryIsReportedWithItsReason() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = {|#0:"192.168.1.10:5000/nginx"|} } },
            });
            """),
        "eci.plain_http_registries = 192.168.1.10:5000\n" + Sources.AnonymousLab,
        VerifyCS.Diagnostic("ECI002").WithLocation(0).WithArguments(
            "192.168.1.10:5000", "192.168.1.10:5000/nginx", "declared in eci.plain_http_registries", ""));

    [Fact]
    public Task ListedRegistryIsNotReported() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "other.example,192.168.1.10:5000",
                Container = new List<Container> { new Container { Image = "192.168.1.10:5000/nginx" } },
            });
            """),
        "eci.plain_http_registries = 192.168.1.10:5000\n" + Sources.AnonymousLab);

    [Fact]
    public Task ListingOnlyInInsecureRegistryIsStillReported() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                InsecureRegistry = "harbor.lab.local:80",
                Container = new List<Container> { new Container { Image = {|#0:"harbor.lab.local:80/app"|} } },
            });
            """),
        Sources.AnonymousLab,
        VerifyCS.Diagnostic("ECI002").WithLocation(0).WithArguments(
            "harbor.lab.local:80", "harbor.lab.local:80/app", "port 80",
            " (InsecureRegistry lists it, but that only skips certificate checks and still uses HTTPS)"));

    [Fact]
    public Task HttpSchemeImageTeachesThatTheRegistrySpeaksHttp() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container>
                {
                    new Container { Image = {|ECI006:"http://192.168.1.10:5000/sidecar"|} },
                    new Container { Image = {|ECI002:"192.168.1.10:5000/app:2"|} },
                },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task UnknownRegistryIsNotAssumedToBePlainHttp() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "192.168.1.10:5000/app" } },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task UnknownPlainHttpRegistryValueStaysSilent() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InClass("""
            string Configured() => System.Environment.GetEnvironmentVariable("PLAIN");

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Configured(),
                    Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } },
                });
            }
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task GlobalConfigKeysAreReadToo()
    {
        var test = VerifyCS.CreateTest();
        test.TestCode = Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local/app"|} } },
            });
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            eci.plain_http_registries = harbor.lab.local
            eci.anonymous_registries = harbor.lab.local
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task UpdateRequestsHaveNoPlainHttpRegistrySoNothingIsAskedOfThem() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.UpdateContainerGroup(new UpdateContainerGroupRequest
            {
                Container = new List<UpdateContainer> { new UpdateContainer { Image = "harbor.lab.local:80/app" } },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task AppendsToAnExistingPlainHttpRegistryLiteral() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "other.lab.local",
                Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "other.lab.local,harbor.lab.local:80",
                Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task AppendsToALaterAssignment() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest { Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }] };
            request.PlainHttpRegistry = "";
            client.CreateContainerGroup(request);
            """),
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest { Container = [new Container { Image = "harbor.lab.local:80/app" }] };
            request.PlainHttpRegistry = "harbor.lab.local:80";
            client.CreateContainerGroup(request);
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task AddsThePropertyToTheInitializer() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-hangzhou",
                Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-hangzhou",
                Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } },
                PlainHttpRegistry = "harbor.lab.local:80",
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task MovesFromInsecureRegistryToPlainHttpRegistry() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "other.lab.local",
                InsecureRegistry = "registry.corp.example:8443,harbor.lab.local:80",
                Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "other.lab.local,harbor.lab.local:80",
                InsecureRegistry = "registry.corp.example:8443",
                Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task FixAllAddsEveryRegistryOnceToOneLiteral() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "",
                Container = new List<Container>
                {
                    new Container { Image = {|ECI002:"harbor.lab.local:80/web"|} },
                    new Container { Image = {|ECI002:"harbor.lab.local:80/api"|} },
                    new Container { Image = {|ECI002:"192.168.1.10:80/worker"|} },
                },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local:80,192.168.1.10:80",
                Container = new List<Container>
                {
                    new Container { Image = "harbor.lab.local:80/web" },
                    new Container { Image = "harbor.lab.local:80/api" },
                    new Container { Image = "192.168.1.10:80/worker" },
                },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task AConstantOnlyThisRequestReadsIsRewrittenWhereItIsDeclared() => VerifyCS.VerifyCodeFixAsync(
        Sources.InClass("""
            private const string Lists = "other.lab.local";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }],
                });
            }
            """),
        Sources.InClass("""
            private const string Lists = "other.lab.local,harbor.lab.local:80";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = "harbor.lab.local:80/app" }],
                });
            }
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task AConstantTwoRequestsReadIsNotRewritten() => VerifyCS.VerifyCodeFixAsync(
        Sources.InClass("""
            const string Lists = "other.lab.local";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }],
                });
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = "192.168.1.10:5000/app" }],
                });
            }
            """),
        Sources.InClass("""
            const string Lists = "other.lab.local";

            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} }],
                });
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    PlainHttpRegistry = Lists,
                    Container = [new Container { Image = "192.168.1.10:5000/app" }],
                });
            }
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task AddsAnInitializerToABareCreation() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest();
            request.Container = new List<Container> { new Container { Image = {|ECI002:"harbor.lab.local:80/app"|} } };
            client.CreateContainerGroup(request);
            """),
        Sources.InMethod("""
            var request = new CreateContainerGroupRequest { PlainHttpRegistry = "harbor.lab.local:80" };
            request.Container = new List<Container> { new Container { Image = "harbor.lab.local:80/app" } };
            client.CreateContainerGroup(request);
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task FixAllCoversEveryRequestInTheDocument() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "{|ECI001:192.168.1.10|}",
                Container = [new Container { Image = "192.168.1.10:5000/web" }, new Container { Image = {|ECI002:"harbor.lab.local:80/api"|} }],
            });
            client.CreateImageCache(new CreateImageCacheRequest
            {
                InsecureRegistry = "harbor.lab.local:80",
                Image = [{|ECI002:"harbor.lab.local:80/api"|}],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "192.168.1.10:5000,harbor.lab.local:80",
                Container = [new Container { Image = "192.168.1.10:5000/web" }, new Container { Image = "harbor.lab.local:80/api" }],
            });
            client.CreateImageCache(new CreateImageCacheRequest
            {
                Image = ["harbor.lab.local:80/api"],
                PlainHttpRegistry = "harbor.lab.local:80",
            });
            """),
        "eci.plain_http_registries = 192.168.1.10:5000\n" + Sources.AnonymousLab);
}
