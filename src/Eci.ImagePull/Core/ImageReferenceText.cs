namespace Eci.ImagePull;

/// <summary>Small text helpers for image-reference parsing and its error messages.</summary>
internal static class ImageReferenceText
{
    /// <summary>
    /// Lower-cases ASCII letters only. Culture-aware lowering would turn 'İ' or the Kelvin sign into
    /// ASCII-looking letters and make an invalid reference look fixable.
    /// </summary>
    internal static string ToAsciiLower(string text)
    {
        if (!HasAsciiUpper(text))
        {
            return text;
        }

        char[] chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (IsAsciiUpper(chars[i]))
            {
                chars[i] = (char)(chars[i] + ('a' - 'A'));
            }
        }

        return new string(chars);
    }

    /// <summary>True when <paramref name="text"/> contains an ASCII upper-case letter.</summary>
    internal static bool HasAsciiUpper(string text)
    {
        foreach (char c in text)
        {
            if (IsAsciiUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsAsciiUpper(char c) => c >= 'A' && c <= 'Z';

    internal static bool IsAsciiLower(char c) => c >= 'a' && c <= 'z';

    internal static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    internal static bool IsAsciiLetter(char c) => IsAsciiLower(c) || IsAsciiUpper(c);

    internal static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);

    /// <summary>After a scheme's first letter (RFC 3986): letters, digits, '+', '-' and '.'.</summary>
    internal static bool IsSchemeChar(char c) => IsAsciiLetterOrDigit(c) || c == '+' || c == '-' || c == '.';

    internal static bool IsHexDigit(char c) => IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
