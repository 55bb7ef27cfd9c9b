using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace Eci.Analyzers.Tests.Fixes;

/// <summary>
/// One way a consumer's file can be laid out: language version, ImplicitUsings, namespace form, where the usings sit.
/// Only combinations that compile exist: global usings and file-scoped namespaces need C# 10.
/// </summary>
public sealed record CorpusLayout(LanguageVersion Language, bool ImplicitUsings, bool FileScoped, bool UsingsInside)
{
    public static IEnumerable<CorpusLayout> All()
    {
        foreach (var language in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp9, LanguageVersion.CSharp12 })
        {
            foreach (var implicitUsings in new[] { false, true })
            {
                foreach (var fileScoped in new[] { false, true })
                {
                    foreach (var usingsInside in new[] { false, true })
                    {
                        if (language >= LanguageVersion.CSharp10 || (!implicitUsings && !fileScoped))
                        {
                            yield return new CorpusLayout(language, implicitUsings, fileScoped, usingsInside);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The file: the SDK usings placed as the layout says, and the class in a namespace of the layout's form.</summary>
    public string File(string classText)
    {
        const string usings = "using AlibabaCloud.SDK.Eci20180808;\nusing AlibabaCloud.SDK.Eci20180808.Models;\n";
        var text = new System.Text.StringBuilder();
        if (!UsingsInside)
        {
            text.Append(usings).Append('\n');
        }

        if (FileScoped)
        {
            text.Append("namespace Deploy;\n\n");
            if (UsingsInside)
            {
                text.Append(usings).Append('\n');
            }

            text.Append(classText);
            return text.ToString();
        }

        text.Append("namespace Deploy\n{\n");
        if (UsingsInside)
        {
            text.Append(Indent(usings)).Append('\n');
        }

        text.Append(Indent(classText)).Append("}\n");
        return text.ToString();
    }

    public override string ToString() =>
        $"C# {Language.ToDisplayString()}, ImplicitUsings {(ImplicitUsings ? "on" : "off")}, "
        + $"{(FileScoped ? "file-scoped" : "block")} namespace, usings {(UsingsInside ? "inside" : "outside")}";

    private static string Indent(string text) =>
        string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
}
