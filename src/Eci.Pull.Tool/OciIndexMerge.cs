using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Eci.Pull.Tool;

/// <summary>
/// Adds one manifest entry to an OCI index the way skopeo does: every other entry (and every other field) stays;
/// an entry with the same reference name (<c>org.opencontainers.image.ref.name</c>) is replaced.
/// </summary>
internal static class OciIndexMerge
{
    public const string RefNameAnnotation = "org.opencontainers.image.ref.name";

    public static byte[] Merge(JsonObject? existing, JsonObject entry, string referenceName, string indexMediaType)
    {
        var index = existing ?? new JsonObject();
        index["schemaVersion"] = 2;
        index["mediaType"] ??= indexMediaType;
        var kept = (index["manifests"] as JsonArray)?.Where(m => RefName(m) != referenceName).Select(m => m?.DeepClone()).ToList()
            ?? new();
        kept.Add(entry);
        index["manifests"] = new JsonArray(kept.ToArray());

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            index.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private static string? RefName(JsonNode? entry) =>
        entry?["annotations"]?[RefNameAnnotation] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
