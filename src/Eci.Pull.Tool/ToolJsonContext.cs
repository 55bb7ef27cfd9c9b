using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Eci.Pull.Tool;

/// <summary>
/// Compile-time JSON metadata for everything the tool prints or writes, so the Native AOT build needs no reflection.
/// The documents are dictionaries of boxed values; every type that can appear as a value is listed here, because the
/// serializer looks the runtime type of each <see cref="object"/> up in this context.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(Dictionary<string, object?>[]))]
[JsonSerializable(typeof(List<Dictionary<string, object?>>))]
[JsonSerializable(typeof(IEnumerable<Dictionary<string, object?>>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
internal sealed partial class ToolJsonContext : JsonSerializerContext
{
}
