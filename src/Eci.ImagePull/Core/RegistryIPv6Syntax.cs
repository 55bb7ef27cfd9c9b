using System;
using System.Collections.Generic;
using System.Globalization;

namespace Eci.ImagePull;

/// <summary>
/// Validates the text between the brackets of an IPv6 registry host and decodes its eight 16-bit groups.
/// </summary>
/// <remarks>
/// The image-reference grammar only admits hex digits and ':' here, so zone ids (<c>%eth0</c>) and the
/// dotted IPv4-in-IPv6 form are refused exactly as Docker would refuse them. Unlike that grammar, the shape
/// is also checked (group sizes, group count, a single '::'): a literal such as <c>fd00123123123</c> passes
/// the regex but names no address, so ECI could never reach it.
/// </remarks>
internal static class RegistryIPv6Syntax
{
    private const int GroupCount = 8;

    /// <summary>Returns null and the groups when <paramref name="text"/> is a well-formed IPv6 address, otherwise why it is not.</summary>
    internal static string? Check(string text, out ushort[]? groups)
    {
        groups = null;
        if (text.Length == 0)
        {
            return "the IPv6 literal between '[' and ']' is empty";
        }

        string? characterError = CheckCharacters(text);
        if (characterError != null)
        {
            return characterError;
        }

        int compression = text.IndexOf("::", StringComparison.Ordinal);
        if (compression >= 0 && text.IndexOf("::", compression + 1, StringComparison.Ordinal) >= 0)
        {
            return "the IPv6 literal " + MessageText.Quote(text) + " uses '::' more than once";
        }

        string head = compression >= 0 ? text.Substring(0, compression) : text;
        string tail = compression >= 0 ? text.Substring(compression + 2) : string.Empty;
        var headGroups = new List<ushort>(GroupCount);
        var tailGroups = new List<ushort>(GroupCount);
        string? groupError = ReadGroups(text, head, headGroups) ?? ReadGroups(text, tail, tailGroups);
        if (groupError != null)
        {
            return groupError;
        }

        int written = headGroups.Count + tailGroups.Count;
        bool sizeOk = compression >= 0 ? written < GroupCount : written == GroupCount;
        if (!sizeOk)
        {
            return "the IPv6 literal " + MessageText.Quote(text) + " has "
                + written.ToString(CultureInfo.InvariantCulture)
                + (compression >= 0 ? " groups besides '::' (at most 7 allowed)" : " groups instead of 8");
        }

        var result = new ushort[GroupCount];
        headGroups.CopyTo(result, 0);
        tailGroups.CopyTo(result, GroupCount - tailGroups.Count);
        groups = result;
        return null;
    }

    private static string? CheckCharacters(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ':' || IsHexDigit(c))
            {
                continue;
            }

            if (c == '%')
            {
                return "the IPv6 literal " + MessageText.Quote(text)
                    + " has a zone id ('%...'), which image references do not allow";
            }

            if (c == '.')
            {
                return "the IPv6 literal " + MessageText.Quote(text)
                    + " uses the dotted IPv4 form, which image references do not allow; write the last 32 bits in hex";
            }

            return "the IPv6 literal " + MessageText.Quote(text) + " contains "
                + MessageText.DescribeCharacter(c) + "; only hex digits and ':' are allowed";
        }

        return null;
    }

    private static string? ReadGroups(string literal, string part, List<ushort> groups)
    {
        if (part.Length == 0)
        {
            return null;
        }

        int start = 0;
        for (int i = 0; i <= part.Length; i++)
        {
            if (i < part.Length && part[i] != ':')
            {
                continue;
            }

            int length = i - start;
            if (length == 0 || length > 4)
            {
                return "the IPv6 literal " + MessageText.Quote(literal)
                    + (length == 0 ? " has an empty group (a stray ':')" : " has a group longer than 4 hex digits");
            }

            if (groups.Count == GroupCount)
            {
                return "the IPv6 literal " + MessageText.Quote(literal) + " has more than 8 groups";
            }

            groups.Add(ushort.Parse(part.Substring(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            start = i + 1;
        }

        return null;
    }

    private static bool IsHexDigit(char c) =>
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
