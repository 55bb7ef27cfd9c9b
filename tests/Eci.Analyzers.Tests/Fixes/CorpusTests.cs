extern alias analyzers;

using Eci.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using FixProvider = analyzers::Eci.Analyzers.CodeFixes.ImagePullSettingsCodeFixProvider;

namespace Eci.Analyzers.Tests.Fixes;

/// <summary>
/// Every fix, alone and through Fix All rule by rule (as <c>dotnet format analyzers</c> runs them), over request-building
/// files in every layout: the result compiles, and no diagnostic of a fixed rule is left.
/// </summary>
public class CorpusTests
{
    private static readonly string[] FixedRules = new FixProvider().FixableDiagnosticIds.ToArray();

    public static TheoryData<CorpusLayout> Layouts()
    {
        var data = new TheoryData<CorpusLayout>();
        foreach (var layout in CorpusLayout.All())
        {
            data.Add(layout);
        }

        return data;
    }

    [Fact]
    public void TheLayoutsCoverEveryCombinationThatCompiles() =>
        Assert.Equal(12, CorpusLayout.All().Count()); // C# 7.3 and 9: 2 each (usings in/out); C# 12: 2 x 2 x 2

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task FixAllLeavesCodeThatCompilesAndNothingToFix(CorpusLayout layout)
    {
        foreach (var (name, classText) in new CorpusFiles(layout.Language).All())
        {
            var document = Create(layout, classText);
            Assert.True((await FixWorkspace.ErrorsAsync(document)).IsEmpty, $"{name} ({layout}) does not compile before the fixes");
            var before = await FixWorkspace.DiagnosticsAsync(document, FixedRules);
            Assert.NotEmpty(before);

            var fixedDocument = await FixWorkspace.FixAllRulesAsync(document, FixedRules);

            var text = await FixWorkspace.TextAsync(fixedDocument);
            var errors = await FixWorkspace.ErrorsAsync(fixedDocument);
            Assert.True(errors.IsEmpty, $"{name} ({layout}):\n{string.Join("\n", errors)}\n{text}");
            var left = await FixWorkspace.DiagnosticsAsync(fixedDocument, FixedRules);
            Assert.True(left.IsEmpty, $"{name} ({layout}):\n{string.Join("\n", left)}\n{text}");
            AssertUsingsWhereTheFileKeepsThem(layout, text, name);
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task EachFixAloneCompiles(CorpusLayout layout)
    {
        foreach (var (name, classText) in new CorpusFiles(layout.Language).All())
        {
            var document = Create(layout, classText);
            foreach (var diagnostic in await FixWorkspace.DiagnosticsAsync(document, FixedRules))
            {
                var fixedDocument = await FixWorkspace.ApplyFixAsync(document, diagnostic);

                Assert.True(fixedDocument is not null, $"{name} ({layout}): no fix for {diagnostic}");
                var errors = await FixWorkspace.ErrorsAsync(fixedDocument!);
                Assert.True(errors.IsEmpty, $"{name} ({layout}), {diagnostic}:\n{string.Join("\n", errors)}\n{await FixWorkspace.TextAsync(fixedDocument!)}");
            }
        }
    }

    private static Document Create(CorpusLayout layout, string classText) =>
        FixWorkspace.Create(layout.File(classText), new ConsumerSettings(layout.Language, layout.ImplicitUsings, CorpusFiles.EditorConfig));

    private static void AssertUsingsWhereTheFileKeepsThem(CorpusLayout layout, string text, string name)
    {
        var namespaceAt = text.IndexOf("namespace Deploy", StringComparison.Ordinal);
        var importPullAt = text.IndexOf("using Eci.ImagePull;", StringComparison.Ordinal);
        if (importPullAt >= 0)
        {
            Assert.True(layout.UsingsInside == importPullAt > namespaceAt, $"{name} ({layout}): using Eci.ImagePull; on the wrong side\n{text}");
        }

        var addedGeneric = text.Contains("using System.Collections.Generic;", StringComparison.Ordinal);
        if (layout.ImplicitUsings)
        {
            Assert.False(addedGeneric, $"{name} ({layout}): repeats a global using\n{text}");
        }
    }
}
