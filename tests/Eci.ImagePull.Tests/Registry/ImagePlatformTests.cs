using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Tests.Registry;

public sealed class ImagePlatformTests
{
    [Theory]
    [InlineData("linux/amd64", "linux", "amd64", null)]
    [InlineData("linux/arm64/v8", "linux", "arm64", "v8")]
    public void Parse_reads_os_architecture_and_variant(string text, string os, string architecture, string? variant)
    {
        var platform = ImagePlatform.Parse(text);
        Assert.Equal((os, architecture, variant), (platform.Os, platform.Architecture, platform.Variant));
        Assert.Equal(text, platform.ToString());
    }

    [Theory]
    [InlineData("linux")]
    [InlineData("linux/")]
    [InlineData("/amd64")]
    [InlineData("linux/arm/v7/extra")]
    [InlineData("")]
    public void TryParse_rejects_malformed_platforms(string text) => Assert.False(ImagePlatform.TryParse(text, out _));

    [Theory]
    [InlineData("linux/arm64", "linux/arm64/v8", true)]
    [InlineData("linux/arm64/v8", "linux/arm64/v8", true)]
    [InlineData("linux/arm/v7", "linux/arm/v6", false)]
    [InlineData("linux/amd64", "windows/amd64", false)]
    [InlineData("linux/amd64", "linux/arm64", false)]
    public void Accepts_requires_os_and_architecture_and_a_requested_variant(string wanted, string candidate, bool accepted) =>
        Assert.Equal(accepted, ImagePlatform.Parse(wanted).Accepts(ImagePlatform.Parse(candidate)));
}
