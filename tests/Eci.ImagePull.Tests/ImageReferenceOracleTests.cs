using System.Text;

namespace Eci.ImagePull.Tests;

/// <summary>
/// Differential tests: the hand-written scanner must accept exactly what the regex model of Docker accepts
/// (<see cref="DockerReferenceOracle"/>) and split it into the same parts.
/// </summary>
public class ImageReferenceOracleTests
{
    // Every character class the grammar distinguishes, once each.
    private const string Alphabet = "aB0._-/:@[]";

    [Fact]
    public void Every_string_of_up_to_five_grammar_characters_agrees_with_the_docker_model()
    {
        var mismatches = new List<string>();
        var buffer = new char[5];
        for (int length = 1; length <= 5; length++)
        {
            Enumerate(buffer, 0, length, mismatches);
        }

        Assert.Empty(mismatches.Take(20));
    }

    [Fact]
    public void Random_references_built_from_grammar_fragments_agree_with_the_docker_model()
    {
        var random = new Random(20240611);
        var mismatches = new List<string>();
        int accepted = 0;
        for (int i = 0; i < 40_000; i++)
        {
            string text = RandomReference(random);
            if (Compare(text, mismatches))
            {
                accepted++;
            }
        }

        Assert.Empty(mismatches.Take(20));

        // The generator must exercise both outcomes heavily, or the comparison proves little.
        Assert.InRange(accepted, 4_000, 36_000);
    }

    [Fact]
    public void Long_paths_and_tags_near_the_limits_agree_with_the_docker_model()
    {
        var mismatches = new List<string>();
        foreach (string host in new[] { "", "registry.example.com:5000/", "docker.io/", "localhost/" })
        {
            for (int pathLength = 240; pathLength <= 260; pathLength++)
            {
                string path = new string('a', pathLength);
                string twoComponents = "ns/" + new string('b', pathLength - 3);
                Compare(host + path, mismatches);
                Compare(host + twoComponents, mismatches);
                Compare(host + twoComponents + ":" + new string('t', 128), mismatches);
                Compare(host + "ns/app:" + new string('t', pathLength - 130), mismatches);
            }
        }

        Assert.Empty(mismatches);
    }

    private static void Enumerate(char[] buffer, int position, int length, List<string> mismatches)
    {
        if (position == length)
        {
            Compare(new string(buffer, 0, length), mismatches);
            return;
        }

        foreach (char c in Alphabet)
        {
            buffer[position] = c;
            Enumerate(buffer, position + 1, length, mismatches);
        }
    }

    // Returns whether the text was accepted; records any disagreement.
    private static bool Compare(string text, List<string> mismatches)
    {
        var expected = DockerReferenceOracle.Parse(text);
        bool parsed = ImageReference.TryParse(text, out ImageReference? actual, out ImageReferenceFormatException? error);
        if (expected is null)
        {
            if (parsed)
            {
                mismatches.Add($"{text} : model rejects, library gave {actual}");
            }

            return false;
        }

        if (!parsed)
        {
            mismatches.Add($"{text} : model accepts, library says {error!.Error}: {error.Message}");
            return false;
        }

        var (registry, repository, tag, digest) = expected.Value;
        if (actual!.Registry != registry || actual.Repository != repository || actual.Tag != tag || actual.Digest != digest)
        {
            mismatches.Add($"{text} : model {registry}/{repository}:{tag}@{digest}, library {actual}");
        }

        return true;
    }

    // Fragments come in valid and invalid halves; valid ones are drawn more often so that both outcomes are common.
    private static readonly string[] ValidHosts =
    {
        "", "", "", "localhost/", "localhost:5000/", "index.docker.io/", "docker.io/", "Docker.io/", "example.com/",
        "Foo.com/", "FOO/", "a-b.c/", "xn--bcher-kva.example/", "[::1]/", "[::1]:5000/", "192.168.0.1:80/",
        "host:0/", "[fd00123123123]/", "test_com/", "a/",
    };

    private static readonly string[] InvalidHosts =
    {
        "-ab.c/", "ab-.c/", "a..b/", "[fe80::1%eth0]:5000/", "[::ffff:1.2.3.4]/", "[]/", "[::1/", "host:/",
        "host:50a/", "::1/", "foo_bar.com/", "UPPER_x/", "http://", "https://h/", "/",
    };

    private static readonly string[] ValidComponents =
    {
        "nginx", "foo", "a", "0", "a.b", "a_b", "a__b", "a-b", "a--b", "a---b", "library", "192.168.0.1", "localhost",
        "test_com", "x9",
    };

    private static readonly string[] InvalidComponents =
    {
        "a___b", "a..b", "a_.b", "a-.b", "a._b", ".a", "a.", "_a", "a_", "-a", "a-", "Foo", "fOO", "a b", "a\tb", "\u00e9", "a!b", "",
    };

    private static readonly string[] ValidTags = { "latest", "v1", "V1.2_3-rc", "_x", "5000", new string('t', 128) };

    private static readonly string[] InvalidTags = { ".x", "-x", "", "v1!", "a:b", new string('t', 129), "x/y", "tag " };

    private static readonly string[] DigestAlgorithms =
    {
        "sha256", "sha384", "sha512", "sha256", "sha512", "SHA256", "md5", "sha256+b64", "1sha", "",
    };

    private static string Pick(Random random, string[] valid, string[] invalid) =>
        random.Next(8) == 0 ? invalid[random.Next(invalid.Length)] : valid[random.Next(valid.Length)];

    private static string RandomReference(Random random)
    {
        var text = new StringBuilder();
        text.Append(Pick(random, ValidHosts, InvalidHosts));
        int components = random.Next(1, 4);
        for (int i = 0; i < components; i++)
        {
            if (i > 0)
            {
                text.Append('/');
            }

            text.Append(Pick(random, ValidComponents, InvalidComponents));
        }

        if (random.Next(3) == 0)
        {
            text.Append(':').Append(Pick(random, ValidTags, InvalidTags));
        }

        if (random.Next(4) == 0)
        {
            string algorithm = DigestAlgorithms[random.Next(DigestAlgorithms.Length)];
            int expectedLength = algorithm switch { "sha384" => 96, "sha512" => 128, _ => 64 };
            int hexLength = random.Next(2) == 0 ? expectedLength : new[] { 32, 63, 65, 0 }[random.Next(4)];
            string hexDigits = random.Next(5) == 0 ? "0123456789ABCDEF" : "0123456789abcdef";
            var hex = new StringBuilder();
            for (int i = 0; i < hexLength; i++)
            {
                hex.Append(hexDigits[random.Next(hexDigits.Length)]);
            }

            text.Append('@').Append(algorithm).Append(':').Append(hex);
        }

        // Occasionally damage one character, to reach states the fragments do not.
        if (random.Next(10) == 0 && text.Length > 0)
        {
            const string noise = "aZ9._-/:@[]%# \u00e9";
            text[random.Next(text.Length)] = noise[random.Next(noise.Length)];
        }

        return text.ToString();
    }
}
