using System;
using System.Globalization;
using System.Text;

namespace Eci.ImagePull;

/// <summary>
/// Renders user-supplied text inside every message the library and the rules write (image references, registry
/// addresses, list entries): in single quotes, as every rule message quotes its arguments. Inputs can be huge or full
/// of control characters (they come from configuration and source code), so quoted text is truncated and characters
/// outside printable ASCII are shown as code points: a message must stay readable and bounded, and look-alikes visible.
/// </summary>
internal static class MessageText
{
    // Long enough for an image reference as people write them; a pasted 100 kB blob must not become a 100 kB message.
    private const int MaxQuotedLength = 200;

    /// <summary>
    /// Wraps <paramref name="text"/> in single quotes; <c>'</c> and <c>\</c> are escaped with <c>\</c>, characters outside
    /// printable ASCII become <c>\uXXXX</c>, and the quote stops after about <see cref="MaxQuotedLength"/> characters (escapes included).
    /// </summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxQuotedLength) + 48);
        builder.Append('\'');
        int i = 0;
        for (; i < text.Length && builder.Length <= MaxQuotedLength; i++)
        {
            AppendVisible(builder, text[i]);
        }

        builder.Append('\'');
        if (i < text.Length)
        {
            builder.Append(" (").Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters, truncated)");
        }

        return builder.ToString();
    }

    /// <summary>
    /// Names one character so a reader can tell what it is: printable ASCII as <c>'x'</c>, the space as "a space", a
    /// visible non-ASCII character with its code point (<c>'é' (U+00E9)</c>, so look-alikes show), and anything that
    /// would not show or would rearrange the text around it (controls, other white space, format characters such as
    /// bidirectional overrides, lone surrogates, private or unassigned code points) by its code point alone. The one
    /// character describer for image references, registry addresses and list entries.
    /// </summary>
    internal static string DescribeCharacter(char c)
    {
        if (c == ' ')
        {
            return "a space";
        }

        if (IsPrintableAscii(c))
        {
            return "'" + c + "'";
        }

        string code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return "the invisible character " + code;
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return "the character " + code;
            default:
                return "'" + c + "' (" + code + ")";
        }
    }

    private static void AppendVisible(StringBuilder builder, char c)
    {
        if (c == '\'' || c == '\\')
        {
            builder.Append('\\').Append(c);
        }
        else if (IsPrintableAscii(c) || c == ' ')
        {
            builder.Append(c);
        }
        else
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
    }

    private static bool IsPrintableAscii(char c) => c > ' ' && c < '\u007F';
}
