using System;
using System.Globalization;
using System.Text;

namespace Eci.ImagePull;

/// <summary>Small text helpers for image-reference parsing and its error messages.</summary>
internal static class ImageReferenceText
{
    // Messages echo the input; a pasted 100 kB blob must not turn into a 100 kB message.
    private const int MaxQuotedLength = 200;

    /// <summary>
    /// Wraps <paramref name="text"/> in double quotes, escaping quotes, backslashes and control characters, and
    /// shortening the result to about <see cref="MaxQuotedLength"/> characters (escapes included).
    /// </summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxQuotedLength) + 32);
        builder.Append('"');
        int i = 0;
        for (; i < text.Length && builder.Length <= MaxQuotedLength; i++)
        {
            char c = text[i];
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || c == '\u007f')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (i == text.Length)
        {
            return builder.Append('"').ToString();
        }

        return builder.Append("...\" (")
            .Append(text.Length.ToString(CultureInfo.InvariantCulture))
            .Append(" characters)")
            .ToString();
    }

    /// <summary>Names one character so a reader can tell what it is, even when it is invisible.</summary>
    internal static string DescribeChar(char c)
    {
        string code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        if (c == ' ')
        {
            return "a space";
        }

        if (c < ' ' || c == '\u007f' || char.IsWhiteSpace(c))
        {
            return "the invisible character " + code;
        }

        if (char.IsSurrogate(c))
        {
            return "the character " + code;
        }

        return c < '\u0080' ? "'" + c + "'" : "'" + c + "' (" + code + ")";
    }

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

    internal static bool IsHexDigit(char c) => IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
