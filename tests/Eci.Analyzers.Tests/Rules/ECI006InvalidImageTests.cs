using global::Eci.ImagePull.Registry;

namespace Eci.Analyzers.Tests.Rules;

/// <summary>
/// ECI006: an image reference ECI cannot parse, and the fix that writes the parser's suggestion. Digests are judged by the
/// registry client's own validator: an image the analyzer lets through can be fetched by digest at run time, and a
/// digest the client refuses is an ECI006 in the IDE.
/// </summary>
public class ECI006InvalidImageTests
{
    [Theory]
    [InlineData("Team/App:1")]
    [InlineData("nginx:")]
    [InlineData("registry.corp.example/app@sha256:abc")]
    [InlineData("https://registry.corp.example/app")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public Task InvalidImagesAreErrorsAndGetNoOtherRule(string image) => VerifyCS.VerifyAllRulesAsync(
        Sources.InMethod($$"""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                AutoCreateEip = true,
                Container = [new Container { Image = {|ECI006:"{{image}}"|} }],
            });
            """));

    public static TheoryData<string> Digests() => new()
    {
        "sha256:" + new string('a', 64),
        "sha384:" + new string('b', 96),
        "sha512:" + new string('c', 128),
        "sha256:" + new string('A', 64),
        "sha384:" + new string('b', 64),
        "sha512:" + new string('c', 96),
        "sha1:" + new string('d', 40),
        "SHA384:" + new string('b', 96),
        "sha256:" + new string('g', 64),
        "sha256:",
    };

    [Theory]
    [MemberData(nameof(Digests))]
    public Task AnalyzerReportsEci006ExactlyForDigestsTheClientRefuses(string digest)
    {
        var image = "registry.corp.example/team/app@" + digest;
        var written = ContentDigest.TryParse(digest, out _) ? $"\"{image}\"" : $"{{|ECI006:\"{image}\"|}}";
        return VerifyCS.VerifyAllRulesAsync(
            Sources.InMethod($$"""
                client.CreateContainerGroup(new CreateContainerGroupRequest
                {
                    AutoCreateEip = true,
                    Container = [new Container { Image = {{written}} }],
                });
                """),
            "eci.anonymous_registries = registry.corp.example\n");
    }

    [Fact]
    public Task StripsTheSchemeOfAnImage() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "192.168.1.10:5000",
                Container = [new Container { Image = {|ECI006:"http://192.168.1.10:5000/app:1"|} }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                PlainHttpRegistry = "192.168.1.10:5000",
                Container = [new Container { Image = "192.168.1.10:5000/app:1" }],
            });
            """),
        Sources.AnonymousLab);

    [Fact]
    public Task StrippingHttpKeepsTheRegistryPulledOverHttp() => VerifyCS.VerifyCodeFixAsync(
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = {|ECI006:"http://192.168.1.10:5000/app:1"|} }],
            });
            """),
        Sources.InMethod("""
            client.CreateContainerGroup(new CreateContainerGroupRequest
            {
                Container = [new Container { Image = "192.168.1.10:5000/app:1" }],
                PlainHttpRegistry = "192.168.1.10:5000",
            });
            """),
        Sources.AnonymousLab);
}
