using System;
using System.Globalization;
using System.Text;

namespace Eci.ImagePull;

/// <summary>
/// Renders user-supplied registry text inside error messages. Inputs can be huge or full of control
/// characters (they come from configuration and source code), so quoted text is truncated and
/// non-printable characters are shown as code points: a message must stay readable and bounded.
/// </summary>
internal static class RegistryMessageText
{
    private const int MaxQuotedLength = 80;

    /// <summary>Quotes <paramref name="text"/> for a message, escaping invisible characters and truncating long input.</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxQuotedLength) + 16);
        builder.Append('\'');
        int shown = Math.Min(text.Length, MaxQuotedLength);
        for (int i = 0; i < shown; i++)
        {
            AppendVisible(builder, text[i]);
        }

        builder.Append('\'');
        if (text.Length > MaxQuotedLength)
        {
            builder.Append(" (").Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters, truncated)");
        }

        return builder.ToString();
    }

    /// <summary>Names one character: printable ASCII (and the space) as <c>'x'</c>, anything else as <c>U+XXXX</c> so look-alikes are visible.</summary>
    internal static string DescribeCharacter(char c)
    {
        return IsPrintableAscii(c) || c == ' '
            ? "'" + c + "'"
            : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }

    private static void AppendVisible(StringBuilder builder, char c)
    {
        if (IsPrintableAscii(c) || c == ' ')
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
