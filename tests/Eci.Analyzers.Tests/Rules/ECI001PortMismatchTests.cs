namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI001: an entry names the image's host without the port the image carries (or with another), and the fix that writes the image's address.</summary>
public class ECI001PortMismatchTests
{
    [Fact]
    public Task PlainHttpEntryWithoutThePortIsTheOnlyDiagnostic() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local,{|#0:192.168.1.10|}",
                Container = new List<Container> { new Container { Image = "192.168.1.10:5000/nginx" } },
            });
            """),
        "eci.plain_http_registries = 192.168.1.10:5000\n" + Sources.AnonymousLab,
        VerifyCS.Diagnostic("ECI001").WithLocation(0).WithArguments(
            "PlainHttpRegistry", "192.168.1.10", "192.168.1.10:5000", "192.168.1.10:5000/nginx"));

    [Fact]
    public Task InsecureEntryWithAPortTheImageDoesNotCarry() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                InsecureRegistry = "{|ECI001:registry.corp.example:443|}",
                Container = new List<Container> { new Container { Image = "registry.corp.example/team/app" } },
            });
            """),
        "eci.insecure_registries = registry.corp.example\neci.anonymous_registries = registry.corp.example");

    [Fact]
    public Task EntryThatIsExactlyAnotherImagesRegistryIsNotRewritten() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local:80",
                Container = new List<Container>
                {
                    new Container { Image = "harbor.lab.local:80/web" },
                    new Container { Image = "harbor.lab.local:8080/api" },
                },
            });
            """),
        "eci.anonymous_registries = harbor.lab.local:80, harbor.lab.local:8080");

    [Fact]
    public Task OneEntryIsReportedOnceForSeveralImages() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "{|ECI001:192.168.1.10|}",
                Container = new List<Container>
                {
                    new Container { Image = "192.168.1.10:5000/web" },
                    new Container { Image = "192.168.1.10:5000/api" },
                },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task UpdateRequestCredentialServerIsChecked() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.UpdateContainerGroup(new UpdateContainerGroupRequest
            {
                ContainerGroupId = "eci-123",
                Container = new List<UpdateContainer> { new UpdateContainer { Image = "192.168.1.10:5000/app" } },
                ImageRegistryCredential = new List<UpdateCredential> { new UpdateCredential { Server = {|ECI001:"192.168.1.10"|} } },
            });
            """));

    [Fact]
    public Task UnknownCredentialServerKeepsPortRuleQuiet() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InClass("""
            void Run(Client client, string server)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = [new Container { Image = "registry.corp.example:5000/team/app" }],
                    ImageRegistryCredential = [new Credential { Server = server }, new Credential { Server = "registry.corp.example" }],
                });
            }
            """));

    [Fact]
    public Task RewritesTheEntryInsideACommaList() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local:80,{|ECI001:192.168.1.10|}",
                Container = new List<Container> { new Container { Image = "192.168.1.10:5000/nginx" } },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local:80,192.168.1.10:5000",
                Container = new List<Container> { new Container { Image = "192.168.1.10:5000/nginx" } },
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task RewritesACredentialServer() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "registry.corp.example:5000/app" } },
                ImageRegistryCredential = new List<Credential> { new Credential { Server = {|ECI001:"registry.corp.example"|} } },
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = new List<Container> { new Container { Image = "registry.corp.example:5000/app" } },
                ImageRegistryCredential = new List<Credential> { new Credential { Server = "registry.corp.example:5000" } },
            });
            """));
}
