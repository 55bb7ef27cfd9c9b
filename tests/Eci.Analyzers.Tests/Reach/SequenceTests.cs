using System.Collections.Generic;
using Eci.Analyzers.Tests.Robustness;

namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// Container, image and credential lists built as sequences: <c>specs.Select(s =&gt; new Container { ... }).ToList()</c>
/// over constant records, tuples or anonymous objects; <c>images.ToList()</c>, <c>new List&lt;string&gt;(images)</c>,
/// <c>AddRange(images)</c>; arrays filled by index. Each element is judged on its own, on its constant in the body, or
/// at the use of a static readonly table. A source that may change, a filter, a lambda that does more than build the
/// element, or a value from outside stays silent.
/// </summary>
public class SequenceTests
{
    private const string Specs = Sources.Usings + """
        using System.Linq;

        public sealed record ServiceSpec(string Name, string Image);

        public sealed class MutableSpec
        {
            public string Image { get; set; }
        }

        public static class ServiceCatalog
        {
            internal static readonly ServiceSpec[] Services =
            {
                new ServiceSpec("api", "registry.corp.example/team/api:5"),
                new ServiceSpec("web", "nginx:1.27"),
            };

            internal static readonly IReadOnlyList<string> Sidecars = new[] { "registry.corp.example/ops/sidecar:3" };

            internal static readonly List<ServiceSpec> Extensible = new List<ServiceSpec> { new ServiceSpec("api", "registry.corp.example/team/api:5") };

            public static readonly string[] Exposed = { "registry.corp.example/team/api:5" };

            internal static readonly (string Name, string Image)[] Pinned = { ("api", "registry.corp.example/team/api:5") };

            public static void Register(ServiceSpec spec) => Extensible.Add(spec);

            public static void Pin(string image) => Pinned[0].Image = image;
        }

        """;

    private static string Deployment(string members) => Sources.Usings + """
        using System.Linq;

        public sealed class DeploymentService
        {
            private readonly Client _client;

            public DeploymentService(Client client) => _client = client;

        """ + members + """

        }

        """;

    [Fact]
    public Task RecordSpecsInALocalArrayAreMappedOneByOne() => ReachVerifier.VerifyAsync(Specs, Deployment("""
            public void Deploy()
            {
                var specs = new[]
                {
                    new ServiceSpec("api", {|ECI004:"registry.corp.example/team/api:5"|}),
                    new ServiceSpec("web", "nginx:1.27"),
                };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => new Container { Name = s.Name, Image = s.Image }).ToList(),
                });
            }

            public void DeployConfigured(string configured)
            {
                var specs = new[] { new ServiceSpec("api", configured) };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => new Container { Name = s.Name, Image = s.Image }).ToList(),
                });
            }
        """));

    [Fact]
    public Task AKnownElementIsJudgedBesideAnUnknownOne() => ReachVerifier.VerifyAsync(Specs, Deployment("""
            public void Deploy(string configured)
            {
                var specs = new List<ServiceSpec>
                {
                    new ServiceSpec("api", configured),
                    new ServiceSpec("worker", {|ECI004:"registry.corp.example/team/worker:5"|}),
                };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => new Container { Name = s.Name, Image = s.Image }).ToList(),
                });
            }
        """));

    [Fact]
    public Task TuplesAndAnonymousObjectsAreSpecsToo() => ReachVerifier.VerifyAsync(Specs, Deployment("""
            public void DeployTuples()
            {
                var specs = new (string Name, string Image)[] { ("api", {|ECI004:"registry.corp.example/team/api:5"|}), ("web", "nginx:1.27") };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => new Container { Name = s.Name, Image = s.Image }).ToList(),
                });
            }

            public void DeployAnonymous()
            {
                var specs = new[] { new { Name = "api", Image = {|ECI004:"git.acme-corp.io/team/api:5"|} } };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => new Container { Name = s.Name, Image = s.Image }).ToList(),
                });
            }

            public void DeployUnknownTuple(string configured)
            {
                var specs = new (string Name, string Image)[] { ("api", configured) };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => new Container { Name = s.Name, Image = s.Image }).ToList(),
                });
            }
        """));

    [Fact]
    public Task QuerySyntaxAndConstantsOfTheLambdaAreReportedOnce() => ReachVerifier.VerifyAsync(Specs, Deployment("""
            public void Deploy()
            {
                var names = new[] { "api", "worker" };
                var agents = new[] { "agent" };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = names.Select(n => new Container { Name = n, Image = {|ECI004:"registry.corp.example/team/app:1"|} }).ToList(),
                    InitContainer = (from a in agents select new InitContainer { Name = a, Image = {|ECI004:"git.acme-corp.io/ops/" + a + ":1"|} }).ToList(),
                });
            }

            public void DeployConfigured(string[] agents)
            {
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    InitContainer = (from a in agents select new InitContainer { Name = a, Image = "git.acme-corp.io/ops/" + a + ":1" }).ToList(),
                });
            }
        """));

    [Fact]
    public Task FiltersBranchesAndSideEffectsInTheLambdaStaySilent() => ReachVerifier.VerifyAsync(Specs, Deployment("""
            public void DeployFiltered(bool withApi)
            {
                var specs = new[] { new ServiceSpec("api", "registry.corp.example/team/api:5") };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Where(s => withApi || s.Name != "api").Select(s => new Container { Image = s.Image }).ToList(),
                });
            }

            public void DeployBranching(string mirror)
            {
                var specs = new[] { new ServiceSpec("api", "registry.corp.example/team/api:5") };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => s.Name == "api" ? new Container { Image = mirror } : new Container { Image = s.Image }).ToList(),
                });
            }

            public void DeployLogged(List<string> log)
            {
                var specs = new[] { new ServiceSpec("api", "registry.corp.example/team/api:5") };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s =>
                    {
                        log.Add(s.Name);
                        return new Container { Image = s.Image };
                    }).ToList(),
                });
            }
        """));

    [Fact]
    public Task ASpecListIsReadWithItsAddsAndSilentWhenChangedOtherwise() => ReachVerifier.VerifyAsync(Specs, Deployment("""
            public void DeployAdded()
            {
                var specs = new List<ServiceSpec> { new ServiceSpec("api", {|ECI004:"registry.corp.example/team/api:5"|}) };
                specs.Add(new ServiceSpec("worker", {|ECI004:"registry.corp.example/team/worker:5"|}));
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => new Container { Image = s.Image }).ToList(),
                });
            }

            public void DeployCustomized(bool canary, string canaryImage)
            {
                var specs = new List<ServiceSpec> { new ServiceSpec("api", "registry.corp.example/team/api:5") };
                if (canary)
                {
                    specs[0] = new ServiceSpec("api", canaryImage);
                }

                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => new Container { Image = s.Image }).ToList(),
                });
            }

            public void DeployHandedOn()
            {
                var specs = new List<ServiceSpec> { new ServiceSpec("api", "registry.corp.example/team/api:5") };
                Customize(specs);
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => new Container { Image = s.Image }).ToList(),
                });
            }

            public void DeployRetagged(string tag)
            {
                var specs = new[] { new MutableSpec { Image = "registry.corp.example/team/api:5" } };
                foreach (var spec in specs)
                {
                    spec.Image = "mirror.corp.example/team/api:" + tag;
                }

                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = specs.Select(s => new Container { Image = s.Image }).ToList(),
                });
            }

            private static void Customize(List<ServiceSpec> specs) => specs.Clear();
        """));

    [Fact]
    public Task StaticReadonlyTablesAreReportedWhereTheDeploymentUsesThem() => ReachVerifier.VerifyAsync(Specs, Deployment("""
            public void Deploy()
            {
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = {|ECI004:ServiceCatalog.Services|}.Select(s => new Container { Name = s.Name, Image = s.Image }).ToList(),
                });
            }

            public void Cache()
            {
                _client.CreateImageCache(new CreateImageCacheRequest
                {
                    Image = {|ECI004:ServiceCatalog.Sidecars|}.ToList(),
                });
            }

            public void DeployChangeable()
            {
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = ServiceCatalog.Extensible.Select(s => new Container { Image = s.Image }).ToList(),
                    InitContainer = ServiceCatalog.Pinned.Select(s => new InitContainer { Image = s.Image }).ToList(),
                });
                _client.CreateImageCache(new CreateImageCacheRequest { Image = ServiceCatalog.Exposed.ToList() });
            }
        """));

    [Fact]
    public Task ImageListsCopiedFromConstantArrays() => ReachVerifier.VerifyAsync(Specs, Deployment("""
            public void CacheCopied()
            {
                var images = new[] { {|ECI004:"registry.corp.example/team/api:5"|}, "nginx:1.27" };
                _client.CreateImageCache(new CreateImageCacheRequest { Image = new List<string>(images) });
            }

            public void CacheListed()
            {
                var images = new List<string> { {|ECI004:"registry.corp.example/team/worker:5"|} };
                _client.CreateImageCache(new CreateImageCacheRequest { Image = images.ToArray().ToList() });
            }

            public void CacheAddedRange()
            {
                string[] images = { {|ECI004:"git.acme-corp.io/team/api:5"|} };
                var request = new CreateImageCacheRequest { Image = new List<string>() };
                request.Image.AddRange(images);
                _client.CreateImageCache(request);
            }

            public void CacheNamed()
            {
                var names = new[] { "api" };
                _client.CreateImageCache(new CreateImageCacheRequest
                {
                    Image = names.Select(n => {|ECI004:$"registry.corp.example/team/{n}:5"|}).ToList(),
                });
            }

            public void CacheConfigured(string[] images, string configured)
            {
                var local = new[] { configured };
                _client.CreateImageCache(new CreateImageCacheRequest { Image = images.ToList() });
                _client.CreateImageCache(new CreateImageCacheRequest { Image = new List<string>(local) });
            }
        """));

    [Fact]
    public Task ArraysFilledByIndex() => ReachVerifier.VerifyAsync(Specs, Deployment("""
            public void Cache()
            {
                var images = new string[2];
                images[0] = {|ECI004:"registry.corp.example/team/api:5"|};
                images[1] = "nginx:1.27";
                _client.CreateImageCache(new CreateImageCacheRequest { Image = images.ToList() });
            }

            public void CacheHalfFilled(bool withWorker, string configured)
            {
                // A slot never written makes the list incomplete; the written one is still pulled, and judged.
                var gaps = new string[2];
                gaps[0] = {|ECI004:"registry.corp.example/team/api:5"|};
                var conditional = new string[1];
                if (withWorker)
                {
                    conditional[0] = "registry.corp.example/team/worker:5";
                }

                var late = new[] { "nginx:1.27" };
                var request = new CreateImageCacheRequest { Image = late.ToList() };
                late[0] = "registry.corp.example/team/worker:5";
                var overwritten = new[] { "registry.corp.example/team/api:5" };
                overwritten[0] = configured;
                _client.CreateImageCache(new CreateImageCacheRequest { Image = gaps.ToList() });
                _client.CreateImageCache(new CreateImageCacheRequest { Image = conditional.ToList() });
                _client.CreateImageCache(request);
                _client.CreateImageCache(new CreateImageCacheRequest { Image = overwritten.ToList() });
            }
        """));

    [Fact]
    public Task CredentialsBuiltFromServers() => ReachVerifier.VerifyAsync(Specs, Deployment("""
            public void Deploy()
            {
                var servers = new[] { {|ECI001:"git.acme-corp.io"|} };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = "git.acme-corp.io:8443/team/web:2" } },
                    ImageRegistryCredential = servers.Select(s => new Credential { Server = s, UserName = "ci" }).ToList(),
                });
            }

            public void DeployConfigured(string server)
            {
                var servers = new[] { server };
                _client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    Container = new List<Container> { new Container { Image = "git.acme-corp.io:8443/team/web:2" } },
                    ImageRegistryCredential = servers.Select(s => new Credential { Server = s, UserName = "ci" }).ToList(),
                });
            }
        """));

    [Fact]
    public Task PlainHttpRegistryIsAddedForAnImageFromASequence() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            var specs = new[] { ("runner", {|ECI002:"harbor.lab.local:80/qa/runner:3"|}) };
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-hangzhou",
                Container = specs.Select(s => new Container { Name = s.Item1, Image = s.Item2 }).ToList(),
            });
            """).Replace("using System.Collections.Generic;", "using System.Collections.Generic;\nusing System.Linq;"),
        Sources.InMethod("""
            var specs = new[] { ("runner", "harbor.lab.local:80/qa/runner:3") };
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                RegionId = "cn-hangzhou",
                Container = specs.Select(s => new Container { Name = s.Item1, Image = s.Item2 }).ToList(),
                PlainHttpRegistry = "harbor.lab.local:80",
            });
            """).Replace("using System.Collections.Generic;", "using System.Collections.Generic;\nusing System.Linq;"),
        Sources.AnonymousLab);

    [Fact]
    public Task AnImageInARecordSpecIsCorrectedWhereItIsWritten() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            var specs = new[] { new ServiceSpec("app", {|ECI006:"http://192.168.1.10:5000/app:1"|}) };
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "192.168.1.10:5000",
                Container = specs.Select(s => new Container { Image = s.Image }).ToList(),
            });
            """).Replace("using System.Collections.Generic;", "using System.Collections.Generic;\nusing System.Linq;") + "public sealed record ServiceSpec(string Name, string Image);\n",
        Sources.InMethod("""
            var specs = new[] { new ServiceSpec("app", "192.168.1.10:5000/app:1") };
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "192.168.1.10:5000",
                Container = specs.Select(s => new Container { Image = s.Image }).ToList(),
            });
            """).Replace("using System.Collections.Generic;", "using System.Collections.Generic;\nusing System.Linq;") + "public sealed record ServiceSpec(string Name, string Image);\n",
        Sources.AnonymousLab);

    [Fact]
    public Task AnImageOfAStaticTableGetsNoEditAtItsUse()
    {
        var source = Sources.Usings + """
            using System.Linq;

            public static class Catalog
            {
                internal static readonly string[] Images = { "http://192.168.1.10:5000/app:1" };
            }

            class App
            {
                void Run(Client client) => client.CreateImageCache(new CreateImageCacheRequest
                {
                    PlainHttpRegistry = "192.168.1.10:5000",
                    Image = {|ECI006:Catalog.Images|}.ToList(),
                });
            }

            """;
        return VerifyCS.VerifyCodeFixAsync(source, source, Sources.AnonymousLab);
    }

    [Fact]
    public Task ACredentialIsAddedForAnImageOfAStaticTable()
    {
        const string Catalog = """
            public static class Catalog
            {
                internal static readonly string[] Images = { "registry.corp.example/team/api:5" };
            }

            """;
        return VerifyCS.VerifyCodeFixAsync(
            Sources.Usings + """
                using System.Linq;
                using Eci.ImagePull;

                class App
                {
                    void Run(Client client) => client.CreateImageCache(new CreateImageCacheRequest
                    {
                        Image = {|ECI004:Catalog.Images|}.ToList(),
                        ImageRegistryCredential = new List<CacheCredential>(),
                    });
                }

                """ + Catalog,
            Sources.Usings + """
                using System.Linq;
                using Eci.ImagePull;

                class App
                {
                    void Run(Client client) => client.CreateImageCache(new CreateImageCacheRequest
                    {
                        Image = Catalog.Images.ToList(),
                        ImageRegistryCredential = new List<CacheCredential>()
                        {
                            new CacheCredential
                            {
                                Server = "registry.corp.example",
                                UserName = RegistryCredentials.UserNameFor("registry.corp.example"),
                                Password = RegistryCredentials.PasswordFor("registry.corp.example"),
                            }
                        },
                    });
                }

                """ + Catalog);
    }

    /// <summary>Every truncation and token deletion of a program holding each shape: analyzed and fixed without an exception.</summary>
    [Fact]
    public async Task HalfTypedSequencesNeverThrow()
    {
        var program = Sources.Usings + """
            using System.Linq;

            public sealed record ServiceSpec(string Name, string Image);

            public static class Catalog
            {
                internal static readonly ServiceSpec[] Services = { new ServiceSpec("api", "registry.corp.example/team/api:5") };
            }

            public sealed class Deployer
            {
                public void Deploy(Client client)
                {
                    var specs = new[] { new ServiceSpec("web", "harbor.lab.local:80/web:1"), new ServiceSpec("api", "http://192.168.1.10:5000/app:1") };
                    var tuples = new (string Name, string Image)[] { ("w", "git.acme-corp.io/w:1") };
                    var images = new string[2];
                    images[0] = "registry.corp.example/team/api:5";
                    images[1] = "nginx:1.27";
                    var servers = new[] { "git.acme-corp.io" };
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = specs.Select(s => new Container { Name = s.Name, Image = s.Image }).ToList(),
                        InitContainer = tuples.Select(t => new InitContainer { Image = t.Image }).ToList(),
                        ImageRegistryCredential = servers.Select(s => new Credential { Server = s }).ToList(),
                    });
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = Catalog.Services.Select(s => new Container { Image = s.Image }).ToList(),
                    });
                    client.CreateImageCache(new CreateImageCacheRequest { Image = new List<string>(images) });
                }
            }

            """;
        var source = new CorpusSource("sequences", program);
        var mutations = TokenMutations.Sample(TokenMutations.All(new[] { source }), 250, 16_2026);
        var harness = AnalyzerHarness.WithSdk;
        var unmutated = await harness.RunAsync(program, runFixes: true);
        Assert.False(unmutated.Failed, unmutated.Describe());
        Assert.Contains(unmutated.Diagnostics, d => d.Id == "ECI006");
        Assert.Contains(unmutated.Diagnostics, d => d.Id == "ECI002");
        Assert.DoesNotContain(unmutated.Diagnostics, d => d.Id == "ECI004" && d.GetMessage().Contains("git.acme-corp.io", StringComparison.Ordinal));

        var failures = new List<string>();
        foreach (var mutation in mutations)
        {
            var run = await harness.RunAsync(mutation.Apply(), runFixes: true);
            if (run.Failed)
            {
                failures.Add(mutation + ":\n" + run.Describe());
            }
        }

        Assert.True(failures.Count == 0, failures.Count + " of " + mutations.Count + " variants failed; first ones:\n" + string.Join("\n\n", failures.Take(3)));
    }
}
