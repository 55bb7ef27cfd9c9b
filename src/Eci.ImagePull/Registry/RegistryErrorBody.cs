using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Eci.ImagePull.Registry;

/// <summary>Reads the registry error JSON <c>{"errors":[{"code":..,"message":..,"detail":..}]}</c>; anything else gives no entries.</summary>
internal static class RegistryErrorBody
{
    /// <summary>At most this much of an error body is read: errors are small, and a hostile server must not make us buffer much.</summary>
    public const int MaxBytes = 64 * 1024;

    public static IReadOnlyList<RegistryError> Parse(byte[] body)
    {
        var errors = new List<RegistryError>();
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("errors", out var array)
                && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    var code = item.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                    var message = item.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                    errors.Add(new RegistryError(string.IsNullOrEmpty(code) ? "UNKNOWN" : code!.ToUpperInvariant(), Shorten(message ?? string.Empty)));
                }
            }
        }
        catch (JsonException)
        {
            // Any body is allowed on a 4xx; only the JSON form carries codes.
        }

        return errors;
    }

    private static string Shorten(string message) => message.Length <= 300 ? message : message.Substring(0, 300) + "…";
}
