using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eci.Analyzers.Options;

/// <summary>
/// Whether requests built in generated code are analyzed:
/// <code>
/// eci.analyze_generated_code = true
/// </code>
/// Off by default: generated files (<c>&lt;auto-generated&gt;</c> header, <c>*.g.cs</c>, <c>*.designer.cs</c>,
/// <c>generated_code = true</c>, <c>[GeneratedCode]</c>) are rewritten by their tool, so a diagnostic there is noise
/// the developer cannot act on. A team whose generator builds ECI requests turns it on to check the generator's output.
/// The value may come from a <c>.globalconfig</c> or from the <c>.editorconfig</c> section that applies to the file;
/// anything but <c>true</c> (case-insensitive) means off.
/// </summary>
internal static class GeneratedCodeOption
{
    public const string Key = "eci.analyze_generated_code";

    public static bool IsEnabled(AnalyzerConfigOptionsProvider provider, SyntaxTree tree) =>
        IsTrue(provider.GetOptions(tree)) || IsTrue(provider.GlobalOptions);

    private static bool IsTrue(AnalyzerConfigOptions options) =>
        options.TryGetValue(Key, out var value) && string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
}
