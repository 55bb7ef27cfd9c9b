using System.Text;

namespace Eci.ImagePull;

/// <summary>
/// Turns a normalised <c>host[:port]</c> into the <c>&lt;ADDRESS&gt;</c> part of <c>ECI_REGISTRY_&lt;ADDRESS&gt;_*</c>, so that
/// two different registries never share a variable. Letters are upper-cased and digits kept; <c>.</c> becomes <c>_</c>;
/// <c>-</c>, <c>:</c>, <c>[</c> and <c>]</c> become <c>__DASH_</c>, <c>__COLON_</c>, <c>__OPEN_</c> and <c>__CLOSE_</c>
/// (<c>registry-corp.example</c> → <c>REGISTRY__DASH_CORP_EXAMPLE</c>, <c>192.168.1.10:5000</c> →
/// <c>192_168_1_10__COLON_5000</c>). The mapping can be undone, hence no collisions: a single <c>_</c> followed by a
/// letter or digit is a dot, <c>__</c> opens an escape that runs to the next <c>_</c>. That reading needs every dot to be
/// followed by a letter or digit, which holds for every address of the image grammar (labels are never empty, and the
/// dotted IPv4 tail of an IPv6 literal is digits); an address outside that shape has no variable at all.
/// </summary>
internal static class EnvironmentVariableNaming
{
    /// <summary>The key for <paramref name="hostAndPort"/> (lower-case), or null when no variable may name it.</summary>
    internal static string? For(string hostAndPort)
    {
        var key = new StringBuilder(hostAndPort.Length + 16);
        for (int i = 0; i < hostAndPort.Length; i++)
        {
            char c = hostAndPort[i];
            if (IsLetterOrDigit(c))
            {
                key.Append(char.ToUpperInvariant(c));
                continue;
            }

            string? escape = c switch
            {
                '.' => i + 1 < hostAndPort.Length && IsLetterOrDigit(hostAndPort[i + 1]) ? "_" : null,
                '-' => "__DASH_",
                ':' => "__COLON_",
                '[' => "__OPEN_",
                ']' => "__CLOSE_",
                _ => null,
            };
            if (escape is null)
            {
                return null;
            }

            key.Append(escape);
        }

        return key.Length == 0 ? null : key.ToString();
    }

    private static bool IsLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
