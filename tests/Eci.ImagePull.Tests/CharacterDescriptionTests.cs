namespace Eci.ImagePull.Tests;

/// <summary>
/// One way to name an offending character, whichever parser found it: an image reference's registry, path or digest,
/// or a registry address. Characters that would not show, or would reorder the message around them, appear only as
/// code points.
/// </summary>
public sealed class CharacterDescriptionTests
{
    [Theory]
    [InlineData('a', "'a'")]
    [InlineData(' ', "a space")]
    [InlineData('\u00e9', "'\u00e9' (U+00E9)")]
    [InlineData('\u0430', "'\u0430' (U+0430)")]
    [InlineData('\uFF1A', "'\uFF1A' (U+FF1A)")]
    [InlineData('\u0000', "the invisible character U+0000")]
    [InlineData('\u007F', "the invisible character U+007F")]
    [InlineData('\u00A0', "the invisible character U+00A0")]
    [InlineData('\u200B', "the invisible character U+200B")]
    [InlineData('\u202E', "the invisible character U+202E")]
    [InlineData('\u2028', "the invisible character U+2028")]
    [InlineData('\uD800', "the character U+D800")]
    [InlineData('\uE000', "the character U+E000")]
    public void Names_the_character_visibly(char c, string expected) =>
        Assert.Equal(expected, MessageText.DescribeCharacter(c));

    [Theory]
    [InlineData('\u0430')]
    [InlineData('\u202E')]
    [InlineData('\u00A0')]
    [InlineData(' ')]
    public void Image_registry_and_registry_address_describe_the_same_character_the_same_way(char c)
    {
        var host = "h" + c + "rbor.corp";
        var expected = MessageText.DescribeCharacter(c);

        var address = Assert.Throws<FormatException>(() => RegistryAddress.Parse(host));
        ImageReference.TryParse(host + "/team/app", out _, out var image);

        Assert.Contains("contains " + expected, address.Message, StringComparison.Ordinal);
        Assert.Contains("contains " + expected, image!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bidirectional_override_never_reaches_a_message_raw()
    {
        const char Override = '\u202E';

        var address = Assert.Throws<FormatException>(() => RegistryAddress.Parse("harbor" + Override + ".corp"));
        ImageReference.TryParse("team/a" + Override + "pp:1", out _, out var path);
        ImageReference.TryParse("team/app@sha256:" + new string('a', 63) + Override, out _, out var digest);

        foreach (var message in new[] { address.Message, path!.Message, digest!.Message })
        {
            Assert.DoesNotContain(Override, message);
            Assert.Contains("U+202E", message, StringComparison.Ordinal);
        }
    }
}
