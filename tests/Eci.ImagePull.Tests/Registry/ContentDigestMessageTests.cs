using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Tests.Registry;

/// <summary>
/// A digest the client refuses is explained with the image grammar's reason, the one ECI006 gives for the same digest
/// in an image: one rule, one wording, only the "in image" context differs.
/// </summary>
public sealed class ContentDigestMessageTests
{
    [Theory]
    [InlineData("sha256:xyz", "'sha256:xyz'", "it contains 'x', which is not a hexadecimal digit; a sha256 digest has 64 lower-case hexadecimal digits")]
    [InlineData("sha384:abc", "'sha384:abc'", "it has 3 hexadecimal digits; a sha384 digest has 96 lower-case hexadecimal digits")]
    [InlineData("md5:d41d8cd98f00b204e9800998ecf8427e", "'md5'", "only sha256, sha384 and sha512 digests are accepted")]
    [InlineData("sha256", "'sha256'", "it has no ':'")]
    public void Parse_gives_the_grammar_reason_for_the_digest(string text, string quoted, string reason)
    {
        var error = Assert.Throws<FormatException>(() => ContentDigest.Parse(text));
        ImageReference.TryParse("team/app@" + text, out _, out var inImage);

        Assert.Contains(quoted, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, inImage!.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("in image", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_a_sha256_digest_with_96_digits_points_at_sha384()
    {
        var error = Assert.Throws<FormatException>(() => ContentDigest.Parse("sha256:" + new string('a', 96)));

        Assert.Contains("96 digits would be a sha384 digest", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_of_nothing_says_the_digest_is_empty(string? text)
    {
        var error = Assert.Throws<FormatException>(() => ContentDigest.Parse(text!));

        Assert.Contains("it is empty", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'@'", error.Message, StringComparison.Ordinal);
    }
}
