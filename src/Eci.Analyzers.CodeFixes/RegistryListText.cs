using System.Collections.Generic;
using Eci.ImagePull;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// Edits the text of a PlainHttpRegistry/InsecureRegistry value while keeping every entry the edit does not concern
/// exactly as the developer wrote it.
/// </summary>
internal static class RegistryListText
{
    public static string Apply(string value, ListEdit edit)
    {
        if (edit.Normalized is { } normalized)
        {
            value = normalized; // the engine's value, as the diagnostic's message shows it: never recomputed here
        }

        var list = RegistryList.Parse(value);
        var parts = new List<string>();
        var present = new List<RegistryAddress>();
        foreach (var entry in list.Entries)
        {
            var text = entry.Text;
            if (edit.Rewrite.TryGetValue(text, out var replacement) || edit.Rewrite.TryGetValue(text.Trim(), out replacement))
            {
                text = replacement;
            }
            else if (IsRemoved(entry, edit))
            {
                continue;
            }

            if (text.Trim().Length == 0 && list.Entries.Count > 1)
            {
                continue; // a stray comma: drop it while we are editing anyway
            }

            parts.Add(text);
            if (RegistryAddress.TryParse(text.Trim(), out var address))
            {
                present.Add(address);
            }
        }

        foreach (var add in edit.Add)
        {
            if (RegistryAddress.TryParse(add, out var address) && !present.Contains(address))
            {
                parts.Add(address.ToString());
                present.Add(address);
            }
        }

        return string.Join(",", parts);
    }

    private static bool IsRemoved(RegistryListEntry entry, ListEdit edit)
    {
        foreach (var remove in edit.Remove)
        {
            if (RegistryAddress.TryParse(remove, out var address)
                && (address.Equals(entry.Address) || address.Equals(entry.NormalizedAddress)))
            {
                return true;
            }
        }

        return false;
    }
}
