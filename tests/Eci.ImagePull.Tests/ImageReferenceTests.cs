namespace Eci.ImagePull.Tests;

/// <summary>Normalization of valid references: which registry, which repository, tag and digest (registry-facts.md §1.2).</summary>
public class ImageReferenceTests
{
    private const string Sha256 = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Theory]
    // No '/': always Docker Hub, single name under library/, even when it looks like a host.
    [InlineData("nginx", "docker.io", "library/nginx", null)]
    [InlineData("nginx:1.27", "docker.io", "library/nginx", "1.27")]
    [InlineData("localhost", "docker.io", "library/localhost", null)]
    [InlineData("localhost:5000", "docker.io", "library/localhost", "5000")]
    [InlineData("example.com", "docker.io", "library/example.com", null)]
    [InlineData("192.168.0.1", "docker.io", "library/192.168.0.1", null)]
    [InlineData("192.168.0.1:80", "docker.io", "library/192.168.0.1", "80")]
    // First element without '.', ':' or upper case, and not localhost: a Docker Hub namespace.
    [InlineData("foo/bar", "docker.io", "foo/bar", null)]
    [InlineData("test_com/foo", "docker.io", "test_com/foo", null)]
    [InlineData("a/a/a/a", "docker.io", "a/a/a/a", null)]
    [InlineData("library/nginx:stable", "docker.io", "library/nginx", "stable")]
    // localhost is always a registry when a '/' follows.
    [InlineData("localhost/foo", "localhost", "foo", null)]
    [InlineData("localhost:5000/foo", "localhost:5000", "foo", null)]
    [InlineData("localhost:5000/foo/bar:v1", "localhost:5000", "foo/bar", "v1")]
    // '.' or ':' makes a registry; the host keeps the case it was written in.
    [InlineData("example.com/app", "example.com", "app", null)]
    [InlineData("Foo.com/bar", "Foo.com", "bar", null)]
    [InlineData("192.168.0.1/app", "192.168.0.1", "app", null)]
    [InlineData("192.168.1.10:5000/app:v2", "192.168.1.10:5000", "app", "v2")]
    [InlineData("myhost:5000/team/app", "myhost:5000", "team/app", null)]
    [InlineData("a-b.c/x", "a-b.c", "x", null)]
    [InlineData("a.b.c.d.e/x", "a.b.c.d.e", "x", null)]
    [InlineData("xn--bcher-kva.example/foo", "xn--bcher-kva.example", "foo", null)]
    [InlineData("xn--80ak6aa92e.com:5000/app", "xn--80ak6aa92e.com:5000", "app", null)]
    [InlineData("registry-1.docker.io/foo", "registry-1.docker.io", "foo", null)]
    // Upper case in the first element: repository names cannot have it, so it is a host.
    [InlineData("FOO/bar", "FOO", "bar", null)]
    [InlineData("Foo/bar:Tag", "Foo", "bar", "Tag")]
    // Ports are digits of any length; like Docker, the range is not checked here.
    [InlineData("host:0/a", "host:0", "a", null)]
    [InlineData("host:750050/a", "host:750050", "a", null)]
    // IPv6 literals, in brackets, with or without a port; only the characters are checked.
    [InlineData("[::1]/a", "[::1]", "a", null)]
    [InlineData("[::1]:5000/a", "[::1]:5000", "a", null)]
    [InlineData("[2001:db8::1]:443/team/app:1.0", "[2001:db8::1]:443", "team/app", "1.0")]
    [InlineData("[FD00::1]/a", "[FD00::1]", "a", null)]
    [InlineData("[fd00123123123]:5000/a", "[fd00123123123]:5000", "a", null)]
    [InlineData("[ABC]/a", "[ABC]", "a", null)]
    // Docker Hub spelled out: index.docker.io becomes docker.io; library/ only for a single component.
    [InlineData("docker.io/foo", "docker.io", "library/foo", null)]
    [InlineData("docker.io/library/foo", "docker.io", "library/foo", null)]
    [InlineData("docker.io/foo/bar", "docker.io", "foo/bar", null)]
    [InlineData("docker.io/library/foo/bar", "docker.io", "library/foo/bar", null)]
    [InlineData("index.docker.io/foo", "docker.io", "library/foo", null)]
    [InlineData("index.docker.io/foo/bar:1", "docker.io", "foo/bar", "1")]
    [InlineData("index.docker.io/library/foo", "docker.io", "library/foo", null)]
    // Docker compares those names case-sensitively: these are other registries, without library/.
    [InlineData("Docker.io/foo", "Docker.io", "foo", null)]
    [InlineData("INDEX.DOCKER.IO/foo", "INDEX.DOCKER.IO", "foo", null)]
    // Hex strings other than a bare 64-digit ID are ordinary names; "sha256:<hex>" is repository sha256 with a tag.
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", "docker.io", "library/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", null)]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0", "docker.io", "library/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0", null)]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef:latest", "docker.io", "library/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "latest")]
    [InlineData("docker.io/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "docker.io", "library/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", null)]
    [InlineData(Sha256, "docker.io", "library/sha256", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Parse_normalizes_registry_repository_and_tag(string text, string registry, string repository, string? tag)
    {
        ImageReference reference = ImageReference.Parse(text);

        Assert.Equal(registry, reference.Registry);
        Assert.Equal(repository, reference.Repository);
        Assert.Equal(tag, reference.Tag);
        Assert.Null(reference.Digest);
        Assert.Equal(registry + "/" + repository, reference.Name);
    }

    [Theory]
    [InlineData("nginx", true)]
    [InlineData("foo/bar", true)]
    [InlineData("docker.io/foo", true)]
    [InlineData("index.docker.io/foo", true)]
    [InlineData("192.168.0.1:80", true)]
    [InlineData("localhost/foo", false)]
    [InlineData("Docker.io/foo", false)]
    [InlineData("registry-1.docker.io/foo", false)]
    [InlineData("docker.io:443/foo", false)]
    [InlineData("example.com/foo", false)]
    public void IsDockerHub_is_true_only_for_the_docker_io_registry(string text, bool expected)
    {
        Assert.Equal(expected, ImageReference.Parse(text).IsDockerHub);
    }

    [Theory]
    [InlineData("nginx@" + Sha256, "docker.io/library/nginx", null)]
    [InlineData("foo/bar:v1@" + Sha256, "docker.io/foo/bar", "v1")]
    [InlineData("localhost:5000/app:latest@" + Sha256, "localhost:5000/app", "latest")]
    [InlineData("[::1]:5000/app@" + Sha256, "[::1]:5000/app", null)]
    public void Parse_keeps_tag_and_digest_together(string text, string name, string? tag)
    {
        ImageReference reference = ImageReference.Parse(text);

        Assert.Equal(name, reference.Name);
        Assert.Equal(tag, reference.Tag);
        Assert.Equal(Sha256, reference.Digest);
    }

    [Theory]
    [InlineData("sha256", 64)]
    [InlineData("sha384", 96)]
    [InlineData("sha512", 128)]
    public void Each_registered_digest_algorithm_is_accepted_at_its_exact_length(string algorithm, int hexLength)
    {
        string digest = algorithm + ":" + new string('e', hexLength - 10) + "0123456789";

        ImageReference reference = ImageReference.Parse("registry.example.com/app@" + digest);

        Assert.Equal(digest, reference.Digest);
        Assert.Null(reference.Tag);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("0")]
    [InlineData("a0z9")]
    [InlineData("a.b")]
    [InlineData("a_b")]
    [InlineData("a__b")]
    [InlineData("a-b")]
    [InlineData("a--b")]
    [InlineData("a---b")]
    [InlineData("a.b_c__d-e--f")]
    [InlineData("1.2.3")]
    [InlineData("a.b/c_d/e__f/g-h")]
    public void Path_components_accept_every_separator_form(string path)
    {
        Assert.Equal("registry.example.com/" + path, ImageReference.Parse("registry.example.com/" + path).Name);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("V1")]
    [InlineData("_x")]
    [InlineData("0")]
    [InlineData("1.0-rc_2")]
    [InlineData("a..--__b")]
    [InlineData("UPPER")]
    public void Tags_accept_letters_digits_underscore_dot_and_dash(string tag)
    {
        Assert.Equal(tag, ImageReference.Parse("nginx:" + tag).Tag);
    }

    [Theory]
    [InlineData("nginx", "docker.io/library/nginx", "nginx", "nginx")]
    [InlineData("nginx:1.27", "docker.io/library/nginx:1.27", "nginx", "nginx:1.27")]
    [InlineData("docker.io/library/nginx:1", "docker.io/library/nginx:1", "nginx", "nginx:1")]
    [InlineData("foo/bar", "docker.io/foo/bar", "foo/bar", "foo/bar")]
    [InlineData("docker.io/library/foo/bar", "docker.io/library/foo/bar", "library/foo/bar", "library/foo/bar")]
    [InlineData("index.docker.io/foo", "docker.io/library/foo", "foo", "foo")]
    [InlineData("localhost:5000/app:v1", "localhost:5000/app:v1", "localhost:5000/app", "localhost:5000/app:v1")]
    [InlineData("Foo.com/bar", "Foo.com/bar", "Foo.com/bar", "Foo.com/bar")]
    [InlineData("Docker.io/library/foo", "Docker.io/library/foo", "Docker.io/library/foo", "Docker.io/library/foo")]
    [InlineData("[::1]:5000/a@" + Sha256, "[::1]:5000/a@" + Sha256, "[::1]:5000/a", "[::1]:5000/a@" + Sha256)]
    [InlineData("192.168.0.1:80", "docker.io/library/192.168.0.1:80", "192.168.0.1", "192.168.0.1:80")]
    // Dropping docker.io/ would turn the first component into a registry, so it stays.
    [InlineData("docker.io/foo.com/bar:t", "docker.io/foo.com/bar:t", "docker.io/foo.com/bar", "docker.io/foo.com/bar:t")]
    [InlineData("docker.io/localhost/foo", "docker.io/localhost/foo", "docker.io/localhost/foo", "docker.io/localhost/foo")]
    [InlineData("docker.io/index.docker.io/foo", "docker.io/index.docker.io/foo", "docker.io/index.docker.io/foo", "docker.io/index.docker.io/foo")]
    public void Canonical_and_familiar_forms(string text, string canonical, string familiarName, string familiarString)
    {
        ImageReference reference = ImageReference.Parse(text);

        Assert.Equal(canonical, reference.ToString());
        Assert.Equal(familiarName, reference.FamiliarName);
        Assert.Equal(familiarString, reference.ToFamiliarString());
    }

    [Fact]
    public void TryParse_returns_the_same_reference_as_Parse()
    {
        Assert.True(ImageReference.TryParse("localhost:5000/app:v1", out ImageReference? simple));
        Assert.True(ImageReference.TryParse("localhost:5000/app:v1", out ImageReference? detailed, out ImageReferenceFormatException? error));

        Assert.Null(error);
        Assert.Equal("localhost:5000/app:v1", simple.ToString());
        Assert.Equal(simple, detailed);
    }
}
