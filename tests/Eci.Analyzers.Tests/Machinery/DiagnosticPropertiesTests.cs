using System.Collections.Generic;
using Eci.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Tests.Machinery;

/// <summary>
/// What a diagnostic carries for the fixer: the request's part (kind, where its lists are written) and the finding's
/// part, nothing else. Each request's diagnostics must point into that request's own expressions, also when two
/// requests in one body have the same faults.
/// </summary>
public class DiagnosticPropertiesTests
{
    [Fact]
    public async Task CarriesTheRequestsAndTheFindingsPropertiesAndNothingElse()
    {
        var run = await AnalyzerHarness.WithSdk.RunAsync(Sources.InMethod("""
            var request = new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "192.168.1.10",
                Container = new List<Container> { new Container { Image = "192.168.1.10:5000/app" } },
            };
            client.CreateContainerGroup(request);
            """), runFixes: false);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "ECI001");

        var expected = new Dictionary<string, string?>
        {
            ["EciRequestKind"] = "CreateContainerGroup",
            ["EciCredentialsAbsent"] = "true",
            ["EciPlainHttpAt"] = "1",
            ["EciFix"] = "RewriteEntry",
            ["EciSubject"] = "PlainHttpRegistry",
            ["EciAddress"] = "192.168.1.10:5000",
            ["EciEntry"] = "192.168.1.10",
        };
        Assert.Equal(expected.OrderBy(p => p.Key), diagnostic.Properties.OrderBy(p => p.Key));
        Assert.Equal("\"192.168.1.10\"", Text(diagnostic.AdditionalLocations[1]));
    }

    [Fact]
    public async Task TwoRequestsWithTheSameFaultsPointAtTheirOwnExpressions()
    {
        // The first request writes both lists, the second only InsecureRegistry: the same finding sits at index 2 in
        // one and index 1 in the other.
        var run = await AnalyzerHarness.WithSdk.RunAsync(Sources.InMethod("""
            var first = new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local",
                InsecureRegistry = "https://registry.corp.example:8443",
                Container = new List<Container> { new Container { Image = "registry.corp.example:8443/app" } },
            };
            client.CreateContainerGroup(first);
            var second = new CreateContainerGroupRequest
            {
                InsecureRegistry = "https://registry.corp.example:8443 ",
                Container = new List<Container> { new Container { Image = "registry.corp.example:8443/app" } },
            };
            client.CreateContainerGroup(second);
            """), runFixes: false);

        var malformed = run.Diagnostics.Where(d => d.Id == "ECI005").OrderBy(d => d.Location.SourceSpan.Start).ToArray();

        Assert.Equal(2, malformed.Length);
        Assert.Equal("2", malformed[0].Properties["EciInsecureAt"]);
        Assert.Equal("\"https://registry.corp.example:8443\"", Text(malformed[0].AdditionalLocations[2]));
        Assert.Equal("1", malformed[1].Properties["EciInsecureAt"]);
        Assert.Equal("\"https://registry.corp.example:8443 \"", Text(malformed[1].AdditionalLocations[1]));
        Assert.All(malformed, d => Assert.Equal("registry.corp.example:8443", d.Properties["EciReplacement"]));
    }

    private static string Text(Location location) => location.SourceTree!.GetText().ToString(location.SourceSpan);
}
