namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// A table's use or a constant in a <c>Select</c> lambda stands for several elements: the same rule for the same
/// registry there is one root cause and one diagnostic, whichever image each element names. Different registries at
/// that place are different causes and keep their own diagnostics.
/// </summary>
public class OneRootCauseTests
{
    private const string Catalog = Sources.Usings + """
        public sealed record Spec(string Name, string Image);

        public static class Catalog
        {
            internal static readonly Spec[] Corp =
            {
                new Spec("api", "registry.corp.example/team/api:5"),
                new Spec("web", "registry.corp.example/team/web:5"),
            };

            internal static readonly Spec[] Mixed =
            {
                new Spec("api", "registry.corp.example/team/api:5"),
                new Spec("lab", "harbor.lab.local/team/lab:5"),
                new Spec("lab2", "harbor.lab.local/team/lab2:5"),
            };
        }

        """;

    private const string LabConfig = "eci.plain_http_registries = harbor.lab.local\neci.anonymous_registries = harbor.lab.local";

    [Fact]
    public Task OneRegistryAtOnePlaceIsReportedOnce() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Catalog, Sources.Usings + """
        using System.Linq;

        public sealed class Deployer
        {
            public void Run(Client client, string[] configured)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = {|ECI004:Catalog.Corp|}.Select(s => new Container { Name = s.Name, Image = s.Image }).ToList(),
                });

                var names = new[] { "api", "web" };
                client.CreateImageCache(new CreateImageCacheRequest
                {
                    Image = names.Select(n => {|ECI004:$"registry.corp.example/team/{n}:5"|}).ToList(),
                });

                client.CreateImageCache(new CreateImageCacheRequest
                {
                    Image = names.Select(n => {|ECI006:$"registry.corp.example/Team/{n}:5"|}).ToList(),
                    ImageRegistryCredential = new List<CacheCredential> { new CacheCredential { Server = "registry.corp.example", Password = configured[0] } },
                });

                client.CreateImageCache(new CreateImageCacheRequest { Image = configured.Select(n => $"registry.corp.example/team/{n}:5").ToList() });
            }
        }

        """);

    [Fact]
    public Task DifferentRegistriesAtOnePlaceKeepTheirDiagnostics() => ReachVerifier.VerifyWithConfigAsync(LabConfig, Catalog, Sources.Usings + """
        using System.Linq;

        public sealed class Deployer
        {
            public void Run(Client client) =>
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = {|ECI002:{|ECI004:Catalog.Mixed|}|}.Select(s => new Container { Name = s.Name, Image = s.Image }).ToList(),
                });
        }

        """);
}
