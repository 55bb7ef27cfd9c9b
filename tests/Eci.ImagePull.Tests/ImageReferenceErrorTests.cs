namespace Eci.ImagePull.Tests;

/// <summary>Rejections: the error category for every rule of registry-facts.md §1, the messages, and the suggestions.</summary>
public class ImageReferenceErrorTests
{
    private const string Hex64 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private const string Hex64Upper = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";

    public static TheoryData<string, ImageReferenceError> Rejections() => new()
    {
        // Empty and white space.
        { "", ImageReferenceError.Empty },
        { "   ", ImageReferenceError.Empty },
        { "\t\r\n", ImageReferenceError.Empty },
        { " nginx", ImageReferenceError.InvalidFormat },
        { "nginx\n", ImageReferenceError.InvalidFormat },
        { "nginx:1 ", ImageReferenceError.InvalidFormat },
        // A scheme is never part of a reference; "http:/" without "//" is a (bad) host instead.
        { "http://192.168.1.10:5000/app", ImageReferenceError.SchemeNotAllowed },
        { "https://registry.example.com/app", ImageReferenceError.SchemeNotAllowed },
        { "HTTP://h/app", ImageReferenceError.SchemeNotAllowed },
        { "docker://nginx", ImageReferenceError.SchemeNotAllowed },
        { "oci+layout://x", ImageReferenceError.SchemeNotAllowed },
        { "http://", ImageReferenceError.SchemeNotAllowed },
        { "http:/h/app", ImageReferenceError.InvalidFormat },
        { "http:h/app", ImageReferenceError.InvalidFormat },
        // A bare 64-hex image ID.
        { Hex64, ImageReferenceError.ImageIdNotAllowed },
        // Repository path components: lower-case alphanumerics joined by '.', '_', '__' or a run of '-'.
        { "a..b", ImageReferenceError.InvalidFormat },
        { "a___b", ImageReferenceError.InvalidFormat },
        { "a_.b", ImageReferenceError.InvalidFormat },
        { "a._b", ImageReferenceError.InvalidFormat },
        { "a-.b", ImageReferenceError.InvalidFormat },
        { "a.-b", ImageReferenceError.InvalidFormat },
        { "a-_b", ImageReferenceError.InvalidFormat },
        { ".a", ImageReferenceError.InvalidFormat },
        { "a.", ImageReferenceError.InvalidFormat },
        { "_a", ImageReferenceError.InvalidFormat },
        { "a_", ImageReferenceError.InvalidFormat },
        { "__a", ImageReferenceError.InvalidFormat },
        { "-a", ImageReferenceError.InvalidFormat },
        { "a-", ImageReferenceError.InvalidFormat },
        { "a--", ImageReferenceError.InvalidFormat },
        { "foo/-bar", ImageReferenceError.InvalidFormat },
        { "foo/bar-", ImageReferenceError.InvalidFormat },
        { "a//b", ImageReferenceError.InvalidFormat },
        { "/a", ImageReferenceError.InvalidFormat },
        { "a/", ImageReferenceError.InvalidFormat },
        { "a b", ImageReferenceError.InvalidFormat },
        { "a!b", ImageReferenceError.InvalidFormat },
        { "a\u0001b", ImageReferenceError.InvalidFormat },
        { "caf\u00e9", ImageReferenceError.InvalidFormat },
        { "Foo!", ImageReferenceError.InvalidFormat },
        // Missing repository.
        { ":latest", ImageReferenceError.InvalidFormat },
        { "@sha256:" + Hex64, ImageReferenceError.InvalidFormat },
        { "localhost/", ImageReferenceError.InvalidFormat },
        { "localhost/:v1", ImageReferenceError.InvalidFormat },
        { "example.com/@sha256:" + Hex64, ImageReferenceError.InvalidFormat },
        // Upper case in the repository path (the host may have it, the tag may have it).
        { "Foo", ImageReferenceError.UppercaseRepository },
        { "foo/Bar", ImageReferenceError.UppercaseRepository },
        { "Foo.com/Bar", ImageReferenceError.UppercaseRepository },
        { "localhost/Foo:Tag", ImageReferenceError.UppercaseRepository },
        { "Foo_bar/x", ImageReferenceError.UppercaseRepository },
        { Hex64Upper, ImageReferenceError.UppercaseRepository },
        // Registry hosts: DNS labels, bracketed IPv6, decimal port.
        { "foo_bar.com/x", ImageReferenceError.InvalidFormat },
        { "Foo_/x", ImageReferenceError.InvalidFormat },
        { "-a.com/x", ImageReferenceError.InvalidFormat },
        { "a-.com/x", ImageReferenceError.InvalidFormat },
        { "a..com/x", ImageReferenceError.InvalidFormat },
        { ".a.com/x", ImageReferenceError.InvalidFormat },
        { "a.com./x", ImageReferenceError.InvalidFormat },
        { "host:/a", ImageReferenceError.InvalidFormat },
        { "host:5a/a", ImageReferenceError.InvalidFormat },
        { "host:-1/a", ImageReferenceError.InvalidFormat },
        { "host:5000:6000/a", ImageReferenceError.InvalidFormat },
        { ":5000/a", ImageReferenceError.InvalidFormat },
        { "::1/a", ImageReferenceError.InvalidFormat },
        { "[fe80::1%eth0]:5000/a", ImageReferenceError.InvalidFormat },
        { "[fe80::1%25eth0]/a", ImageReferenceError.InvalidFormat },
        { "[::ffff:192.168.0.1]/a", ImageReferenceError.InvalidFormat },
        { "[::1/a", ImageReferenceError.InvalidFormat },
        { "[]/a", ImageReferenceError.InvalidFormat },
        { "[]:5000/a", ImageReferenceError.InvalidFormat },
        { "[::g]/a", ImageReferenceError.InvalidFormat },
        { "[::1]x/a", ImageReferenceError.InvalidFormat },
        { "[::1]:/a", ImageReferenceError.InvalidFormat },
        { "[::1]:5000", ImageReferenceError.InvalidFormat },
        { "[fd00123123123]/a", ImageReferenceError.InvalidFormat }, // no ':' or '.': a Hub path, and '[' is not allowed there
        { "h\u00f6st.com/a", ImageReferenceError.InvalidFormat },
        // Tags.
        { "nginx:v1!", ImageReferenceError.InvalidTag },
        { "nginx:", ImageReferenceError.InvalidTag },
        { "nginx:.v1", ImageReferenceError.InvalidTag },
        { "nginx:-v1", ImageReferenceError.InvalidTag },
        { "nginx:1:2", ImageReferenceError.InvalidTag },
        { "foo/bar:a/b", ImageReferenceError.InvalidTag },
        { "nginx:a/b", ImageReferenceError.InvalidFormat }, // "nginx:a" is read as a host with a bad port
        { "nginx:v\u00e9", ImageReferenceError.InvalidTag },
        { "nginx:" + new string('t', 129), ImageReferenceError.InvalidTag },
        { "localhost:5000:v1", ImageReferenceError.InvalidTag },
        // Digests: shape, registered algorithm, exact length, lower-case hex.
        { "nginx@", ImageReferenceError.InvalidDigestFormat },
        { "nginx:v1@", ImageReferenceError.InvalidDigestFormat },
        { "nginx@sha256", ImageReferenceError.InvalidDigestFormat },
        { "nginx@:" + Hex64, ImageReferenceError.InvalidDigestFormat },
        { "nginx@sha256:", ImageReferenceError.InvalidDigestFormat },
        { "nginx@sha256:" + Hex64.Substring(0, 62) + "zz", ImageReferenceError.InvalidDigestFormat },
        { "nginx@sha256:" + Hex64Upper, ImageReferenceError.InvalidDigestFormat },
        { "nginx@sha256:" + Hex64.Substring(0, 63) + "A", ImageReferenceError.InvalidDigestFormat },
        { "nginx@1sha:" + Hex64, ImageReferenceError.InvalidDigestFormat },
        { "nginx@sha-:" + Hex64, ImageReferenceError.InvalidDigestFormat },
        { "nginx@sha 256:" + Hex64, ImageReferenceError.InvalidDigestFormat },
        { "nginx@sha256:" + Hex64 + "@sha256:" + Hex64, ImageReferenceError.InvalidDigestFormat },
        { "nginx@sha256:" + Hex64 + ":v1", ImageReferenceError.InvalidDigestFormat },
        { "nginx@sha256:" + Hex64.Substring(1), ImageReferenceError.InvalidDigestLength },
        { "nginx@sha256:" + Hex64 + "0", ImageReferenceError.InvalidDigestLength },
        { "nginx@sha256:abc", ImageReferenceError.InvalidDigestLength },
        { "nginx@sha256:" + Hex64 + Hex64, ImageReferenceError.InvalidDigestLength },
        { "nginx@sha384:" + Hex64, ImageReferenceError.InvalidDigestLength },
        { "nginx@sha512:" + Hex64 + Hex64.Substring(1), ImageReferenceError.InvalidDigestLength },
        { "nginx@md5:" + Hex64.Substring(32), ImageReferenceError.UnsupportedDigestAlgorithm },
        { "nginx@sha1:" + Hex64.Substring(24), ImageReferenceError.UnsupportedDigestAlgorithm },
        { "nginx@SHA256:" + Hex64, ImageReferenceError.UnsupportedDigestAlgorithm },
        { "nginx@sha256+b64u:" + Hex64, ImageReferenceError.UnsupportedDigestAlgorithm },
        { "nginx@blake3:" + Hex64, ImageReferenceError.UnsupportedDigestAlgorithm },
        // Length of the path alone; Docker Hub's library/ prefix counts.
        { new string('a', 248), ImageReferenceError.NameTooLong },
        { "registry.example.com/" + new string('a', 256), ImageReferenceError.NameTooLong },
        { "ns/" + new string('a', 253), ImageReferenceError.NameTooLong },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void TryParse_rejects_with_the_error_of_the_broken_rule(string text, ImageReferenceError expected)
    {
        bool parsed = ImageReference.TryParse(text, out ImageReference? reference, out ImageReferenceFormatException? error);

        Assert.False(parsed);
        Assert.Null(reference);
        Assert.Equal(expected, error!.Error);
        Assert.Same(text, error.Input);
        Assert.False(ImageReference.TryParse(text, out ImageReference? viaShortOverload));
        Assert.Null(viaShortOverload);
    }

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Parse_throws_the_same_error_that_TryParse_returns(string text, ImageReferenceError expected)
    {
        ImageReference.TryParse(text, out _, out ImageReferenceFormatException? returned);

        var thrown = Assert.Throws<ImageReferenceFormatException>(() => ImageReference.Parse(text));

        Assert.Equal(expected, thrown.Error);
        Assert.Equal(returned!.Message, thrown.Message);
        Assert.Equal(returned.Suggestion, thrown.Suggestion);
        Assert.IsAssignableFrom<FormatException>(thrown);
    }

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Messages_quote_the_input_and_end_as_a_sentence(string text, ImageReferenceError expected)
    {
        ImageReference.TryParse(text, out _, out ImageReferenceFormatException? error);

        Assert.Equal(expected, error!.Error);
        Assert.EndsWith(".", error.Message, StringComparison.Ordinal);
        if (text.Length > 0)
        {
            // Characters outside printable ASCII are shown as code points (look-alikes visible), so compare with that form.
            string visible = string.Concat(text.Select(c => c >= ' ' && c < '\u007F' ? c.ToString() : "\\u" + ((int)c).ToString("X4")));
            string shown = visible.Length > 200 ? visible.Substring(0, 200) : visible;
            Assert.Contains("'" + shown, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Rejections))]
    public void A_suggestion_is_always_a_valid_reference(string text, ImageReferenceError expected)
    {
        ImageReference.TryParse(text, out _, out ImageReferenceFormatException? error);

        Assert.Equal(expected, error!.Error);
        if (error.Suggestion != null)
        {
            Assert.True(ImageReference.TryParse(error.Suggestion, out _), error.Suggestion);
            Assert.Contains("write '", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nginx:v1!",
        "Invalid tag 'v1!' in image 'nginx:v1!': a tag is 1-128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'.")]
    [InlineData("http://192.168.1.10:5000/app",
        "Image 'http://192.168.1.10:5000/app' starts with the scheme 'http://'; an image reference never carries a scheme: write '192.168.1.10:5000/app'.")]
    [InlineData("http://h/a!",
        "Image 'http://h/a!' starts with the scheme 'http://'; an image reference never carries a scheme: remove 'http://'.")]
    [InlineData("",
        "Image reference is empty.")]
    [InlineData(" nginx",
        "Image ' nginx' starts with white space, which is never part of an image reference: write 'nginx'.")]
    [InlineData("foo/Bar:Tag",
        "Repository 'foo/Bar' in image 'foo/Bar:Tag' contains upper-case letters; repository names must be lower case: write 'foo/bar:Tag'.")]
    [InlineData("a..b",
        "Invalid repository 'a..b' in image 'a..b': the component 'a..b' joins letters or digits with '..', which is not a separator; "
        + "a repository is one or more components separated by '/', each of lower-case letters and digits, which may be joined by '.', '_', '__' or one or more '-'.")]
    [InlineData("foo/-bar",
        "Invalid repository 'foo/-bar' in image 'foo/-bar': the component '-bar' starts with '-'; "
        + "a repository is one or more components separated by '/', each of lower-case letters and digits, which may be joined by '.', '_', '__' or one or more '-'.")]
    [InlineData("foo_bar.com/x",
        "Invalid registry host 'foo_bar.com' in image 'foo_bar.com/x' (the part before the first '/' names a registry because it contains '.'): "
        + "the label 'foo_bar' contains '_', which host names never contain; a host name label is letters, digits and inner '-'.")]
    [InlineData("[fe80::1%eth0]:5000/a",
        "Invalid registry host '[fe80::1%eth0]:5000' in image '[fe80::1%eth0]:5000/a' (the part before the first '/' names a registry because it contains ':'): "
        + "IPv6 zone ids such as '%eth0' are not allowed.")]
    [InlineData("::1/a",
        "Invalid registry host '::1' in image '::1/a' (the part before the first '/' names a registry because it contains ':'): "
        + "it contains more than one ':'; an IPv6 address must be written in brackets, as in '[::1]:5000'.")]
    [InlineData("localhost/",
        "Image 'localhost/' names the registry 'localhost' but no repository after the '/'.")]
    [InlineData("@sha256:" + Hex64,
        "Image '@sha256:" + Hex64 + "' has no repository name before '@'.")]
    [InlineData("nginx@md5:0123456789abcdef0123456789abcdef",
        "Unsupported digest algorithm 'md5' in image 'nginx@md5:0123456789abcdef0123456789abcdef': only sha256, sha384 and sha512 digests are accepted.")]
    [InlineData("nginx@sha384:" + Hex64,
        "Invalid digest 'sha384:" + Hex64 + "' in image 'nginx@sha384:" + Hex64 + "': "
        + "it has 64 hexadecimal digits; a sha384 digest has 96 lower-case hexadecimal digits (64 digits would be a sha256 digest).")]
    [InlineData("nginx@sha256:" + Hex64Upper,
        "Invalid digest 'sha256:" + Hex64Upper + "' in image 'nginx@sha256:" + Hex64Upper + "': "
        + "its hexadecimal digits must be lower case: write 'nginx@sha256:" + Hex64 + "'.")]
    [InlineData(Hex64,
        "Image '" + Hex64 + "' is a bare 64-digit hexadecimal image ID, which Docker refuses as a name; "
        + "name the image by repository, with a tag or a digest, as in 'nginx:1.27' or 'nginx@sha256:<64 hex digits>'.")]
    public void Messages_name_the_offending_part_and_the_rule(string text, string message)
    {
        var error = Assert.Throws<ImageReferenceFormatException>(() => ImageReference.Parse(text));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("a\u0001b", "U+0001")]
    [InlineData("caf\u00e9", "'\u00e9' (U+00E9)")]
    [InlineData("a b", "a space")]
    [InlineData("[::g]/a", "'g'")]
    [InlineData("nginx@sha256:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeq", "'q'")]
    [InlineData("[::ffff:192.168.0.1]/a", "dotted IPv4")]
    [InlineData("[::1/a", "closing ']'")]
    [InlineData("host:5a/a", "'5a' is not a decimal number")]
    [InlineData("a-.com/x", "'a-' ends with '-'")]
    [InlineData("a..com/x", "empty label")]
    [InlineData("[::1]:5000", "a registry alone is not an image")]
    [InlineData("Foo!", "upper-case letters are not allowed either")]
    [InlineData("a___b", "'___'")]
    [InlineData("a//b", "'//'")]
    [InlineData("nginx@sha-:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "ends with a separator")]
    public void Messages_point_at_the_exact_defect(string text, string fragment)
    {
        ImageReference.TryParse(text, out _, out ImageReferenceFormatException? error);

        Assert.Contains(fragment, error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_too_long_tag_message_gives_its_length()
    {
        string tag = new string('t', 129);

        var error = Assert.Throws<ImageReferenceFormatException>(() => ImageReference.Parse("nginx:" + tag));

        Assert.Equal(
            "Invalid tag '" + tag + "' in image 'nginx:" + tag + "': it has 129 characters; "
            + "a tag is 1-128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'.",
            error.Message);
    }

    [Fact]
    public void NameTooLong_counts_the_path_only_and_says_so()
    {
        string path = "ns/" + new string('a', 253);

        ImageReference.TryParse("registry.example.com/" + path, out _, out ImageReferenceFormatException? error);

        Assert.Equal(ImageReferenceError.NameTooLong, error!.Error);
        Assert.Contains(
            "is 256 characters long; a repository path may have at most 255 characters (the registry host is not counted).",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Lower_casing_a_path_that_is_then_too_long_suggests_nothing()
    {
        string text = "A" + new string('a', 300);

        ImageReference.TryParse(text, out _, out ImageReferenceFormatException? error);

        Assert.Equal(ImageReferenceError.UppercaseRepository, error!.Error);
        Assert.Null(error.Suggestion);
        Assert.EndsWith("repository names must be lower case.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NameTooLong_for_a_single_hub_name_mentions_the_library_prefix()
    {
        ImageReference.TryParse(new string('a', 248), out _, out ImageReferenceFormatException? error);

        Assert.Equal(ImageReferenceError.NameTooLong, error!.Error);
        Assert.Contains("256 characters long with the 'library/' prefix Docker Hub adds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://192.168.1.10:5000/app", "192.168.1.10:5000/app")]
    [InlineData("https://registry.example.com/team/app:1", "registry.example.com/team/app:1")]
    [InlineData("docker://nginx", "nginx")]
    [InlineData("http://h/App", "h/app")]
    [InlineData(" http://h/App ", "h/app")]
    [InlineData(" nginx", "nginx")]
    [InlineData("nginx:latest\r\n", "nginx:latest")]
    [InlineData("Foo", "foo")]
    [InlineData("foo/Bar:Tag", "foo/bar:Tag")]
    [InlineData("Foo.com/Bar/Baz", "Foo.com/bar/baz")]
    [InlineData("[::1]:5000/App", "[::1]:5000/app")]
    [InlineData("Foo_bar/x", "foo_bar/x")]
    [InlineData("nginx@sha256:" + Hex64Upper, "nginx@sha256:" + Hex64)]
    [InlineData("nginx@SHA256:" + Hex64, "nginx@sha256:" + Hex64)]
    [InlineData("nginx@SHA256:" + Hex64Upper, "nginx@sha256:" + Hex64)]
    [InlineData("HTTP://Registry.Example.com/My/App:V1@SHA256:" + Hex64Upper, "Registry.Example.com/my/app:V1@sha256:" + Hex64)]
    public void Unambiguous_fixes_are_suggested(string text, string suggestion)
    {
        ImageReference.TryParse(text, out _, out ImageReferenceFormatException? error);

        Assert.Equal(suggestion, error!.Suggestion);
        Assert.EndsWith("write '" + suggestion + "'.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://")]
    [InlineData("http://h/a!")]
    [InlineData("Nginx:v1!")]
    [InlineData(Hex64Upper)]
    [InlineData("Foo_/x")]
    [InlineData("foo_bar.com/x")]
    [InlineData("nginx:v1!")]
    [InlineData("nginx@md5:0123456789abcdef0123456789abcdef")]
    [InlineData("nginx@SHA1:0123456789abcdef0123456789abcdef01234567")]
    [InlineData("nginx@sha256:abc")]
    [InlineData("   ")]
    public void No_suggestion_when_no_unambiguous_fix_gives_a_valid_reference(string text)
    {
        ImageReference.TryParse(text, out _, out ImageReferenceFormatException? error);

        Assert.Null(error!.Suggestion);
        Assert.DoesNotContain("write '", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://192.168.1.10:5000/app", "http")]
    [InlineData("https://registry.example.com/app", "https")]
    [InlineData("HTTPS://registry.example.com/app", "https")]
    [InlineData("docker://nginx", "docker")]
    [InlineData("oci+layout://x", "oci+layout")]
    public void Scheme_reports_the_protocol_the_input_named(string text, string scheme)
    {
        ImageReference.TryParse(text, out _, out ImageReferenceFormatException? error);

        Assert.Equal(ImageReferenceError.SchemeNotAllowed, error!.Error);
        Assert.Equal(scheme, error.Scheme);
    }

    [Theory]
    [InlineData(" http://h/app")]
    [InlineData("http:/h/app")]
    [InlineData("nginx:v1!")]
    [InlineData("localhost:5000/App")]
    public void Scheme_is_null_unless_the_error_is_SchemeNotAllowed(string text)
    {
        ImageReference.TryParse(text, out _, out ImageReferenceFormatException? error);

        Assert.NotEqual(ImageReferenceError.SchemeNotAllowed, error!.Error);
        Assert.Null(error.Scheme);
    }

    [Fact]
    public void Parse_null_throws_ArgumentNullException()
    {
        var error = Assert.Throws<ArgumentNullException>(() => ImageReference.Parse(null!));

        Assert.Equal("text", error.ParamName);
    }

    [Fact]
    public void TryParse_null_fails_with_Empty_and_no_input()
    {
        Assert.False(ImageReference.TryParse(null, out ImageReference? reference));
        Assert.Null(reference);

        Assert.False(ImageReference.TryParse(null, out reference, out ImageReferenceFormatException? error));
        Assert.Null(reference);
        Assert.Equal(ImageReferenceError.Empty, error.Error);
        Assert.Null(error.Input);
        Assert.Null(error.Suggestion);
        Assert.Equal("Image reference is null.", error.Message);
    }

    [Fact]
    public void The_public_constructor_keeps_what_it_is_given()
    {
        var error = new ImageReferenceFormatException(ImageReferenceError.SchemeNotAllowed, "m", "https://h/app", "h/app");

        Assert.Equal(ImageReferenceError.SchemeNotAllowed, error.Error);
        Assert.Equal("m", error.Message);
        Assert.Equal("https://h/app", error.Input);
        Assert.Equal("h/app", error.Suggestion);
        Assert.Equal("https", error.Scheme);
        Assert.Null(new ImageReferenceFormatException(ImageReferenceError.InvalidTag, "m", "x").Suggestion);
    }
}
