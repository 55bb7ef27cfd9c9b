using Eci.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp;

namespace Eci.Analyzers.Tests.Fixes;

/// <summary>
/// AlibabaCloud.SDK.ECI 1.0.0-1.0.2 have no PlainHttpRegistry or InsecureRegistry: the pull still fails, so ECI002 and
/// ECI003 still report, say which SDK has the member, and no fix writes it (it would not compile: CS0117).
/// </summary>
public class OldSdkTests
{
    private const string Source = """
        using System.Collections.Generic;
        using AlibabaCloud.SDK.Eci20180808;
        using AlibabaCloud.SDK.Eci20180808.Models;

        class App
        {
            void Run(Client client)
            {
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    AutoCreateEip = true,
                    Container = new List<CreateContainerGroupRequest.CreateContainerGroupRequestContainer>
                    {
                        new CreateContainerGroupRequest.CreateContainerGroupRequestContainer { Image = "harbor.lab.local:80/app" },
                        new CreateContainerGroupRequest.CreateContainerGroupRequestContainer { Image = "http://192.168.1.10:5000/api" },
                        new CreateContainerGroupRequest.CreateContainerGroupRequestContainer { Image = "registry.corp.example:8443/web" },
                    },
                });
            }
        }

        """;

    private static readonly ConsumerSettings Sdk102 = new(
        LanguageVersion.CSharp7_3,
        ImplicitUsings: false,
        "eci.insecure_registries = registry.corp.example:8443\neci.anonymous_registries = harbor.lab.local:80, 192.168.1.10:5000",
        Sdk102: true);

    [Fact]
    public async Task TheStandInCompilesAndTheRulesStillReport()
    {
        var document = FixWorkspace.Create(Source, Sdk102);

        Assert.Empty(await FixWorkspace.ErrorsAsync(document));
        var diagnostics = await FixWorkspace.DiagnosticsAsync(document, "ECI002", "ECI003", "ECI006");
        Assert.Equal(new[] { "ECI002", "ECI006", "ECI003" }, diagnostics.Select(d => d.Id));
        Assert.Contains(
            "(CreateContainerGroupRequest has no PlainHttpRegistry in the referenced SDK: it needs AlibabaCloud.SDK.ECI 1.0.3 or later)",
            diagnostics[0].GetMessage(),
            StringComparison.Ordinal);
        Assert.Contains(
            "(CreateContainerGroupRequest has no InsecureRegistry in the referenced SDK: it needs AlibabaCloud.SDK.ECI 1.0.3 or later)",
            diagnostics[2].GetMessage(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoFixWritesAMemberTheSdkLacks()
    {
        var document = FixWorkspace.Create(Source, Sdk102);

        foreach (var diagnostic in await FixWorkspace.DiagnosticsAsync(document, "ECI002", "ECI003", "ECI006"))
        {
            Assert.Null(await FixWorkspace.ApplyFixAsync(document, diagnostic));
        }

        var fixedAll = await FixWorkspace.FixAllRulesAsync(document, new[] { "ECI002", "ECI003", "ECI006" });
        Assert.Equal(Source, await FixWorkspace.TextAsync(fixedAll));
    }

    [Fact]
    public async Task TheSameRequestOnTheCurrentSdkIsFixed()
    {
        var document = FixWorkspace.Create(Source, Sdk102 with { Sdk102 = false });

        var fixedAll = await FixWorkspace.FixAllRulesAsync(document, new[] { "ECI002", "ECI003", "ECI006" });

        var text = await FixWorkspace.TextAsync(fixedAll);
        Assert.Contains("PlainHttpRegistry = \"harbor.lab.local:80,192.168.1.10:5000\"", text, StringComparison.Ordinal);
        Assert.Contains("InsecureRegistry = \"registry.corp.example:8443\"", text, StringComparison.Ordinal);
        Assert.Empty(await FixWorkspace.ErrorsAsync(fixedAll));
    }
}
