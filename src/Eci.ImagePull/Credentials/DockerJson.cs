using System;
using System.Text.Json;

namespace Eci.ImagePull;

/// <summary>Small JSON helpers that mirror how Docker (Go's encoding/json) reads its config.</summary>
internal static class DockerJson
{
    /// <summary>
    /// Why a well-formed document could not be read: System.Text.Json throws <see cref="InvalidOperationException"/>
    /// when a string it reads holds a <c>\u</c> escape of half a surrogate pair (Go's decoder would substitute U+FFFD).
    /// </summary>
    internal const string UnpairedSurrogateEscape = "a name or string holds a \\u escape of an unpaired UTF-16 surrogate, which is not text";

    /// <summary>
    /// Finds an object property the way Go's decoder does: an exact name wins, otherwise the first name that
    /// differs only in case (<c>"Auths"</c> is read as <c>auths</c> by Docker too).
    /// </summary>
    internal static bool TryGetProperty(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (JsonProperty property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads an optional string property; absent, <c>null</c> and empty all give <see langword="null"/>.
    /// A value of another JSON type throws, naming <paramref name="location"/> but never the value.
    /// </summary>
    internal static string? OptionalString(JsonElement obj, string name, string location)
    {
        if (!TryGetProperty(obj, name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new RegistryCredentialsException(location + "." + name + " is not a string.");
        }

        string text = value.GetString()!;
        return text.Length == 0 ? null : text;
    }
}
