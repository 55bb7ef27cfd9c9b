namespace Eci.Analyzers.Tests.Rules;

/// <summary>ECI005: a malformed registry list entry or credential server, and the fix that normalizes it.</summary>
public class ECI005MalformedAddressTests
{
    [Fact]
    public Task MalformedListEntriesAreReportedOncePerEntry() => VerifyCS.VerifyAnalyzerAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = {|#2:"{|#0:http://harbor.lab.local:80|}, {|#1:192.168.1.10:5000|},,{|#3:192.168.1.10:5000|}"|},
                Container = new List<Container>
                {
                    new Container { Image = "harbor.lab.local:80/app" },
                    new Container { Image = "192.168.1.10:5000/app" },
                },
            });
            """),
        Sources.AnonymousLab,
        VerifyCS.Diagnostic("ECI005").WithLocation(0).WithArguments(
            "PlainHttpRegistry", "http://harbor.lab.local:80", "it has a scheme (ECI takes the address without http:// or https://)",
            "'harbor.lab.local:80,192.168.1.10:5000'"),
        VerifyCS.Diagnostic("ECI005").WithLocation(1).WithArguments(
            "PlainHttpRegistry", " 192.168.1.10:5000", "it has surrounding whitespace", "'harbor.lab.local:80,192.168.1.10:5000'"),
        VerifyCS.Diagnostic("ECI005").WithLocation(2).WithArguments(
            "PlainHttpRegistry", "", "it is empty", "'harbor.lab.local:80,192.168.1.10:5000'"),
        VerifyCS.Diagnostic("ECI005").WithLocation(3).WithArguments(
            "PlainHttpRegistry", "192.168.1.10:5000", "it repeats an earlier entry", "'harbor.lab.local:80,192.168.1.10:5000'"));

    [Fact]
    public Task NormalizesAMalformedList() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = {|ECI005:{|ECI005:"{|ECI005:http://harbor.lab.local:80/|}, {|ECI005:192.168.1.10:5000|},,"|}|},
                Container = [new Container { Image = "harbor.lab.local:80/app" }, new Container { Image = "192.168.1.10:5000/app" }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "harbor.lab.local:80,192.168.1.10:5000",
                Container = [new Container { Image = "harbor.lab.local:80/app" }, new Container { Image = "192.168.1.10:5000/app" }],
            });
            """),
        Sources.AnonymousLab);
}
