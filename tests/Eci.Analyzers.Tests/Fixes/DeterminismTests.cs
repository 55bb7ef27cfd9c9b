using System.Collections.Generic;
using Eci.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Eci.Analyzers.Tests.Fixes;

/// <summary>Fix All writes the same bytes whatever order the host hands the diagnostics over in, or runs the rules in.</summary>
public class DeterminismTests
{
    private const string Source = """
        using System.Collections.Generic;
        using AlibabaCloud.SDK.Eci20180808;
        using AlibabaCloud.SDK.Eci20180808.Models;

        namespace Deploy
        {
            class App
            {
                void Run(Client client)
                {
                    client.CreateContainerGroup(new CreateContainerGroupRequest
                    {
                        Container = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer>
                        {
                            new CreateContainerGroupRequest.CreateContainerGroupRequestContainer { Image = "harbor.lab.local:80/web" },
                            new CreateContainerGroupRequest.CreateContainerGroupRequestContainer { Image = "192.168.1.10:80/api" },
                            new CreateContainerGroupRequest.CreateContainerGroupRequestContainer { Image = "registry.corp.example/worker" },
                            new CreateContainerGroupRequest.CreateContainerGroupRequestContainer { Image = "images.platform.example/cron" },
                            new CreateContainerGroupRequest.CreateContainerGroupRequestContainer { Image = "nginx:1.27" },
                        },
                    });
                    client.CreateImageCache(new CreateImageCacheRequest
                    {
                        Image = new List<string> { "registry.corp.example:8443/a", "harbor.lab.local:80/b", "images.platform.example/c" },
                    });
                }
            }
        }

        """;

    private static readonly string[] Rules = { "ECI002", "ECI003", "ECI004", "ECI011" };

    private static readonly ConsumerSettings Settings = new(
        LanguageVersion.CSharp12, ImplicitUsings: false, "eci.insecure_registries = registry.corp.example:8443");

    [Fact]
    public async Task FixAllIgnoresTheOrderOfTheDiagnostics()
    {
        var document = FixWorkspace.Create(Source, Settings);
        var diagnostics = await FixWorkspace.DiagnosticsAsync(document, Rules);
        Assert.True(diagnostics.Length >= 10, string.Join("\n", diagnostics));

        var outputs = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 0; seed < 8; seed++)
        {
            var shuffled = Shuffle(diagnostics, seed);
            var fixedDocument = await FixWorkspace.FixAllAsync(document, shuffled);
            outputs.Add(await FixWorkspace.TextAsync(fixedDocument!));
        }

        var output = Assert.Single(outputs);
        Assert.Contains("PlainHttpRegistry = \"harbor.lab.local:80,192.168.1.10:80\"", output, StringComparison.Ordinal);
        Assert.True(
            output.IndexOf("RegistryCredentials.UserNameFor(\"harbor.lab.local:80\")", StringComparison.Ordinal)
            < output.IndexOf("RegistryCredentials.UserNameFor(\"192.168.1.10:80\")", StringComparison.Ordinal),
            "credentials follow the images' order");
    }

    [Fact]
    public async Task FixingOneRuleAtATimeGivesTheSameCodeInAnyRuleOrder()
    {
        var document = FixWorkspace.Create(Source, Settings);

        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var order in Orders(Rules))
        {
            var fixedDocument = await FixWorkspace.FixAllRulesAsync(document, order);
            outputs[string.Join(",", order)] = await FixWorkspace.TextAsync(fixedDocument);
            Assert.Empty(await FixWorkspace.DiagnosticsAsync(fixedDocument, Rules));
            Assert.Empty(await FixWorkspace.ErrorsAsync(fixedDocument));
        }

        var distinct = outputs.Values.Distinct(StringComparer.Ordinal).ToList();
        Assert.True(distinct.Count == 1, string.Join("\n----\n", distinct));
        var text = distinct[0];
        var plainHttp = text.IndexOf("PlainHttpRegistry =", StringComparison.Ordinal);
        var eip = text.IndexOf("AutoCreateEip = true", StringComparison.Ordinal);
        var credentials = text.IndexOf("ImageRegistryCredential =", StringComparison.Ordinal);
        Assert.True(plainHttp > 0 && plainHttp < eip && eip < credentials, text);
    }

    private static List<Diagnostic> Shuffle(IReadOnlyList<Diagnostic> diagnostics, int seed)
    {
        var random = new Random(seed);
        return diagnostics.OrderBy(_ => random.Next()).ToList();
    }

    /// <summary>Each rotation of the rules, forwards and backwards: every rule comes first and last at least once.</summary>
    private static IEnumerable<string[]> Orders(string[] rules)
    {
        for (var start = 0; start < rules.Length; start++)
        {
            var rotation = rules.Skip(start).Concat(rules.Take(start)).ToArray();
            yield return rotation;
            yield return rotation.Reverse().ToArray();
        }
    }
}
