using System;
using System.Collections.Generic;
using System.Globalization;

namespace Eci.ImagePull;

/// <summary>
/// Reads text as an ECI registry address (<c>host[:port]</c>) and reports every way it deviates, in one
/// left-to-right pass. Both <see cref="RegistryAddress.Parse"/> and <see cref="RegistryList.Parse"/> use it,
/// so a single address and a list entry are judged by the same rules.
/// </summary>
internal static class RegistryAddressSyntax
{
    private const RegistryListProblems Unfixable =
        RegistryListProblems.Empty | RegistryListProblems.Wildcard | RegistryListProblems.InvalidHost | RegistryListProblems.InvalidPort;

    internal static RegistryAddressAnalysis Analyze(string text)
    {
        var messages = new List<string>();
        var problems = RegistryListProblems.None;

        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            messages.Add("it is empty");
            return new RegistryAddressAnalysis(RegistryListProblems.Empty, null, null, messages);
        }

        if (trimmed.Length != text.Length)
        {
            problems |= RegistryListProblems.SurroundingWhitespace;
            messages.Add("it has leading or trailing whitespace");
        }

        string authority = StripSchemeAndPath(trimmed, ref problems, messages);
        var hostAndPort = new HostAndPort(authority);
        problems |= hostAndPort.Check(messages);

        RegistryAddress? normalized = (problems & Unfixable) == 0 ? hostAndPort.ToAddress() : null;
        RegistryAddress? exact = problems == RegistryListProblems.None ? normalized : null;
        return new RegistryAddressAnalysis(problems, exact, normalized, messages);
    }

    private static string StripSchemeAndPath(string trimmed, ref RegistryListProblems problems, List<string> messages)
    {
        string rest = trimmed;
        int schemeEnd = rest.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd > 0 && IsScheme(rest.Substring(0, schemeEnd)))
        {
            problems |= RegistryListProblems.Scheme;
            messages.Add("it has the scheme " + MessageText.Quote(rest.Substring(0, schemeEnd + 3))
                + "; ECI expects a bare host[:port]");
            rest = rest.Substring(schemeEnd + 3);
        }

        int slash = rest.IndexOf('/');
        if (slash >= 0)
        {
            problems |= RegistryListProblems.Path;
            messages.Add("it has the path " + MessageText.Quote(rest.Substring(slash))
                + "; ECI expects a bare host[:port]");
            rest = rest.Substring(0, slash);
        }

        return rest;
    }

    /// <summary>RFC 3986 scheme shape: a letter, then letters, digits, '+', '-' or '.'.</summary>
    private static bool IsScheme(string candidate)
    {
        if (!ImageReferenceText.IsAsciiLetter(candidate[0]))
        {
            return false;
        }

        foreach (char c in candidate)
        {
            if (!ImageReferenceText.IsSchemeChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The authority part of an entry split into host and port text, and checked.</summary>
    private sealed class HostAndPort
    {
        private readonly string _authority;
        private string _host = string.Empty;
        private bool _bracketed;
        private string? _portText;
        private int? _port;
        private byte[]? _ipv4;
        private ushort[]? _ipv6;

        internal HostAndPort(string authority) => _authority = authority;

        internal RegistryListProblems Check(List<string> messages)
        {
            string? splitError = Split();
            if (splitError != null)
            {
                messages.Add(splitError);
                // The port text is unknown when the split fails, so only the host problem is reported.
                return RegistryListProblems.InvalidHost;
            }

            return CheckHost(messages) | CheckPort(messages);
        }

        internal RegistryAddress ToAddress()
        {
            return new RegistryAddress(_host.ToLowerInvariant(), _port, _ipv4, _ipv6);
        }

        private string? Split()
        {
            if (_authority.Length == 0)
            {
                return "it has no host";
            }

            if (_authority[0] == '[')
            {
                int close = _authority.IndexOf(']');
                if (close < 0)
                {
                    return "the IPv6 literal " + MessageText.Quote(_authority) + " has no closing ']'";
                }

                _bracketed = true;
                _host = _authority.Substring(1, close - 1);
                string after = _authority.Substring(close + 1);
                if (after.Length > 0 && after[0] != ':')
                {
                    return "unexpected " + MessageText.Quote(after) + " after the IPv6 literal; only ':port' may follow ']'";
                }

                _portText = after.Length > 0 ? after.Substring(1) : null;
                return null;
            }

            int colon = _authority.IndexOf(':');
            if (colon >= 0 && _authority.IndexOf(':', colon + 1) >= 0)
            {
                return "the host " + MessageText.Quote(_authority)
                    + " has more than one ':'; an IPv6 address must be written in brackets, e.g. '[fd00::1]:5000'";
            }

            _host = colon >= 0 ? _authority.Substring(0, colon) : _authority;
            _portText = colon >= 0 ? _authority.Substring(colon + 1) : null;
            return null;
        }

        private RegistryListProblems CheckHost(List<string> messages)
        {
            var problems = RegistryListProblems.None;
            string checkedHost = _host;
            if (_host.IndexOf('*') >= 0)
            {
                problems |= RegistryListProblems.Wildcard;
                messages.Add("the host " + MessageText.Quote(_host)
                    + " contains the wildcard '*'; ECI matches registry addresses exactly, not by pattern");
                // Judge the rest of the host on its own merits, so '*.corp' is only a wildcard problem.
                checkedHost = _host.Replace('*', 'a');
            }

            string? error = _bracketed
                ? RegistryIPv6Syntax.Check(checkedHost, out _ipv6)
                : RegistryHostSyntax.CheckHost(checkedHost, out _ipv4);
            if (error != null)
            {
                problems |= RegistryListProblems.InvalidHost;
                messages.Add(error);
            }

            return problems;
        }

        /// <summary>
        /// Unlike the image-reference regex, the port is range-checked: ECI cannot connect to port 0 or to a
        /// port above 65535, so such an entry can never serve an image. A leading zero is refused too,
        /// because the canonical text ('443') would no longer be the text that was written ('0443').
        /// </summary>
        private RegistryListProblems CheckPort(List<string> messages)
        {
            if (_portText == null)
            {
                return RegistryListProblems.None;
            }

            string? error = null;
            if (_portText.Length == 0)
            {
                error = "the port after ':' is empty";
            }
            else if (!RegistryHostSyntax.IsAllDigits(_portText))
            {
                error = "the port " + MessageText.Quote(_portText) + " is not a decimal number";
            }
            else if (_portText.Length > 5 || int.Parse(_portText, NumberStyles.None, CultureInfo.InvariantCulture) is < 1 or > 65535)
            {
                error = "the port " + MessageText.Quote(_portText) + " is outside 1-65535";
            }
            else if (_portText[0] == '0')
            {
                error = "the port " + MessageText.Quote(_portText) + " has a leading zero";
            }

            if (error != null)
            {
                messages.Add(error);
                return RegistryListProblems.InvalidPort;
            }

            _port = int.Parse(_portText, NumberStyles.None, CultureInfo.InvariantCulture);
            return RegistryListProblems.None;
        }
    }
}
