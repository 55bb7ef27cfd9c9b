using System;
using System.Globalization;
using System.Text.Json;

namespace Eci.ImagePull.Registry;

/// <summary>A token endpoint's JSON answer: <c>token</c> and/or <c>access_token</c>, <c>expires_in</c>, <c>issued_at</c>.</summary>
internal static class TokenResponse
{
    /// <summary>The spec's default and minimum lifetime.</summary>
    private const int MinimumLifetimeSeconds = 60;

    public static (string Token, DateTimeOffset Expires)? Parse(byte[] body, DateTimeOffset now)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var token = ReadString(root, "token");
            if (string.IsNullOrEmpty(token))
            {
                token = ReadString(root, "access_token");
            }

            if (string.IsNullOrEmpty(token))
            {
                return null;
            }

            var lifetime = root.TryGetProperty("expires_in", out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var seconds)
                ? Math.Max(seconds, MinimumLifetimeSeconds)
                : MinimumLifetimeSeconds;
            var issued = DateTimeOffset.TryParse(ReadString(root, "issued_at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at <= now
                ? at
                : now;
            return (token!, issued.AddSeconds(lifetime));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether a token can be sent as <c>Authorization: Bearer TOKEN</c>: visible ASCII only (token68 and then some).</summary>
    public static bool FitsInHeader(string token)
    {
        foreach (var c in token)
        {
            if (c < 0x21 || c > 0x7e)
            {
                return false;
            }
        }

        return true;
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
