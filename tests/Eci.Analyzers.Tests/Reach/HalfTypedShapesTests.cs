using System.Collections.Generic;
using Eci.Analyzers.Tests.Robustness;

namespace Eci.Analyzers.Tests.Reach;

/// <summary>
/// The shapes read across methods (writer extensions, a builder, a derived request) in one file, cut after each token and
/// with each token deleted: the analyzer and its fixes run on every variant and none may throw. The corpus test covers
/// each file of the other tests alone; here the writer and its caller are half typed together.
/// </summary>
public class HalfTypedShapesTests
{
    private const string Program = Sources.Usings + """
        public static class RequestExtensions
        {
            public static CreateContainerGroupRequest AddContainer(this CreateContainerGroupRequest request, string image)
            {
                request.Container ??= new List<Container>();
                request.Container.Add(new Container { Image = image });
                return request;
            }

            public static void UsePlainHttp(this CreateContainerGroupRequest request, string registry)
            {
                if (request.ImageRegistryCredential == null)
                {
                    request.ImageRegistryCredential = new List<Credential>();
                }

                request.PlainHttpRegistry = registry;
            }
        }

        public sealed class Builder
        {
            private readonly CreateContainerGroupRequest _request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou" };

            public Builder WithImage(string image)
            {
                (_request.Container ??= new List<Container>()).Add(new Container { Image = image });
                return this;
            }

            public CreateContainerGroupRequest Build() => _request;
        }

        public class LabRequest : CreateContainerGroupRequest
        {
            public LabRequest(string registry) : base()
            {
                PlainHttpRegistry = registry;
            }
        }

        public sealed class Jobs
        {
            public void Run(Client client)
            {
                var request = new CreateContainerGroupRequest { RegionId = "cn-hangzhou" };
                request.AddContainer("harbor.lab.local/lab/web:2");
                request.UsePlainHttp("harbor.lab.local");
                client.CreateContainerGroup(request);

                var built = new Builder().WithImage("registry.corp.example/team/api:1").Build();
                client.CreateContainerGroup(built);

                client.CreateContainerGroup(new LabRequest("harbor.lab.local")
                {
                    Container = new List<Container> { new Container { Image = "192.168.1.10:5000/app" } },
                });
            }
        }

        """;

    [Fact]
    public async Task EveryHalfTypedVariantIsAnalyzedWithoutException()
    {
        var source = new CorpusSource("reach-shapes", Program);
        var harness = AnalyzerHarness.WithSdk;
        var whole = await harness.RunAsync(Program, runFixes: true);
        Assert.False(whole.Failed, whole.Describe());
        Assert.Contains(whole.Diagnostics, d => d.Id == "ECI004"); // the builder's image: the program reaches the new reading

        var mutations = TokenMutations.Sample(TokenMutations.All(new[] { source }), 400, seed: 16);
        var failures = new List<string>();
        foreach (var mutation in mutations)
        {
            var run = await harness.RunAsync(mutation.Apply(), runFixes: false);
            if (run.Failed)
            {
                failures.Add(mutation + ":\n" + run.Describe());
            }
        }

        Assert.True(failures.Count == 0, failures.Count + " variants failed; first ones:\n" + string.Join("\n\n", failures.Take(3)));
    }
}
