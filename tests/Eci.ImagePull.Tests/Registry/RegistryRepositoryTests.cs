using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Tests.Registry;

/// <summary>
/// The repository the registry client takes: built from a parsed image, or from parts checked with the image grammar's
/// repository rule, so what an image can name the client can fetch, and nothing else.
/// </summary>
public sealed class RegistryRepositoryTests
{
    private static readonly RegistryAddress Corp = RegistryAddress.Parse("registry.corp.example:5000");

    public static TheoryData<string> Paths() => new()
    {
        "team/app",
        "a--b/c__d.e",
        "library/nginx",
        "a..b",
        "a___b",
        "a_.b",
        "-a",
        "a/",
        "/a",
        "Team/app",
        "team//app",
        "team/app:1.0",
        "team/app@sha256:" + new string('a', 64),
        "team app",
        new string('a', 255),
        new string('a', 256),
        "",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Accepts_exactly_the_paths_an_image_reference_accepts(string path)
    {
        var inImage = ImageReference.TryParse("registry.corp.example:5000/" + path, out var image) && image.Repository == path;
        var inClient = Record.Exception(() => new RegistryRepository(Corp, path)) is null;

        Assert.Equal(inImage, inClient);
    }

    [Fact]
    public void Refusal_names_the_value_what_is_wrong_and_the_rule()
    {
        var error = Assert.Throws<ArgumentException>(() => new RegistryRepository(Corp, "a..b"));

        Assert.Equal("path", error.ParamName);
        Assert.Contains("'a..b'", error.Message);
        Assert.Contains("'..'", error.Message);
        Assert.Contains("separated by '/'", error.Message);
    }

    [Fact]
    public void Too_long_path_is_refused_with_its_length()
    {
        var error = Assert.Throws<ArgumentException>(() => new RegistryRepository(Corp, new string('a', 256)));

        Assert.Contains("256 characters, more than 255", error.Message);
    }

    [Theory]
    [InlineData("nginx", "docker.io", "library/nginx")]
    [InlineData("registry.corp.example:5000/team/app:1.0", "registry.corp.example:5000", "team/app")]
    [InlineData("[::1]:5000/team/app@sha384:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "[::1]:5000", "team/app")]
    public void Of_an_image_is_its_registry_and_path_without_tag_or_digest(string text, string registry, string path)
    {
        var repository = RegistryRepository.Of(ImageReference.Parse(text));

        Assert.Equal(RegistryAddress.Parse(registry), repository.Registry);
        Assert.Equal(path, repository.Path);
        Assert.Equal(registry + "/" + path, repository.ToString());
    }

    [Fact]
    public void Of_an_image_whose_registry_cannot_be_contacted_is_a_FormatException()
    {
        // The image grammar accepts the port; no connection can be made to it.
        var image = ImageReference.Parse("registry.corp.example:99999/team/app:1");

        var error = Assert.Throws<FormatException>(() => RegistryRepository.Of(image));
        Assert.Contains("registry.corp.example:99999", error.Message);
    }

    [Fact]
    public void Missing_parts_are_argument_errors_named_after_the_parameter()
    {
        Assert.Equal("registry", Assert.Throws<ArgumentNullException>(() => new RegistryRepository(null!, "team/app")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => new RegistryRepository(Corp, null!)).ParamName);
        Assert.Equal("image", Assert.Throws<ArgumentNullException>(() => RegistryRepository.Of(null!)).ParamName);
    }
}
