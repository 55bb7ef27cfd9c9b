using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Tests.Registry;

/// <summary>The client's URL-segment check and the image grammar are one rule: what an image names, the client fetches.</summary>
public sealed class RepositoryPathTests
{
    public static TheoryData<string, string> Names() => new()
    {
        { "team/app", "1.0" },
        { "a--b/c__d.e", "v1_RC-2" },
        { "team/app", "sha384:" + new string('b', 96) },
        { "a..b", "latest" },
        { "a___b", "latest" },
        { "a_.b", "latest" },
        { "-a", "latest" },
        { "a/", "latest" },
        { "Team/app", "latest" },
        { "team//app", "latest" },
        { new string('a', 255), "latest" },
        { new string('a', 256), "latest" },
        { "team/app", ".hidden" },
        { "team/app", new string('t', 128) },
        { "team/app", new string('t', 129) },
        { "team/app", "sha256:" + new string('A', 64) },
        { "team/app", "" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Client_accepts_exactly_what_an_image_reference_accepts(string repository, string reference)
    {
        var separator = reference.StartsWith("sha", StringComparison.Ordinal) && reference.Contains(':') ? "@" : ":";
        var inImage = ImageReference.TryParse("registry.corp.example/" + repository + separator + reference, out _);
        var inClient = Record.Exception(() => RepositoryPath.Require(repository, reference)) is null;

        Assert.Equal(inImage, inClient);
    }

    [Fact]
    public void Refusal_names_the_value_and_what_is_wrong_with_it()
    {
        var error = Assert.Throws<ArgumentException>(() => RepositoryPath.Require("a..b", "latest"));
        Assert.Equal("repository", error.ParamName);
        Assert.Contains("'a..b'", error.Message);
        Assert.Contains("'..'", error.Message);
    }
}
