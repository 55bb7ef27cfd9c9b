using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Eci.Pull.Tool;

/// <summary>
/// A request file for <c>eci-pull preflight</c>: one JSON object, nested (<c>{"Container":[{"Image":...}]}</c>, what
/// <c>ToMap()</c> serializes to) or flattened (<c>{"Container.1.Image": ...}</c>), turned into plain dictionaries and lists.
/// </summary>
internal static class RequestFile
{
    /// <summary>No request is this big; a larger file is a mistake, not something to hold in memory.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Reads and parses one file (or standard input for <c>-</c>).</summary>
    /// <exception cref="InvalidDataException">The file is not one JSON object of request values; the message says where.</exception>
    public static Dictionary<string, object?> Read(string path, TextReader standardInput)
    {
        string text;
        if (path == "-")
        {
            text = ReadBounded(standardInput);
        }
        else
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InvalidDataException("no such file.");
            }

            if (info.Length > MaxBytes)
            {
                throw new InvalidDataException($"larger than {MaxBytes / (1024 * 1024)} MiB: not a request file.");
            }

            text = File.ReadAllText(path, Encoding.UTF8);
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"the file holds a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}; a request is one JSON object.");
            }

            return Object(document.RootElement, "$");
        }
        catch (JsonException e)
        {
            // JsonException's message quotes no input, only the line and byte position.
            throw new InvalidDataException("not valid JSON: " + e.Message);
        }
    }

    private static string ReadBounded(TextReader reader)
    {
        var buffer = new char[MaxBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = reader.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > MaxBytes ? throw new InvalidDataException($"standard input is larger than {MaxBytes / (1024 * 1024)} MiB: not a request.") : new string(buffer, 0, total);
    }

    private static Dictionary<string, object?> Object(JsonElement element, string path)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            // A key given twice would silently lose one value; ECI would get only one of them too, so say which.
            if (!result.TryAdd(property.Name, Value(property.Value, path + "." + property.Name)))
            {
                throw new InvalidDataException($"the key '{PreflightCommand.Printable(property.Name)}' appears twice in {PreflightCommand.Printable(path)}.");
            }
        }

        return result;
    }

    private static object? Value(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => Object(element, path),
        JsonValueKind.Array => Array(element, path),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        _ => null,
    };

    private static List<object?> Array(JsonElement element, string path)
    {
        var items = new List<object?>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items.Add(Value(item, $"{path}[{index++}]"));
        }

        return items;
    }
}
