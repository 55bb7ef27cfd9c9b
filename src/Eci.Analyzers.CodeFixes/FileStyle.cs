using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eci.Analyzers.CodeFixes;

/// <summary>
/// How the file being fixed writes things, so generated code reads like its neighbours: <c>new()</c> only where the
/// language version has it and the file already uses it, <c>[...]</c> likewise, and the file's own line ending.
/// </summary>
internal sealed class FileStyle
{
    private FileStyle(bool targetTypedNew, bool collectionExpressions, string newLine)
    {
        TargetTypedNew = targetTypedNew;
        CollectionExpressions = collectionExpressions;
        NewLine = newLine;
    }

    /// <summary>C# 9 or later, and the file writes <c>new()</c> somewhere.</summary>
    public bool TargetTypedNew { get; }

    /// <summary>C# 12 or later, and the file writes a collection expression somewhere.</summary>
    public bool CollectionExpressions { get; }

    /// <summary>The file's first line ending (<c>\r\n</c> or <c>\n</c>).</summary>
    public string NewLine { get; }

    public static FileStyle Of(SyntaxNode root)
    {
        var version = root.SyntaxTree.Options is CSharpParseOptions options ? options.LanguageVersion : LanguageVersion.Default;
        var nodes = root.DescendantNodes();
        var targetTyped = version >= LanguageVersion.CSharp9 && nodes.OfType<ImplicitObjectCreationExpressionSyntax>().Any();
        var collections = version >= LanguageVersion.CSharp12 && root.DescendantNodes().OfType<CollectionExpressionSyntax>().Any();
        return new FileStyle(targetTyped, collections, NewLineOf(root.ToFullString()));
    }

    private static string NewLineOf(string text)
    {
        var at = text.IndexOf('\n');
        return at > 0 && text[at - 1] == '\r' ? "\r\n" : "\n";
    }
}
