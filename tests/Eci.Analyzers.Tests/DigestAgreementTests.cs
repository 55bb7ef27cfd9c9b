using global::Eci.ImagePull.Registry;

namespace Eci.Analyzers.Tests;

/// <summary>
/// ECI006 and the registry client judge digests with one validator: an image the analyzer lets through can be
/// fetched by digest at run time, and a digest the client refuses is an ECI006 in the IDE.
/// </summary>
public class DigestAgreementTests
{
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
}
