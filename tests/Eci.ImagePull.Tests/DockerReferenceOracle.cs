using System.Text.RegularExpressions;

namespace Eci.ImagePull.Tests;

/// <summary>
/// An independent model of Docker's <c>ParseNormalizedNamed</c>, built from the distribution/reference regular
/// expressions as restated in docs/registry-facts.md §1 (regexes here, a hand-written scanner in the library), so the
/// two implementations can be compared on many inputs. Test inputs are short, so backtracking cost does not matter.
/// </summary>
internal static class DockerReferenceOracle
{
    private const string Alphanumeric = "[a-z0-9]+";
    private const string Separator = "(?:[._]|__|[-]+)";
    private const string PathComponent = Alphanumeric + "(?:" + Separator + Alphanumeric + ")*";
    private const string RemoteName = PathComponent + "(?:/" + PathComponent + ")*";
    private const string DomainNameComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private const string DomainName = DomainNameComponent + "(?:\\." + DomainNameComponent + ")*";
    private const string IPv6Address = "\\[(?:[a-fA-F0-9:]+)\\]";
    private const string DomainAndPort = "(?:" + DomainName + "|" + IPv6Address + ")(?::[0-9]+)?";
    private const string Name = "(?:" + DomainAndPort + "/)?" + RemoteName;
    private const string Tag = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";
    private const string Digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";

    // \z, not $: .NET's $ also matches before a final newline, Go's does not.
    private static readonly Regex Reference = new("^(" + Name + ")(?::(" + Tag + "))?(?:@(" + Digest + "))?\\z", RegexOptions.CultureInvariant);
    private static readonly Regex AnchoredName = new("^(?:(" + DomainAndPort + ")/)?(" + RemoteName + ")\\z", RegexOptions.CultureInvariant);
    private static readonly Regex Identifier = new("^[a-f0-9]{64}\\z", RegexOptions.CultureInvariant);
    private static readonly Regex LowerHex = new("^[a-f0-9]+\\z", RegexOptions.CultureInvariant);

    /// <summary>What Docker would produce, or <see langword="null"/> when it rejects the text.</summary>
    internal static (string Registry, string Repository, string? Tag, string? Digest)? Parse(string text)
    {
        if (text.Length == 0 || Identifier.IsMatch(text))
        {
            return null;
        }

        (string domain, string remainder) = SplitDockerDomain(text);
        int colon = remainder.IndexOf(':');
        string remote = colon < 0 ? remainder : remainder.Substring(0, colon);
        if (remote.ToLowerInvariant() != remote)
        {
            return null;
        }

        Match match = Reference.Match(domain + "/" + remainder);
        if (!match.Success)
        {
            return null;
        }

        Match name = AnchoredName.Match(match.Groups[1].Value);
        string parsedDomain = name.Groups[1].Value;
        string path = name.Groups[2].Value;
        if (path.Length > 255)
        {
            return null;
        }

        // The library's one deliberate difference: a first element taken as a registry must be a valid host.
        // Docker accepts "foo_bar.com/x" and is then left with no registry at all.
        if (parsedDomain != domain)
        {
            return null;
        }

        string? digest = match.Groups[3].Success ? match.Groups[3].Value : null;
        if (digest != null && !IsRegisteredDigest(digest))
        {
            return null;
        }

        string? tag = match.Groups[2].Success ? match.Groups[2].Value : null;
        return (domain, path, tag, digest);
    }

    // normalize.go splitDockerDomain, transliterated.
    private static (string Domain, string Remainder) SplitDockerDomain(string name)
    {
        int slash = name.IndexOf('/');
        if (slash < 0)
        {
            return ("docker.io", "library/" + name);
        }

        string maybeDomain = name.Substring(0, slash);
        string maybeRemainder = name.Substring(slash + 1);
        string domain;
        string remainder;
        if (maybeDomain == "index.docker.io")
        {
            (domain, remainder) = ("docker.io", maybeRemainder);
        }
        else if (maybeDomain == "localhost"
            || maybeDomain.IndexOfAny(new[] { '.', ':' }) >= 0
            || maybeDomain.ToLowerInvariant() != maybeDomain)
        {
            (domain, remainder) = (maybeDomain, maybeRemainder);
        }
        else
        {
            (domain, remainder) = ("docker.io", name);
        }

        if (domain == "docker.io" && remainder.IndexOf('/') < 0)
        {
            remainder = "library/" + remainder;
        }

        return (domain, remainder);
    }

    // go-digest: a registered algorithm, its exact length, lower-case hex only.
    private static bool IsRegisteredDigest(string digest)
    {
        int colon = digest.IndexOf(':');
        string algorithm = digest.Substring(0, colon);
        string hex = digest.Substring(colon + 1);
        int expected = algorithm switch { "sha256" => 64, "sha384" => 96, "sha512" => 128, _ => -1 };
        return hex.Length == expected && LowerHex.IsMatch(hex);
    }
}
