using Eci.ImagePull;

namespace Eci.ImagePull.Tests.Robustness;

/// <summary>
/// Properties of <see cref="ImageReference"/> over generated input: <c>TryParse</c> never throws, <c>Parse</c> throws only
/// <see cref="ImageReferenceFormatException"/> (and <see cref="ArgumentNullException"/> for null), both agree, what is
/// accepted is printable ASCII and round-trips, and look-alike characters are never taken for the real ones.
/// </summary>
public class ImageReferenceFuzzTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static readonly string[] Seeds =
    {
        "nginx",
        "nginx:1.27",
        "library/nginx:latest",
        "docker.io/library/nginx",
        "index.docker.io/team/app",
        "registry.example.com:5000/team/app:v1",
        "192.168.1.10:5000/lab/web:2.3",
        "harbor.lab.local:80/app",
        "[::1]:5000/app",
        "[fd00::1]/a/b/c:tag",
        "[2001:db8:0:0:0:0:0:1]:443/team/app",
        "localhost/app",
        "localhost:5000/app@" + Digest,
        "registry-vpc.cn-hangzhou.aliyuncs.com/ns/app:1",
        "a.b/c_d__e.f-g:T_1",
        "app@" + Digest,
        "registry.example.com/team/app:v1@" + Digest,
    };

    public static readonly string[] IPv6Forms =
    {
        "[::1]/app", "[::1]:5000/app", "[::]/app", "[fe80::1%eth0]:5000/app", "[fe80::1%25eth0]/app",
        "[::ffff:192.168.1.1]/app", "[2001:0db8:0000:0000:0000:0000:0000:0001]/app", "[FD00::1]:5000/app",
        "[1:2:3:4:5:6:7:8:9]/app", "[1::2::3]/app", "[12345::]/app", "[:::]/app", "[::1/app", "::1]/app",
        "[::1]x/app", "[]/app", "[ ::1 ]/app", "[::1]:0/app", "[::1]:65536/app", "[::1]:/app", "::1/app",
        "fe80::1/app", "[::1]", "[::1]:5000", "[\uFF1A\uFF1A1]/app", "[::1]\uFF1A5000/app",
    };

    [Fact]
    public void Mutations_of_valid_references_keep_the_contract() =>
        FuzzText.WithinHangGuard(() =>
        {
            foreach (string text in FuzzText.Mutations(Seeds, 15_000, seed: 1))
            {
                AssertContract(text);
            }
        });

    [Fact]
    public void Random_strings_keep_the_contract() =>
        FuzzText.WithinHangGuard(() =>
        {
            foreach (string text in FuzzText.RandomStrings(10_000, 64, seed: 2))
            {
                AssertContract(text);
            }
        });

    [Fact]
    public void Look_alikes_and_control_characters_are_never_accepted_in_place_of_grammar_characters() =>
        FuzzText.WithinHangGuard(() =>
        {
            foreach (string seed in Seeds)
            {
                foreach (string text in FuzzText.Substitutions(seed))
                {
                    AssertContract(text);
                    Assert.False(ImageReference.TryParse(text, out _), Show(text));
                }
            }
        });

    [Fact]
    public void IPv6_forms_keep_the_contract_and_only_bracketed_plain_hex_is_a_registry()
    {
        foreach (string text in IPv6Forms)
        {
            AssertContract(text);
            if (ImageReference.TryParse(text, out ImageReference? reference) && reference.Registry.StartsWith("[", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("%", reference.Registry, StringComparison.Ordinal);
                Assert.DoesNotContain(".", reference.Registry, StringComparison.Ordinal);
            }
        }

        Assert.True(ImageReference.TryParse("[::1]:5000/app", out ImageReference? loopback));
        Assert.Equal("[::1]:5000", loopback.Registry);
        Assert.False(ImageReference.TryParse("[fe80::1%eth0]:5000/app", out _));
    }

    public static TheoryData<string, string> MegabyteInputs() => new()
    {
        { "random", FuzzText.RandomMegabyte(seed: 3) },
        { "one long name", new string('a', FuzzText.OneMegabyte) },
        { "many components", FuzzText.Repeat("a/", FuzzText.OneMegabyte) + "a" },
        { "long host", FuzzText.Repeat("a.", FuzzText.OneMegabyte) + "com/app" },
        { "long tag", "nginx:" + new string('t', FuzzText.OneMegabyte) },
        { "long digest", "nginx@sha256:" + new string('0', FuzzText.OneMegabyte) },
        { "colons", new string(':', FuzzText.OneMegabyte) },
        { "look-alikes", FuzzText.Repeat(new string(FuzzText.LookAlikes), FuzzText.OneMegabyte) },
        { "controls", FuzzText.Repeat(new string(FuzzText.Controls), FuzzText.OneMegabyte) },
        { "ipv6 groups", "[" + FuzzText.Repeat("0:", FuzzText.OneMegabyte) + "1]/app" },
    };

    [Theory]
    [MemberData(nameof(MegabyteInputs), DisableDiscoveryEnumeration = true)]
    public void A_megabyte_of_input_completes_and_keeps_the_contract(string label, string text) =>
        FuzzText.WithinHangGuard(() =>
        {
            AssertContract(text);
            if (!ImageReference.TryParse(text, out _, out ImageReferenceFormatException? error))
            {
                Assert.True(error.Message.Length < 2_000, label + ": message of " + error.Message.Length + " characters");
            }
        });

    [Fact]
    public void Null_is_the_only_argument_error()
    {
        Assert.False(ImageReference.TryParse(null, out _));
        Assert.False(ImageReference.TryParse(null, out _, out ImageReferenceFormatException? error));
        Assert.NotNull(error);
        Assert.Throws<ArgumentNullException>(() => ImageReference.Parse(null!));
    }

    /// <summary>The contract every input must keep; messages name the input escaped, so a failure is readable.</summary>
    internal static void AssertContract(string text)
    {
        bool quick;
        bool detailed;
        ImageReference? reference;
        ImageReferenceFormatException? error;
        try
        {
            quick = ImageReference.TryParse(text, out ImageReference? _);
            detailed = ImageReference.TryParse(text, out reference, out error);
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException("TryParse threw for " + Show(text) + ": " + ex);
        }

        Assert.True(quick == detailed, Show(text));
        try
        {
            ImageReference parsed = ImageReference.Parse(text);
            Assert.True(detailed, "Parse accepted what TryParse refused: " + Show(text));
            Assert.Equal(reference, parsed);
        }
        catch (ImageReferenceFormatException thrown)
        {
            Assert.False(detailed, "Parse refused what TryParse accepted: " + Show(text));
            Assert.Equal(error!.Error, thrown.Error);
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException("Parse threw " + ex.GetType().Name + " for " + Show(text) + ": " + ex);
        }

        if (detailed)
        {
            // Docker's grammar is ASCII: anything accepted is printable ASCII, so no look-alike got through.
            Assert.True(text.All(c => c > ' ' && c < '\u007F'), "accepted non-ASCII or invisible text: " + Show(text));
            Assert.Equal(reference, ImageReference.Parse(reference!.ToString()));
            Assert.Equal(reference, ImageReference.Parse(reference.ToFamiliarString()));
        }
        else if (error!.Suggestion != null)
        {
            Assert.True(ImageReference.TryParse(error.Suggestion, out _), "suggestion does not parse: " + Show(error.Suggestion));
        }
    }

    /// <summary>The input with invisible and non-ASCII characters escaped, cut to a readable length.</summary>
    internal static string Show(string text)
    {
        string shown = string.Concat(text.Take(200).Select(c => c >= ' ' && c < '\u007F' ? c.ToString() : "\\u" + ((int)c).ToString("X4")));
        return "\"" + shown + "\"" + (text.Length > 200 ? " (" + text.Length + " characters)" : string.Empty);
    }
}
