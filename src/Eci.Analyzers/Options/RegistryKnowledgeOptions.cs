using System.Collections.Concurrent;
using Eci.ImagePull;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Eci.Analyzers.Options;

/// <summary>
/// Reads what a team knows about its registries from <c>.editorconfig</c> / <c>.globalconfig</c>:
/// <code>
/// eci.plain_http_registries = harbor.lab.local, 192.168.1.10:5000
/// eci.insecure_registries = registry.corp.example:8443
/// eci.anonymous_registries = mirror.corp.example
/// eci.private_registries = ghcr.io
/// </code>
/// Values from a <c>.globalconfig</c> and from the <c>.editorconfig</c> section that applies to a file are combined.
/// Each distinct combination is parsed once per compilation and cached; garbage entries are ignored, never thrown.
/// </summary>
internal sealed class RegistryKnowledgeOptions
{
    public const string PlainHttpKey = "eci.plain_http_registries";
    public const string InsecureKey = "eci.insecure_registries";
    public const string AnonymousKey = "eci.anonymous_registries";
    public const string PrivateKey = "eci.private_registries";

    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly ConcurrentDictionary<string, RegistryKnowledge> _cache = new();

    public RegistryKnowledgeOptions(AnalyzerConfigOptionsProvider provider)
    {
        _provider = provider;
    }

    public RegistryKnowledge For(SyntaxTree tree)
    {
        var global = _provider.GlobalOptions;
        var local = _provider.GetOptions(tree);
        var plainHttp = Combine(global, local, PlainHttpKey);
        var insecure = Combine(global, local, InsecureKey);
        var anonymous = Combine(global, local, AnonymousKey);
        var @private = Combine(global, local, PrivateKey);
        if (plainHttp.Length == 0 && insecure.Length == 0 && anonymous.Length == 0 && @private.Length == 0)
        {
            return RegistryKnowledge.None;
        }

        var key = plainHttp + "\n" + insecure + "\n" + anonymous + "\n" + @private;
        return _cache.GetOrAdd(key, _ => RegistryKnowledge.FromSettings(plainHttp, insecure, anonymous, @private));
    }

    private static string Combine(AnalyzerConfigOptions global, AnalyzerConfigOptions local, string key)
    {
        global.TryGetValue(key, out var fromGlobal);
        local.TryGetValue(key, out var fromLocal);
        if (string.IsNullOrWhiteSpace(fromGlobal))
        {
            return fromLocal?.Trim() ?? string.Empty;
        }

        return string.IsNullOrWhiteSpace(fromLocal) || fromLocal == fromGlobal ? fromGlobal!.Trim() : fromGlobal!.Trim() + "," + fromLocal!.Trim();
    }
}
