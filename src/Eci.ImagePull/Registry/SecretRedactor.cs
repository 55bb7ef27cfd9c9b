using System;
using System.Collections.Generic;

namespace Eci.ImagePull.Registry;

/// <summary>
/// Removes known secrets from text a server chose (error messages, reason phrases): a hostile or careless
/// registry may echo the password or token it was sent, and that text ends up in exception messages and logs.
/// </summary>
internal static class SecretRedactor
{
    /// <summary>What replaces a secret.</summary>
    public const string Placeholder = "[redacted]";

    /// <summary>Shorter values are not treated as secrets: replacing them would mangle ordinary words.</summary>
    private const int MinimumSecretLength = 4;

    public static string Redact(string text, IReadOnlyCollection<string>? secrets)
    {
        if (secrets is null || text.Length == 0)
        {
            return text;
        }

        foreach (var secret in secrets)
        {
            if (secret.Length >= MinimumSecretLength)
            {
                text = text.Replace(secret, Placeholder, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }
}
