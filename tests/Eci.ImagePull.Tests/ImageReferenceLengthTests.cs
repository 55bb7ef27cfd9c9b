namespace Eci.ImagePull.Tests;

/// <summary>
/// Length limits: the repository path (registry excluded, Docker Hub's library/ included) is at most 255 characters
/// under the current distribution/reference rule; tags are at most 128. Older clients cap registry + "/" + path.
/// </summary>
public class ImageReferenceLengthTests
{
    [Theory]
    [InlineData("", 247, true)] // library/ + 247 = 255
    [InlineData("", 248, false)]
    [InlineData("docker.io/", 247, true)]
    [InlineData("docker.io/", 248, false)]
    [InlineData("index.docker.io/", 248, false)]
    [InlineData("ns/", 252, true)] // a Hub path with a namespace gets no prefix: 3 + 252 = 255
    [InlineData("ns/", 253, false)]
    [InlineData("localhost/", 255, true)]
    [InlineData("localhost/", 256, false)]
    [InlineData("registry.example.com:5000/", 255, true)]
    [InlineData("registry.example.com:5000/", 256, false)]
    [InlineData("registry.example.com:5000/team/", 250, true)]
    [InlineData("registry.example.com:5000/team/", 251, false)]
    public void The_path_alone_is_limited_to_255_characters(string prefix, int length, bool valid)
    {
        string text = prefix + new string('a', length) + ":v1";

        bool parsed = ImageReference.TryParse(text, out ImageReference? reference, out ImageReferenceFormatException? error);

        Assert.Equal(valid, parsed);
        if (valid)
        {
            Assert.InRange(reference!.Repository.Length, 1, ImageReference.MaxRepositoryLength);
        }
        else
        {
            Assert.Equal(ImageReferenceError.NameTooLong, error!.Error);
        }
    }

    [Fact]
    public void The_limit_is_255_and_tags_128()
    {
        Assert.Equal(255, ImageReference.MaxRepositoryLength);
        Assert.Equal(128, ImageReference.MaxTagLength);
    }

    [Fact]
    public void A_path_of_many_short_components_counts_its_slashes()
    {
        string path = string.Join("/", Enumerable.Repeat("ab", 85)); // 85 * 2 letters + 84 slashes = 254

        Assert.True(ImageReference.TryParse("localhost/" + path + "c", out _)); // 255
        ImageReference.TryParse("localhost/" + path + "/c", out _, out ImageReferenceFormatException? error); // 256
        Assert.Equal(ImageReferenceError.NameTooLong, error!.Error);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(127, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    [InlineData(1000, false)]
    public void Tags_are_limited_to_128_characters(int length, bool valid)
    {
        string tag = "v" + new string('1', length - 1);

        Assert.Equal(valid, ImageReference.TryParse("registry.example.com/app:" + tag + "@sha256:" + new string('a', 64), out ImageReference? reference));
        if (valid)
        {
            Assert.Equal(tag, reference!.Tag);
        }
    }

    [Fact]
    public void The_host_is_not_counted_even_when_very_long()
    {
        string host = string.Join(".", Enumerable.Repeat("label", 400)) + ":5000";

        ImageReference reference = ImageReference.Parse(host + "/app");

        Assert.Equal(host, reference.Registry);
        Assert.True(reference.ExceedsLegacyNameLimit);
    }

    [Theory]
    [InlineData("nginx", false)]
    [InlineData("registry.example.com:5000/app", false)]
    public void Short_names_are_within_the_legacy_limit(string text, bool exceeds)
    {
        Assert.Equal(exceeds, ImageReference.Parse(text).ExceedsLegacyNameLimit);
    }

    [Theory]
    // docker.io/library/ is 18 characters, so a single Hub name of 237 makes a 255-character name.
    [InlineData("", 237, false)]
    [InlineData("", 238, true)]
    // registry.example.com:5000/ is 26 characters.
    [InlineData("registry.example.com:5000/", 229, false)]
    [InlineData("registry.example.com:5000/", 230, true)]
    [InlineData("registry.example.com:5000/", 255, true)]
    public void ExceedsLegacyNameLimit_counts_registry_slash_and_path(string prefix, int length, bool exceeds)
    {
        ImageReference reference = ImageReference.Parse(prefix + new string('a', length) + ":latest");

        Assert.Equal(exceeds, reference.ExceedsLegacyNameLimit);
        Assert.Equal(exceeds, reference.Name.Length > 255);
    }
}
