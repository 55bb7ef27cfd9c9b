namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI008: an image on a loopback registry, which the instance cannot reach (no fix: only the developer knows the address).</summary>
public class ECI008LoopbackRegistryTests
{
    [Fact]
    public Task LoopbackRegistryIsReportedInsteadOfMissingCredentials() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = {|ECI008:"localhost:5000/app"|} }, new Container { Image = {|ECI008:"127.0.0.1:5000/api"|} }],
            });
            """));
}
