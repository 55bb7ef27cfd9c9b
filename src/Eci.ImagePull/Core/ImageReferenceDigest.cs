namespace Eci.ImagePull;

/// <summary>
/// Digest rules: the reference grammar's <c>algorithm ":" hex</c> shape, then the registered algorithms
/// (sha256, sha384, sha512 — the only ones go-digest, and so Docker, accepts) with their exact hex length
/// and lower-case hex digits. The one digest validator: image references (ECI006) and the registry client's
/// <c>ContentDigest</c> both ask it, so an image the analyzer accepts is one the client can pull by digest.
/// </summary>
internal static class ImageReferenceDigest
{
    private const string Shape =
        "a digest is an algorithm and hexadecimal digits separated by ':', such as 'sha256:' followed by 64 lower-case hex digits";

    /// <summary>The number of hex digits a registered algorithm needs, or 0 when the algorithm is not registered.</summary>
    internal static int HexLength(string algorithm)
    {
        switch (algorithm)
        {
            case "sha256": return 64;
            case "sha384": return 96;
            case "sha512": return 128;
            default: return 0;
        }
    }

    /// <summary>True when <paramref name="digest"/> (<c>algorithm:hex</c>, nothing around it) is a digest Docker accepts.</summary>
    internal static bool IsValid(string digest) => Check(digest, 0, inImage: false) == null;

    /// <summary>
    /// Checks the digest that starts at <paramref name="digestStart"/> (just after '@') and runs to the end of
    /// <paramref name="input"/>. Returns <see langword="null"/> when it is valid.
    /// </summary>
    internal static ImageReferenceParseFailure? Check(string input, int digestStart) => Check(input, digestStart, inImage: true);

    /// <summary>
    /// Why <paramref name="digest"/> (<c>algorithm:hex</c> on its own, as a registry or a manifest gives it) is not a
    /// digest Docker accepts, in the words the image grammar uses, or <see langword="null"/> when it is one.
    /// </summary>
    internal static string? Explain(string digest) => Check(digest, 0, inImage: false)?.Problem;

    private static ImageReferenceParseFailure? Check(string input, int digestStart, bool inImage)
    {
        string digest = input.Substring(digestStart);

        // Message parts are built only on failure; a valid digest costs no formatting.
        string Where() => inImage ? " in image " + MessageText.Quote(input) : string.Empty;
        string Invalid() => "Invalid digest " + MessageText.Quote(digest) + Where() + ": ";
        if (digest.Length == 0)
        {
            return Format(Invalid() + (inImage ? "nothing follows '@'; " : "it is empty; ") + Shape);
        }

        int colon = digest.IndexOf(':');
        if (colon < 0)
        {
            return Format(Invalid() + "it has no ':'; " + Shape);
        }

        string algorithm = digest.Substring(0, colon);
        string? algorithmProblem = FindAlgorithmProblem(algorithm);
        if (algorithmProblem != null)
        {
            return Format(Invalid() + algorithmProblem + "; " + Shape);
        }

        string hex = digest.Substring(colon + 1);
        int expected = HexLength(algorithm);
        if (expected == 0)
        {
            return Unsupported(input, digestStart, algorithm, hex, Where());
        }

        string Rule() => "a " + algorithm + " digest has " + expected + " lower-case hexadecimal digits";
        if (hex.Length == 0)
        {
            return Format(Invalid() + "nothing follows " + MessageText.Quote(algorithm + ":") + "; " + Rule());
        }

        foreach (char c in hex)
        {
            if (!ImageReferenceText.IsHexDigit(c))
            {
                return Format(Invalid() + "it contains " + MessageText.DescribeCharacter(c) + ", which is not a hexadecimal digit; " + Rule());
            }
        }

        if (hex.Length != expected)
        {
            return new ImageReferenceParseFailure(
                ImageReferenceError.InvalidDigestLength,
                Invalid() + "it has " + hex.Length + " hexadecimal digits; " + Rule() + LengthHint(algorithm, hex.Length));
        }

        if (ImageReferenceText.HasAsciiUpper(hex))
        {
            string fix = input.Substring(0, digestStart + colon + 1) + ImageReferenceText.ToAsciiLower(hex);
            return new ImageReferenceParseFailure(
                ImageReferenceError.InvalidDigestFormat,
                Invalid() + "its hexadecimal digits must be lower case",
                fix);
        }

        return null;
    }

    private static ImageReferenceParseFailure Unsupported(string input, int digestStart, string algorithm, string hex, string where)
    {
        string problem = "Unsupported digest algorithm " + MessageText.Quote(algorithm) + where
            + ": only sha256, sha384 and sha512 digests are accepted";
        string lower = ImageReferenceText.ToAsciiLower(algorithm);
        if (HexLength(lower) == 0)
        {
            return new ImageReferenceParseFailure(ImageReferenceError.UnsupportedDigestAlgorithm, problem);
        }

        // "SHA256" is the right algorithm spelled in the wrong case; algorithm names are case-sensitive.
        string fix = input.Substring(0, digestStart) + lower + ":" + hex;
        return new ImageReferenceParseFailure(
            ImageReferenceError.UnsupportedDigestAlgorithm,
            problem + ", and algorithm names are lower case",
            fix);
    }

    private static string LengthHint(string algorithm, int length)
    {
        foreach (string other in new[] { "sha256", "sha384", "sha512" })
        {
            if (other != algorithm && HexLength(other) == length)
            {
                return " (" + length + " digits would be a " + other + " digest)";
            }
        }

        return string.Empty;
    }

    // algorithm = component *( ("-" / "_" / "+" / ".") component ), component = letter *( letter / digit )
    private static string? FindAlgorithmProblem(string algorithm)
    {
        if (algorithm.Length == 0)
        {
            return "the algorithm before ':' is missing";
        }

        bool atComponentStart = true;
        foreach (char c in algorithm)
        {
            bool letter = ImageReferenceText.IsAsciiLetter(c);
            bool separator = c == '-' || c == '_' || c == '+' || c == '.';
            bool valid = atComponentStart ? letter : letter || ImageReferenceText.IsAsciiDigit(c) || separator;
            if (!valid)
            {
                return "the algorithm " + MessageText.Quote(algorithm) + " is not an algorithm name (letters and digits, starting with a letter)";
            }

            atComponentStart = separator;
        }

        return atComponentStart
            ? "the algorithm " + MessageText.Quote(algorithm) + " ends with a separator"
            : null;
    }

    private static ImageReferenceParseFailure Format(string message) =>
        new ImageReferenceParseFailure(ImageReferenceError.InvalidDigestFormat, message);
}
