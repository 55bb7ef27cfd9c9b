using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Where the values read from members were written: <c>Images.Api</c> in a request is reported where it is used (in the
/// body being analyzed, once per request), and this remembers the initializer that holds its text, so the diagnostic
/// can point there too (an additional location, and a note in its message) and ECI006 can correct the text itself.
/// One per body analysis, filled as the <see cref="StringResolver"/> follows members; keyed by the use's syntax.
/// </summary>
internal sealed class ValueOrigins
{
    private readonly Dictionary<SyntaxNode, ValueOrigin> _byUse = new();

    public void Record(SyntaxNode use, ValueOrigin origin)
    {
        if (!_byUse.ContainsKey(use))
        {
            _byUse[use] = origin;
        }
    }

    public ValueOrigin? Of(SyntaxNode use) => _byUse.TryGetValue(use, out var origin) ? origin : null;
}

/// <summary>The expression in a member's declaration that supplied a value, and the member's name as code spells it.</summary>
internal sealed class ValueOrigin
{
    public ValueOrigin(SyntaxNode written, string member, bool isWhole)
    {
        Written = written;
        Member = member;
        IsWhole = isWhole;
    }

    /// <summary>The initializer expression (or table element) that holds the text.</summary>
    public SyntaxNode Written { get; }

    /// <summary><c>Registries.Lab</c>, <c>Catalog.Images["api"]</c>.</summary>
    public string Member { get; }

    /// <summary>
    /// True when the written expression is the whole value at the use (<c>Image = Images.Api</c>); false when it is one
    /// part of it (<c>Image = Registries.Lab + "/app:1"</c>), where correcting the written text would be wrong.
    /// </summary>
    public bool IsWhole { get; }

    /// <summary>The same origin seen through a concatenation at the use: only a part of the value.</summary>
    public ValueOrigin AsPart() => IsWhole ? new ValueOrigin(Written, Member, isWhole: false) : this;

    /// <summary>The message note: " (from Registries.Lab in Constants.cs, line 3)".</summary>
    public string Note()
    {
        var span = Written.GetLocation().GetLineSpan();
        var file = FileName(span.Path);
        return string.Format(
            CultureInfo.InvariantCulture,
            " (from {0} in {1}, line {2})",
            Member,
            string.IsNullOrEmpty(file) ? "this file" : file,
            span.StartLinePosition.Line + 1);
    }

    /// <summary>The last segment of a tree's path, by hand: Path.GetFileName throws on characters .NET Framework hosts reject.</summary>
    private static string FileName(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var slash = path!.LastIndexOfAny(Separators);
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private static readonly char[] Separators = { '/', '\\' };
}
