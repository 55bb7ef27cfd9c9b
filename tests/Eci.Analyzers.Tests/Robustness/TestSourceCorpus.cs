using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Eci.Analyzers.Tests.Machinery;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Eci.Analyzers.Tests.Robustness;

/// <summary>
/// Every ECI program the repository holds: the C# inside the string literals of the analyzer tests (found by parsing
/// the test files with Roslyn, not by pattern matching) and the sample app's files. Markup such as
/// <c>{|ECI002:...|}</c> is removed, and fragments get what the tests wrap them in (<see cref="Sources"/>).
/// </summary>
internal static class TestSourceCorpus
{
    private static readonly Regex MarkupOpen = new(@"\{\|[^:|{}\s]*:", RegexOptions.CultureInvariant);
    private static readonly Lazy<IReadOnlyList<CorpusSource>> Cached = new(Load);

    public static IReadOnlyList<CorpusSource> All => Cached.Value;

    private static IReadOnlyList<CorpusSource> Load()
    {
        var root = DescriptorTests.RepositoryRoot();
        var sources = new List<CorpusSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var testDirectory = Path.Combine(root, "tests", "Eci.Analyzers.Tests");
        foreach (var file in TestFiles(testDirectory))
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
            var name = Path.GetRelativePath(testDirectory, file).Replace('\\', '/');
            var index = 0;
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (!IsStringLiteral(token) || !token.ValueText.Contains("Request", StringComparison.Ordinal))
                {
                    continue;
                }

                var program = AsProgram(token);
                if (program is not null && seen.Add(program))
                {
                    sources.Add(new CorpusSource(name + "#" + index++, program));
                }
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(root, "samples", "Eci.Samples.ContainerGroups"), "*.cs").OrderBy(f => f, StringComparer.Ordinal))
        {
            sources.Add(new CorpusSource("sample/" + Path.GetFileName(file), File.ReadAllText(file)));
        }

        return sources;
    }

    /// <summary>
    /// The test files of every folder (Reach/, Fixes/...), not only the top one: the programs in the reach tests are the
    /// shapes most likely to trip the walk. Build output is left out.
    /// </summary>
    private static IEnumerable<string> TestFiles(string testDirectory) =>
        Directory.GetFiles(testDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(Path.GetRelativePath(testDirectory, file)))
            .OrderBy(file => file, StringComparer.Ordinal);

    private static bool IsBuildOutput(string relative)
    {
        var first = relative.Split('/', '\\')[0];
        return first is "bin" or "obj";
    }

    private static bool IsStringLiteral(SyntaxToken token) =>
        token.IsKind(SyntaxKind.StringLiteralToken)
        || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
        || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken);

    /// <summary>
    /// The literal as a whole program: as the test wraps it when it is passed to <c>Sources.InMethod</c>/<c>InClass</c>,
    /// with the usings when it is a file of its own; otherwise the first wrapping that parses. Literals that parse in
    /// no wrapping (expected messages that mention a request type) are not programs and give null.
    /// </summary>
    private static string? AsProgram(SyntaxToken token)
    {
        var text = StripMarkup(token.ValueText);
        var wrapper = (token.Parent?.Parent as ArgumentSyntax)?.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }
            ? member.Name.Identifier.ValueText
            : null;
        var candidates = new List<string>();
        switch (wrapper)
        {
            case "InMethod":
                candidates.Add(Sources.InMethod(text));
                break;
            case "InClass":
                candidates.Add(Sources.InClass(text));
                break;
        }

        if (text.Contains("using AlibabaCloud", StringComparison.Ordinal))
        {
            candidates.Add(text);
        }
        else if (Regex.IsMatch(text, @"\b(class|namespace|record|struct)\s"))
        {
            candidates.Add(Sources.Usings + "using Eci.ImagePull;\n" + text);
        }

        candidates.Add(Sources.InMethod(text));
        candidates.Add(Sources.InClass(text));
        return candidates.FirstOrDefault(ParsesCleanly);
    }

    private static string StripMarkup(string text) => MarkupOpen.Replace(text, string.Empty).Replace("|}", string.Empty, StringComparison.Ordinal);

    private static bool ParsesCleanly(string program) =>
        !CSharpSyntaxTree.ParseText(program, new CSharpParseOptions(LanguageVersion.CSharp12))
            .GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>One program of the corpus and where it came from.</summary>
internal sealed record CorpusSource(string Name, string Text);
