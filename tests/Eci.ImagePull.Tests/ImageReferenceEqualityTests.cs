namespace Eci.ImagePull.Tests;

/// <summary>Equality over the canonical form (registry host case-insensitive) and round trips through the string forms.</summary>
public class ImageReferenceEqualityTests
{
    private const string Sha256 = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("nginx", "docker.io/library/nginx")]
    [InlineData("nginx", "index.docker.io/nginx")]
    [InlineData("nginx", "index.docker.io/library/nginx")]
    [InlineData("nginx", "library/nginx")]
    [InlineData("nginx", "docker.io/nginx")]
    [InlineData("foo/bar:1", "docker.io/foo/bar:1")]
    [InlineData("Example.com/app", "example.com/app")]
    [InlineData("EXAMPLE.COM:5000/app:v1", "example.com:5000/app:v1")]
    [InlineData("[::A]:5000/x", "[::a]:5000/x")]
    [InlineData("Docker.io/library/x", "docker.io/library/x")]
    [InlineData("app@" + Sha256, "docker.io/library/app@" + Sha256)]
    public void Spellings_of_the_same_image_are_equal(string left, string right)
    {
        ImageReference a = ImageReference.Parse(left);
        ImageReference b = ImageReference.Parse(right);

        Assert.True(a.Equals(b));
        Assert.True(b.Equals((object)a));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("nginx", "nginx:latest")]
    [InlineData("nginx:v1", "nginx:V1")]
    [InlineData("nginx", "nginx@" + Sha256)]
    [InlineData("nginx:v1", "nginx:v1@" + Sha256)]
    [InlineData("nginx", "foo/nginx")]
    [InlineData("nginx", "localhost/nginx")]
    [InlineData("localhost/nginx", "localhost:5000/nginx")]
    [InlineData("Docker.io/x", "docker.io/x")] // only the exact docker.io gets library/
    [InlineData("registry-1.docker.io/library/x", "docker.io/library/x")]
    public void Different_images_or_spellings_that_change_meaning_are_not_equal(string left, string right)
    {
        ImageReference a = ImageReference.Parse(left);
        ImageReference b = ImageReference.Parse(right);

        Assert.False(a.Equals(b));
        Assert.False(a == b);
        Assert.True(a != b);
    }

    [Fact]
    public void Null_is_handled_by_Equals_and_the_operators()
    {
        ImageReference a = ImageReference.Parse("nginx");
        ImageReference? none = null;

        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object?)null));
        Assert.False(a.Equals("docker.io/library/nginx"));
        Assert.False(a == none);
        Assert.False(none == a);
        Assert.True(none == null);
        Assert.True(a != none);
    }

    [Fact]
    public void A_hash_set_collapses_equal_references()
    {
        var set = new HashSet<ImageReference>
        {
            ImageReference.Parse("nginx"),
            ImageReference.Parse("docker.io/library/nginx"),
            ImageReference.Parse("index.docker.io/nginx"),
            ImageReference.Parse("Registry.Example.com/app"),
            ImageReference.Parse("registry.example.com/app"),
            ImageReference.Parse("registry.example.com/app:v1"),
        };

        Assert.Equal(3, set.Count);
    }

    [Theory]
    [InlineData("nginx")]
    [InlineData("nginx:1.27")]
    [InlineData("foo/bar")]
    [InlineData("test_com/foo")]
    [InlineData("docker.io/library/foo/bar")]
    [InlineData("docker.io/foo.com/bar")]
    [InlineData("docker.io/localhost/foo")]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("192.168.0.1:80")]
    [InlineData("localhost/foo")]
    [InlineData("localhost:5000/foo:v1")]
    [InlineData("Foo.com/bar")]
    [InlineData("FOO/bar")]
    [InlineData("Docker.io/foo")]
    [InlineData("[::1]:5000/a")]
    [InlineData("xn--bcher-kva.example/foo")]
    [InlineData("registry.example.com/a/b/c:V1@" + Sha256)]
    [InlineData("app@" + Sha256)]
    public void Canonical_and_familiar_strings_parse_back_to_an_equal_reference(string text)
    {
        ImageReference reference = ImageReference.Parse(text);

        ImageReference fromCanonical = ImageReference.Parse(reference.ToString());
        ImageReference fromFamiliar = ImageReference.Parse(reference.ToFamiliarString());

        Assert.Equal(reference, fromCanonical);
        Assert.Equal(reference, fromFamiliar);
        Assert.Equal(reference.ToString(), fromCanonical.ToString());
        Assert.Equal(reference.Registry, fromFamiliar.Registry);
    }
}
