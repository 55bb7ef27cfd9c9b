using System.Globalization;

namespace Eci.ImagePull;

/// <summary>
/// Validates the unbracketed host of a registry address: a DNS-style domain name (the image-reference
/// grammar's domain components) that may also be an IPv4 literal.
/// </summary>
/// <remarks>
/// Beyond the image-reference regex, this enforces DNS length limits (63 per label, 253 in total) and
/// requires four all-numeric labels to be a real IPv4 address. Such names pass the regex but no resolver
/// or socket can reach them, so for an ECI registry list they can only be mistakes.
/// </remarks>
internal static class RegistryHostSyntax
{
    internal const int MaxHostLength = 253;
    internal const int MaxLabelLength = 63;

    /// <summary>Returns null when <paramref name="host"/> is a valid domain name or IPv4 literal, otherwise why it is not.</summary>
    internal static string? CheckHost(string host, out byte[]? ipv4)
    {
        ipv4 = null;
        string? domainError = CheckDomainName(host);
        if (domainError != null)
        {
            return domainError;
        }

        return CheckIPv4(host, out ipv4);
    }

    private static string? CheckDomainName(string host)
    {
        if (host.Length == 0)
        {
            return "the host is empty";
        }

        int labelStart = 0;
        for (int i = 0; i <= host.Length; i++)
        {
            if (i < host.Length && host[i] != '.')
            {
                char c = host[i];
                if (!ImageReferenceText.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return "the host contains " + MessageText.DescribeCharacter(c) + " at position "
                        + i.ToString(CultureInfo.InvariantCulture)
                        + "; a registry host allows only ASCII letters, digits, '-' and '.'";
                }

                continue;
            }

            string? labelError = CheckLabel(host, labelStart, i - labelStart);
            if (labelError != null)
            {
                return labelError;
            }

            labelStart = i + 1;
        }

        // Checked after the characters so that a long run of garbage reports the bad character, the more useful fact.
        if (host.Length > MaxHostLength)
        {
            return "the host is " + host.Length.ToString(CultureInfo.InvariantCulture)
                + " characters long; a DNS name has at most 253";
        }

        return null;
    }

    private static string? CheckLabel(string host, int start, int length)
    {
        if (length == 0)
        {
            return "the host " + MessageText.Quote(host) + " has an empty label (a leading, trailing or doubled '.')";
        }

        // The label is cut out only for a message: hosts are checked for every image and entry the analyzer sees.
        if (length > MaxLabelLength)
        {
            return "the host label " + MessageText.Quote(host.Substring(start, length)) + " is longer than 63 characters";
        }

        if (host[start] == '-' || host[start + length - 1] == '-')
        {
            return "the host label " + MessageText.Quote(host.Substring(start, length)) + " starts or ends with '-'";
        }

        return null;
    }

    /// <summary>
    /// A host made of exactly four numeric labels is read as IPv4. Leading zeros are refused because
    /// resolvers disagree on them (octal in inet_aton, an error in Go's parser, which registries use).
    /// </summary>
    private static string? CheckIPv4(string host, out byte[]? octets)
    {
        octets = null;
        if (!IsDottedQuadShape(host))
        {
            return null; // the common case, a DNS name: decided without splitting
        }

        string[] labels = host.Split('.');
        if (labels.Length != 4)
        {
            return null;
        }

        foreach (string label in labels)
        {
            if (!IsAllDigits(label))
            {
                return null;
            }
        }

        var parsed = new byte[4];
        for (int i = 0; i < 4; i++)
        {
            string label = labels[i];
            if (label.Length > 1 && label[0] == '0')
            {
                return "the IPv4 address " + MessageText.Quote(host) + " has a leading zero in "
                    + MessageText.Quote(label);
            }

            if (label.Length > 3 || int.Parse(label, NumberStyles.None, CultureInfo.InvariantCulture) > 255)
            {
                return "the IPv4 address " + MessageText.Quote(host) + " has the octet "
                    + MessageText.Quote(label) + " above 255";
            }

            parsed[i] = byte.Parse(label, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        octets = parsed;
        return null;
    }

    /// <summary>Only digits and exactly three dots: what four numeric labels need (and cheap to rule out).</summary>
    private static bool IsDottedQuadShape(string host)
    {
        int dots = 0;
        foreach (char c in host)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return dots == 3;
    }

    internal static bool IsAllDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
