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

    /// <summary>Digests on both sides of every rule: algorithm, length per algorithm, hex case, shape.</summary>
    public static TheoryData<string> Digests() => new()
    {
        "sha256:" + new string('a', 64),
        "sha384:" + new string('b', 96),
        "sha512:" + new string('c', 128),
        "sha256:" + new string('A', 64),
        "sha384:" + new string('b', 64),
        "sha512:" + new string('c', 96),
        "sha256:" + new string('a', 65),
        "sha1:" + new string('d', 40),
        "md5:" + new string('d', 32),
        "SHA256:" + new string('a', 64),
        "sha256:" + new string('g', 64),
        "sha256:",
        "sha256",
        ":" + new string('a', 64),
        "",
    };

    [Theory]
    [MemberData(nameof(Digests))]
    public void Client_accepts_exactly_the_digests_an_image_reference_accepts(string digest)
    {
        var inImage = ImageReference.TryParse("registry.corp.example/team/app@" + digest, out var reference);
        var inClient = ContentDigest.TryParse(digest, out var parsed);

        Assert.Equal(inImage, inClient);
        if (inClient)
        {
            Assert.Equal(reference!.Digest, parsed!.ToString());
        }
    }

    [Theory]
    [InlineData("sha256", 64)]
    [InlineData("sha384", 96)]
    [InlineData("sha512", 128)]
    public void Every_accepted_algorithm_is_computed_with_that_algorithm(string algorithm, int hexLength)
    {
        var content = Encoding.UTF8.GetBytes("layer");
        var digest = ContentDigest.Parse(algorithm + ":" + new string('0', hexLength));

        var computed = digest.Compute(content);
        using var hash = digest.CreateHash();
        hash.AppendData(content);

        Assert.Equal(algorithm, computed.Algorithm);
        Assert.Equal(hexLength, computed.Hex.Length);
        Assert.Equal(computed, digest.Finish(hash));
    }

    [Fact]
    public void Sha384_digest_matches_the_known_hash_of_empty_content()
    {
        const string EmptySha384 = "sha384:38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b";
        var digest = ContentDigest.Parse(EmptySha384);
        Assert.Equal(digest, digest.Compute(Array.Empty<byte>()));
    }

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
