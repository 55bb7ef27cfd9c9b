namespace Eci.ImagePull;

/// <summary>
/// Character-level checks for the parts of an image reference, written as single forward scans so that
/// parsing is linear in the input length whatever the input (no regular expressions, no backtracking).
/// Each <c>Find…Problem</c> method returns <see langword="null"/> for a valid part, otherwise a short phrase
/// naming the first defect, ready to be placed in an error message.
/// </summary>
internal static class ImageReferenceGrammar
{
    /// <summary>Length of Docker's bare image ID: 64 lower-case hexadecimal digits.</summary>
    internal const int ImageIdLength = 64;

    /// <summary>
    /// The length of a leading URL scheme including "://" (<c>scheme = letter *(letter / digit / "+" / "-" / ".")</c>),
    /// or 0 when the text does not start with one.
    /// </summary>
    internal static int SchemePrefixLength(string text)
    {
        if (text.Length == 0 || !ImageReferenceText.IsAsciiLetter(text[0]))
        {
            return 0;
        }

        int i = 1;
        while (i < text.Length && ImageReferenceText.IsSchemeChar(text[i]))
        {
            i++;
        }

        bool hasSeparator = i + 2 < text.Length && text[i] == ':' && text[i + 1] == '/' && text[i + 2] == '/';
        return hasSeparator ? i + 3 : 0;
    }

    /// <summary>The leading URL scheme, lower-cased and without "://", or <see langword="null"/>.</summary>
    internal static string? ReadScheme(string text)
    {
        int length = SchemePrefixLength(text);
        return length == 0 ? null : ImageReferenceText.ToAsciiLower(text.Substring(0, length - 3));
    }

    /// <summary>True when the whole text is exactly 64 lower-case hexadecimal digits (a bare image ID).</summary>
    internal static bool IsImageId(string text)
    {
        if (text.Length != ImageIdLength)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(ImageReferenceText.IsAsciiDigit(c) || (c >= 'a' && c <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Checks a registry <c>host[:port]</c>: a DNS-style name whose labels are letters, digits and inner '-'
    /// (upper case allowed), or an IPv6 literal in brackets, optionally followed by ':' and a decimal port.
    /// Like Docker, the port's range is not checked and the IPv6 literal is only checked for its characters.
    /// </summary>
    internal static string? FindHostProblem(string host)
    {
        if (host.Length == 0)
        {
            return "the host name is empty";
        }

        if (host[0] == '[')
        {
            return FindBracketedIPv6Problem(host);
        }

        int colon = host.IndexOf(':');
        if (colon >= 0 && host.IndexOf(':', colon + 1) >= 0)
        {
            return "it contains more than one ':'; an IPv6 address must be written in brackets, as in '[::1]:5000'";
        }

        int nameEnd = colon < 0 ? host.Length : colon;
        return FindDomainNameProblem(host, nameEnd) ?? (colon < 0 ? null : FindPortProblem(host, colon + 1));
    }

    /// <summary>The repository rule as messages state it, after the defect; one wording for the parser and the registry client.</summary>
    internal const string RepositoryRule =
        "a repository is one or more components separated by '/', each of lower-case letters and digits, "
        + "which may be joined by '.', '_', '__' or one or more '-'";

    /// <summary>
    /// Checks a repository path as it is sent to a registry (Docker Hub's <c>library/</c> included): the characters
    /// of <see cref="FindPathProblem"/>, then at most <see cref="ImageReference.MaxRepositoryLength"/> characters.
    /// </summary>
    internal static string? FindRepositoryProblem(string path) =>
        FindPathProblem(path, allowUpper: false)
        ?? (path.Length > ImageReference.MaxRepositoryLength
            ? "it has " + path.Length + " characters, more than " + ImageReference.MaxRepositoryLength
            : null);

    /// <summary>
    /// Checks a repository path: components separated by single '/', each made of lower-case letters and digits
    /// joined by one '.', one '_', two '_' or a run of '-'. With <paramref name="allowUpper"/> upper-case letters
    /// count as letters, which lets a caller tell "only the case is wrong" from other defects.
    /// </summary>
    internal static string? FindPathProblem(string path, bool allowUpper)
    {
        if (path.Length == 0)
        {
            return "it is empty";
        }

        if (path[0] == '/')
        {
            return "it starts with '/'";
        }

        if (path[path.Length - 1] == '/')
        {
            return "it ends with '/'";
        }

        int start = 0;
        while (start < path.Length)
        {
            int end = path.IndexOf('/', start);
            if (end < 0)
            {
                end = path.Length;
            }

            if (end == start)
            {
                return "it contains '//' (an empty component)";
            }

            string? problem = FindPathComponentProblem(path, start, end, allowUpper);
            if (problem != null)
            {
                return problem;
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>
    /// Checks a tag: 1 to <see cref="ImageReference.MaxTagLength"/> characters of ASCII letters, digits, '_', '.'
    /// and '-', the first not being '.' or '-'. Returns <see langword="null"/> when valid, "" when a character is
    /// wrong (the quoted tag already shows it), or a phrase for the empty and too-long cases.
    /// </summary>
    internal static string? FindTagProblem(string tag)
    {
        if (tag.Length == 0)
        {
            return "nothing follows the ':'";
        }

        if (tag[0] == '.' || tag[0] == '-')
        {
            return string.Empty;
        }

        foreach (char c in tag)
        {
            if (!IsTagChar(c))
            {
                return string.Empty;
            }
        }

        return tag.Length > ImageReference.MaxTagLength ? "it has " + tag.Length + " characters" : null;
    }

    private static string? FindBracketedIPv6Problem(string host)
    {
        int close = host.IndexOf(']');
        if (close < 0)
        {
            return "the IPv6 address has no closing ']'";
        }

        if (close == 1)
        {
            return "the brackets hold no IPv6 address";
        }

        for (int i = 1; i < close; i++)
        {
            char c = host[i];
            if (c == '%')
            {
                return "IPv6 zone ids such as " + MessageText.Quote(host.Substring(i, close - i)) + " are not allowed";
            }

            if (c == '.')
            {
                return "an IPv6 address with an embedded dotted IPv4 part is not allowed; write it in hexadecimal";
            }

            if (!(ImageReferenceText.IsHexDigit(c) || c == ':'))
            {
                return "the IPv6 address contains " + MessageText.DescribeCharacter(c) + "; only hexadecimal digits and ':' are allowed";
            }
        }

        if (close == host.Length - 1)
        {
            return null;
        }

        return host[close + 1] == ':'
            ? FindPortProblem(host, close + 2)
            : "only ':' and a port may follow the ']'";
    }

    private static string? FindDomainNameProblem(string host, int end)
    {
        if (end == 0)
        {
            return "the host name before ':' is empty";
        }

        int labelStart = 0;
        while (labelStart <= end)
        {
            int labelEnd = host.IndexOf('.', labelStart, end - labelStart);
            if (labelEnd < 0)
            {
                labelEnd = end;
            }

            string? problem = FindDomainLabelProblem(host, labelStart, labelEnd);
            if (problem != null)
            {
                return problem;
            }

            labelStart = labelEnd + 1;
        }

        return null;
    }

    private static string? FindDomainLabelProblem(string host, int start, int end)
    {
        if (start == end)
        {
            return "it has an empty label (a leading, trailing or doubled '.')";
        }

        string Label() => MessageText.Quote(host.Substring(start, end - start));
        for (int i = start; i < end; i++)
        {
            char c = host[i];
            if (!(ImageReferenceText.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                string why = c == '_' ? ", which host names never contain" : string.Empty;
                return "the label " + Label() + " contains " + MessageText.DescribeCharacter(c) + why
                    + "; a host name label is letters, digits and inner '-'";
            }
        }

        if (host[start] == '-')
        {
            return "the label " + Label() + " starts with '-'";
        }

        return host[end - 1] == '-' ? "the label " + Label() + " ends with '-'" : null;
    }

    private static string? FindPortProblem(string host, int start)
    {
        if (start == host.Length)
        {
            return "the port after ':' is empty";
        }

        for (int i = start; i < host.Length; i++)
        {
            if (!ImageReferenceText.IsAsciiDigit(host[i]))
            {
                return "the port " + MessageText.Quote(host.Substring(start)) + " is not a decimal number";
            }
        }

        return null;
    }

    private static string? FindPathComponentProblem(string path, int start, int end, bool allowUpper)
    {
        string Component() => MessageText.Quote(path.Substring(start, end - start));
        int i = start;
        if (IsSeparatorChar(path[i]))
        {
            return "the component " + Component() + " starts with '" + path[i] + "'";
        }

        while (true)
        {
            while (i < end && IsPathLetterOrDigit(path[i], allowUpper))
            {
                i++;
            }

            if (i == end)
            {
                return null;
            }

            if (!IsSeparatorChar(path[i]))
            {
                return "the component " + Component() + " contains " + MessageText.DescribeCharacter(path[i]);
            }

            int separatorStart = i;
            while (i < end && IsSeparatorChar(path[i]))
            {
                i++;
            }

            if (i == end)
            {
                return "the component " + Component() + " ends with '" + path[end - 1] + "'";
            }

            if (!IsPathLetterOrDigit(path[i], allowUpper))
            {
                return "the component " + Component() + " contains " + MessageText.DescribeCharacter(path[i]);
            }

            if (!IsValidSeparator(path, separatorStart, i))
            {
                return "the component " + Component() + " joins letters or digits with "
                    + MessageText.Quote(path.Substring(separatorStart, i - separatorStart)) + ", which is not a separator";
            }
        }
    }

    // Separators are exactly ".", "_", "__" or one or more "-"; so "..", "___", "_." and "-." are not.
    private static bool IsValidSeparator(string path, int start, int end)
    {
        int length = end - start;
        char first = path[start];
        if (length == 1)
        {
            return true;
        }

        if (first == '_')
        {
            return length == 2 && path[start + 1] == '_';
        }

        if (first != '-')
        {
            return false;
        }

        for (int i = start + 1; i < end; i++)
        {
            if (path[i] != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSeparatorChar(char c) => c == '.' || c == '_' || c == '-';

    private static bool IsPathLetterOrDigit(char c, bool allowUpper) =>
        ImageReferenceText.IsAsciiLower(c) || ImageReferenceText.IsAsciiDigit(c) || (allowUpper && ImageReferenceText.IsAsciiUpper(c));

    private static bool IsTagChar(char c) => ImageReferenceText.IsAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-';

}
