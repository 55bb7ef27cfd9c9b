using System.Text;
using Eci.ImagePull.Registry;

namespace Eci.ImagePull.Tests.Registry;

public sealed class ContentDigestTests
{
    private const string EmptySha256 = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Theory]
    [InlineData(EmptySha256, true)]
    [InlineData("sha256:E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", false)]
    [InlineData("sha256:e3b0", false)]
    [InlineData("md5:d41d8cd98f00b204e9800998ecf8427e", false)]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_accepts_only_well_formed_supported_digests(string? text, bool valid) =>
        Assert.Equal(valid, ContentDigest.TryParse(text, out _));

    [Fact]
    public void Sha512_digests_are_computed_with_sha512()
    {
        var content = Encoding.UTF8.GetBytes("layer");
        var sha512 = ContentDigest.Parse("sha512:" + new string('0', 128));
        var computed = sha512.Compute(content);
        Assert.Equal("sha512", computed.Algorithm);
        Assert.Equal(128, computed.Hex.Length);
    }

    [Fact]
    public void Incremental_hash_equals_one_shot_hash()
    {
        var content = Encoding.UTF8.GetBytes("some blob content");
        var expected = ContentDigest.Sha256Of(content);
        using var hash = expected.CreateHash();
        hash.AppendData(content, 0, 5);
        hash.AppendData(content, 5, content.Length - 5);
        Assert.Equal(expected, expected.Finish(hash));
        Assert.Equal(EmptySha256, ContentDigest.Sha256Of(Array.Empty<byte>()).ToString());
    }

    [Fact]
    public void Parse_error_names_the_text()
    {
        var error = Assert.Throws<FormatException>(() => ContentDigest.Parse("sha256:xyz"));
        Assert.Contains("'sha256:xyz'", error.Message);
    }
}
