using System.Globalization;
using System.Text;

namespace Eci.Pull.Tool;

/// <summary>
/// Makes text from elsewhere (a registry's error message, a digest or media type it sent, a platform field) safe to
/// print for a human: control characters, which a terminal would obey (clear the screen, move the cursor back over a
/// line to forge a "verified" one, set the window title), and invisible format characters such as bidi overrides are
/// shown escaped (<c>\n</c>, <c>\x1b</c>, <c>\u202e</c>), and the text is capped so one answer cannot flood the screen.
/// JSON output needs none of this: its encoder escapes control characters itself.
/// </summary>
internal static class TerminalText
{
    /// <summary>Longest server-supplied text printed in full; the rest is counted, not shown.</summary>
    public const int MaxLength = 2000;

    public static string Escape(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(System.Math.Min(text.Length, maxLength) + 16);
        var shown = 0;
        for (; shown < text.Length && builder.Length < maxLength; shown++)
        {
            var c = text[shown];
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append(c < 0x100 ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        if (shown < text.Length)
        {
            builder.Append(CultureInfo.InvariantCulture, $"... ({text.Length - shown} more characters not shown)");
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c)
    {
        if (char.IsControl(c))
        {
            return true;
        }

        // Format characters (bidi overrides and isolates, zero-width joiners) change how the rest of a line reads.
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
