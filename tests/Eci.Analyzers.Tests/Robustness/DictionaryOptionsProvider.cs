using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eci.Analyzers.Tests.Robustness;

/// <summary>
/// Analyzer config options from a dictionary, the same for every file: what a <c>.globalconfig</c> would give,
/// without a workspace. <see cref="OnTreeOptionsRequested"/> lets a test see when the analyzer asks for a file's options.
/// </summary>
internal sealed class DictionaryOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _options;

    public DictionaryOptionsProvider(IReadOnlyDictionary<string, string> values)
    {
        _options = new DictionaryOptions(values);
    }

    /// <summary>Called on every <see cref="GetOptions(SyntaxTree)"/>, before the options are returned.</summary>
    public Action<SyntaxTree>? OnTreeOptionsRequested { get; set; }

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
    {
        OnTreeOptionsRequested?.Invoke(tree);
        return _options;
    }

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values)
        {
            _values = values;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
