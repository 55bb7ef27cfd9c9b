namespace Eci.ImagePull;

/// <summary>
/// Docker's normalized image-reference parsing (distribution/reference <c>ParseNormalizedNamed</c>) as one
/// forward pass: pick the registry the way Docker does, then check the repository path, the tag and the digest
/// in reading order, reporting the first defect. Never throws for any input.
/// </summary>
internal static class ImageReferenceParser
{
    private const string LegacyDockerHub = "index.docker.io";
    private const string Localhost = "localhost";

    // Each fix removes one defect (white space, scheme, case of the path, case of the digest algorithm or hex);
    // a few rounds are enough for any combination, and bounding them keeps the work linear.
    private const int MaxFixRounds = 6;

    private const string TagRule =
        "a tag is 1-128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'";

    private static readonly char[] NameTerminators = { ':', '@' };

    /// <summary>Parses <paramref name="text"/>; returns the reference, or <see langword="null"/> and the first defect.</summary>
    internal static ImageReference? Parse(string text, out ImageReferenceParseFailure? failure)
    {
        failure = Analyze(text, out ImageReference? reference);
        return reference;
    }

    /// <summary>Builds (does not throw) the exception for a failed parse, with a checked suggestion.</summary>
    internal static ImageReferenceFormatException ToException(string text, ImageReferenceParseFailure failure)
    {
        string? suggestion = FindSuggestion(failure);
        return new ImageReferenceFormatException(failure.Error, failure.ComposeMessage(suggestion), text, suggestion);
    }

    private static string? FindSuggestion(ImageReferenceParseFailure failure)
    {
        string? candidate = failure.Fix;
        for (int round = 0; candidate != null && round < MaxFixRounds; round++)
        {
            ImageReferenceParseFailure? next = Analyze(candidate, out _);
            if (next == null)
            {
                return candidate;
            }

            candidate = next.Fix;
        }

        return null;
    }

    private static ImageReferenceParseFailure? Analyze(string text, out ImageReference? reference)
    {
        reference = null;
        ImageReferenceParseFailure? failure = CheckWhole(text);
        if (failure != null)
        {
            return failure;
        }

        // Docker: no '/' means a Docker Hub name, even "localhost:5000" or "192.168.0.1:80" (repository + tag).
        string registry = ImageReference.DockerHubRegistry;
        int pathStart = 0;
        int slash = text.IndexOf('/');
        if (slash >= 0)
        {
            string first = text.Substring(0, slash);
            if (first == LegacyDockerHub)
            {
                pathStart = slash + 1;
            }
            else if (RegistryReason(first) is string reason)
            {
                failure = CheckRegistry(text, first, reason);
                if (failure != null)
                {
                    return failure;
                }

                registry = first;
                pathStart = slash + 1;
            }
        }

        int pathEnd = text.IndexOfAny(NameTerminators, pathStart);
        if (pathEnd < 0)
        {
            pathEnd = text.Length;
        }

        string path = text.Substring(pathStart, pathEnd - pathStart);
        failure = CheckPath(text, pathStart, path, slash < 0);
        if (failure != null)
        {
            return failure;
        }

        // Docker Hub's official images live under "library/"; only single-component Hub names get it.
        bool official = registry == ImageReference.DockerHubRegistry && path.IndexOf('/') < 0;
        string repository = official ? ImageReference.OfficialRepositoryPrefix + path : path;
        if (repository.Length > ImageReference.MaxRepositoryLength)
        {
            string prefixNote = official ? " with the 'library/' prefix Docker Hub adds" : string.Empty;
            return new ImageReferenceParseFailure(
                ImageReferenceError.NameTooLong,
                "Repository " + MessageText.Quote(path) + " in image " + Image(text) + " is " + repository.Length
                + " characters long" + prefixNote + "; a repository path may have at most "
                + ImageReference.MaxRepositoryLength + " characters (the registry host is not counted)");
        }

        string? tag = null;
        int next = pathEnd;
        if (next < text.Length && text[next] == ':')
        {
            int tagEnd = text.IndexOf('@', next + 1);
            if (tagEnd < 0)
            {
                tagEnd = text.Length;
            }

            tag = text.Substring(next + 1, tagEnd - next - 1);
            string? tagProblem = ImageReferenceGrammar.FindTagProblem(tag);
            if (tagProblem != null)
            {
                string detail = tagProblem.Length == 0 ? string.Empty : tagProblem + "; ";
                return new ImageReferenceParseFailure(
                    ImageReferenceError.InvalidTag,
                    "Invalid tag " + MessageText.Quote(tag) + " in image " + Image(text) + ": " + detail + TagRule);
            }

            next = tagEnd;
        }

        string? digest = null;
        if (next < text.Length)
        {
            // Only '@' can be here: the path stops at ':' or '@', and the tag stops at '@'.
            failure = ImageReferenceDigest.Check(text, next + 1);
            if (failure != null)
            {
                return failure;
            }

            digest = text.Substring(next + 1);
        }

        reference = new ImageReference(registry, repository, tag, digest);
        return null;
    }

    // Defects that concern the text as a whole, checked before it is split into parts.
    private static ImageReferenceParseFailure? CheckWhole(string text)
    {
        if (text.Length == 0)
        {
            return new ImageReferenceParseFailure(ImageReferenceError.Empty, "Image reference is empty");
        }

        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new ImageReferenceParseFailure(ImageReferenceError.Empty, "Image reference " + Image(text) + " is only white space");
        }

        if (trimmed.Length != text.Length)
        {
            bool leading = char.IsWhiteSpace(text[0]);
            bool trailing = char.IsWhiteSpace(text[text.Length - 1]);
            string where = leading && trailing ? "starts and ends" : leading ? "starts" : "ends";
            return new ImageReferenceParseFailure(
                ImageReferenceError.InvalidFormat,
                "Image " + Image(text) + " " + where + " with white space, which is never part of an image reference",
                trimmed,
                "; remove it.");
        }

        int schemeLength = ImageReferenceGrammar.SchemePrefixLength(text);
        if (schemeLength > 0)
        {
            string scheme = MessageText.Quote(text.Substring(0, schemeLength));
            return new ImageReferenceParseFailure(
                ImageReferenceError.SchemeNotAllowed,
                "Image " + Image(text) + " starts with the scheme " + scheme + "; an image reference never carries a scheme",
                text.Substring(schemeLength),
                ": remove " + scheme + ".");
        }

        if (ImageReferenceGrammar.IsImageId(text))
        {
            return new ImageReferenceParseFailure(
                ImageReferenceError.ImageIdNotAllowed,
                "Image " + Image(text) + " is a bare 64-digit hexadecimal image ID, which Docker refuses as a name; "
                + "name the image by repository, with a tag or a digest, as in 'nginx:1.27' or 'nginx@sha256:<64 hex digits>'");
        }

        return null;
    }

    // Docker's splitDockerDomain: the first '/'-separated element names a registry when it is "localhost", or
    // contains '.' or ':', or contains upper case (repository names never do). Returns why, or null.
    private static string? RegistryReason(string first)
    {
        if (first == Localhost)
        {
            return "it is 'localhost'";
        }

        if (first.IndexOf('.') >= 0)
        {
            return "it contains '.'";
        }

        if (first.IndexOf(':') >= 0)
        {
            return "it contains ':'";
        }

        return ImageReferenceText.HasAsciiUpper(first) ? "it contains upper-case letters, which repository names never do" : null;
    }

    private static ImageReferenceParseFailure? CheckRegistry(string text, string host, string reason)
    {
        string? hostProblem = ImageReferenceGrammar.FindHostProblem(host);
        if (hostProblem == null)
        {
            return null;
        }

        // An upper-case first element that is no valid host ("Foo_bar/x") is most likely a Hub namespace typed in
        // the wrong case; Docker reports it as "repository name must be lowercase" too.
        bool upperCaseIsTheOnlyReason = host.IndexOf('.') < 0 && host.IndexOf(':') < 0 && host != Localhost;
        if (upperCaseIsTheOnlyReason)
        {
            int nameEnd = text.IndexOfAny(NameTerminators, host.Length);
            if (nameEnd < 0)
            {
                nameEnd = text.Length;
            }

            string name = text.Substring(0, nameEnd);
            if (ImageReferenceGrammar.FindPathProblem(name, allowUpper: true) == null)
            {
                return UppercaseFailure(text, name, ImageReferenceText.ToAsciiLower(name) + text.Substring(nameEnd));
            }
        }

        return new ImageReferenceParseFailure(
            ImageReferenceError.InvalidFormat,
            "Invalid registry host " + MessageText.Quote(host) + " in image " + Image(text)
            + " (the part before the first '/' names a registry because " + reason + "): " + hostProblem);
    }

    private static ImageReferenceParseFailure? CheckPath(string text, int pathStart, string path, bool noSlash)
    {
        if (path.Length == 0)
        {
            string problem = pathStart == 0
                ? "Image " + Image(text) + " has no repository name before " + MessageText.DescribeCharacter(text[0])
                : "Image " + Image(text) + " names the registry " + MessageText.Quote(text.Substring(0, pathStart - 1))
                  + " but no repository after the '/'";
            return new ImageReferenceParseFailure(ImageReferenceError.InvalidFormat, problem);
        }

        string? pathProblem = ImageReferenceGrammar.FindPathProblem(path, allowUpper: false);
        if (pathProblem == null)
        {
            return null;
        }

        if (ImageReferenceText.HasAsciiUpper(path))
        {
            pathProblem = ImageReferenceGrammar.FindPathProblem(path, allowUpper: true);
            if (pathProblem == null)
            {
                int pathEnd = pathStart + path.Length;
                string fix = text.Substring(0, pathStart) + ImageReferenceText.ToAsciiLower(path) + text.Substring(pathEnd);
                return UppercaseFailure(text, path, fix);
            }

            pathProblem += ", and upper-case letters are not allowed either";
        }

        // "[::1]:5000" has no '/', so Docker reads it as a Hub repository; say why a registry alone fails.
        string registryHint = noSlash && text[0] == '['
            ? "; with no '/' the whole text is read as a Docker Hub repository, so a registry alone is not an image: add the repository, as in '[::1]:5000/app'"
            : string.Empty;
        return new ImageReferenceParseFailure(
            ImageReferenceError.InvalidFormat,
            "Invalid repository " + MessageText.Quote(path) + " in image " + Image(text) + ": " + pathProblem + "; " + ImageReferenceGrammar.RepositoryRule + registryHint);
    }

    // Quoted only when a message is built, so a successful parse does no message work.
    private static string Image(string text) => MessageText.Quote(text);

    private static ImageReferenceParseFailure UppercaseFailure(string text, string repository, string fix) =>
        new ImageReferenceParseFailure(
            ImageReferenceError.UppercaseRepository,
            "Repository " + MessageText.Quote(repository) + " in image " + Image(text)
            + " contains upper-case letters; repository names must be lower case",
            fix);
}
