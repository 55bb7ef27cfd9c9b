namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Helper methods that return a container or credential element built from constants or from their arguments. What the
/// helper writes is reported on its call; what the call passes in, on that argument.
/// </summary>
public class ElementHelperTests
{
    private const string Specs = Sources.Usings + """
        public static class Specs
        {
            public static Container Web(string image) => new Container { Name = "web", Image = image, Cpu = 1 };

            public static Container Sidecar() => new Container { Name = "sidecar", Image = "registry.corp.example/ops/sidecar:3" };

            public static Credential CorpCredential() => new Credential { Server = "registry.corp.example", UserName = "ci" };

            public static Credential CredentialFor(string server) => new Credential { Server = server, UserName = "ci" };

            public static Container Normalized(string image)
            {
                image = image.ToLowerInvariant();
                return new Container { Image = image };
            }

            public static Container Either(bool canary) => canary ? new Container { Image = "a/b:1" } : new Container { Image = "c/d:1" };
        }

        """;

    private static string Deploy(string containers, string credentials = "") => Sources.Usings + $$"""
        public sealed class Deployer
        {
            public void Deploy(Client client, string configured)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { {{containers}} },
                    {{credentials}}
                });
            }
        }

        """;

    [Fact]
    public Task ArgumentOfAHelperIsJudgedOnTheArgument() => ReachVerifier.VerifyAsync(
        Specs, Deploy("""Specs.Web({|ECI004:"git.acme-corp.io/team/web:2"|}), Specs.Web("nginx:1.27")"""));

    [Fact]
    public Task WhatTheHelperWritesIsReportedOnTheCall() => ReachVerifier.VerifyAsync(
        Specs, Deploy("""{|ECI004:Specs.Sidecar()|}"""));

    [Fact]
    public Task CredentialsFromHelpersCount() => ReachVerifier.VerifyAsync(
        Specs,
        Deploy(
            """Specs.Sidecar(), Specs.Web("git.acme-corp.io/team/web:2")""",
            """ImageRegistryCredential = new List<Credential> { Specs.CorpCredential(), Specs.CredentialFor("git.acme-corp.io") },"""));

    [Fact]
    public Task CredentialHelperWithTheWrongPortIsReportedOnItsArgument() => ReachVerifier.VerifyAsync(
        Specs,
        Deploy(
            """Specs.Web("git.acme-corp.io:8443/team/web:2")""",
            """ImageRegistryCredential = new List<Credential> { Specs.CredentialFor({|ECI001:"git.acme-corp.io"|}) },"""));

    [Fact]
    public Task UnknownArgumentsAndUnfollowableHelpersStaySilent() => ReachVerifier.VerifyAsync(
        Specs,
        Deploy(
            """Specs.Web(configured), Specs.Normalized("git.acme-corp.io/team/web:2"), Specs.Either(true)""",
            """ImageRegistryCredential = new List<Credential> { Specs.CredentialFor(configured) },"""));
}
