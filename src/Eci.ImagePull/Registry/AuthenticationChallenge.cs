using System;
using System.Collections.Generic;
using System.Text;

namespace Eci.ImagePull.Registry;

/// <summary>
/// One <c>WWW-Authenticate</c> challenge (RFC 7235 / RFC 6750): a scheme and its parameters, e.g.
/// <c>Bearer realm="https://auth/token",service="registry",scope="repository:app:pull"</c>.
/// </summary>
internal sealed class AuthenticationChallenge
{
    private AuthenticationChallenge(string scheme, IReadOnlyDictionary<string, string> parameters)
    {
        Scheme = scheme;
        Parameters = parameters;
    }

    /// <summary>The scheme as sent (compare case-insensitively).</summary>
    public string Scheme { get; }

    /// <summary>Parameters by lower-case name.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    public bool IsBasic => string.Equals(Scheme, "Basic", StringComparison.OrdinalIgnoreCase);

    public bool IsBearer => string.Equals(Scheme, "Bearer", StringComparison.OrdinalIgnoreCase);

    public string? Realm => Parameters.TryGetValue("realm", out var value) ? value : null;

    public string? Service => Parameters.TryGetValue("service", out var value) ? value : null;

    public string? Scope => Parameters.TryGetValue("scope", out var value) ? value : null;

    /// <summary>
    /// The first Basic or Bearer challenge among the header values (several may be sent, each value may hold
    /// several challenges); null when there is none.
    /// </summary>
    public static AuthenticationChallenge? SelectFrom(IEnumerable<string> headerValues)
    {
        foreach (var value in headerValues)
        {
            foreach (var challenge in ParseAll(value))
            {
                if (challenge.IsBasic || challenge.IsBearer)
                {
                    return challenge;
                }
            }
        }

        return null;
    }

    /// <summary>Parses a header value that may hold several comma-separated challenges.</summary>
    internal static List<AuthenticationChallenge> ParseAll(string header)
    {
        var result = new List<AuthenticationChallenge>();
        var position = 0;
        string? scheme = null;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            SkipSeparators(header, ref position);
            if (position >= header.Length)
            {
                break;
            }

            var token = ReadToken(header, ref position);
            SkipSpaces(header, ref position);
            if (position < header.Length && header[position] == '=' && scheme is not null)
            {
                position++;
                SkipSpaces(header, ref position);
                parameters[token.ToLowerInvariant()] = ReadValue(header, ref position);
                continue;
            }

            // A token not followed by '=' starts the next challenge.
            if (scheme is not null)
            {
                result.Add(new AuthenticationChallenge(scheme, parameters));
                parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            scheme = token;
            if (token.Length == 0)
            {
                position++;
            }
        }

        if (scheme is not null && scheme.Length > 0)
        {
            result.Add(new AuthenticationChallenge(scheme, parameters));
        }

        return result;
    }

    private static void SkipSeparators(string text, ref int position)
    {
        while (position < text.Length && (text[position] == ',' || char.IsWhiteSpace(text[position])))
        {
            position++;
        }
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private static string ReadToken(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && text[position] != '=' && text[position] != ',' && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return text.Substring(start, position - start);
    }

    private static string ReadValue(string text, ref int position)
    {
        if (position < text.Length && text[position] == '"')
        {
            position++;
            var value = new StringBuilder();
            while (position < text.Length && text[position] != '"')
            {
                if (text[position] == '\\' && position + 1 < text.Length)
                {
                    position++;
                }

                value.Append(text[position]);
                position++;
            }

            position++;
            return value.ToString();
        }

        var start = position;
        while (position < text.Length && text[position] != ',' && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return text.Substring(start, position - start);
    }
}
