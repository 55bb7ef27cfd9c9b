using System.Linq;

namespace Eci.Pull.Tool;

/// <summary>
/// What may stand in a generated .globalconfig line: a registry address made only of the characters host[:port]
/// uses (letters, digits, '.', '-', ':', IPv6 brackets). No newline, '#', ';', '=' or ',' can reach the file.
/// </summary>
internal static class GlobalConfigValue
{
    public static bool IsSafe(string value) =>
        value.Length > 0 && value.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or ':' or '[' or ']');
}
