using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Eci.Analyzers.Model;
using Eci.Analyzers.Options;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers;

/// <summary>
/// Reports the image-pull settings of ECI requests that make the pull fail or leak a secret (ECI001-ECI011).
/// One analyzer serves every rule because they share one reading of the request and one engine evaluation
/// (the engine's rules depend on each other's verdicts: "one root cause, one diagnostic").
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ImagePullSettingsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PortMismatch,
        DiagnosticDescriptors.PlainHttp,
        DiagnosticDescriptors.SelfSigned,
        DiagnosticDescriptors.MissingCredential,
        DiagnosticDescriptors.MalformedAddress,
        DiagnosticDescriptors.InvalidImage,
        DiagnosticDescriptors.HardCodedPassword,
        DiagnosticDescriptors.LoopbackRegistry,
        DiagnosticDescriptors.VpcRegion,
        DiagnosticDescriptors.DeadEntry,
        DiagnosticDescriptors.InternetEgress);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is visited so that eci.analyze_generated_code can turn it on; by default a generated body
        // is dropped where its block starts, before anything is collected (see GeneratedCodeOption).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // Gate: without the SDK's request types there is nothing to analyze and nothing is registered.
        var types = EciKnownTypes.TryCreate(context.Compilation);
        if (types is null)
        {
            return;
        }

        var options = new RegistryKnowledgeOptions(context.Options.AnalyzerConfigOptionsProvider);
        var cache = new ParseCache(); // the same registries and images recur across the files of a project
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        context.RegisterOperationBlockStartAction(blockStart =>
        {
            if (blockStart.IsGeneratedCode && !AnalyzesGeneratedCode(provider, blockStart.OperationBlocks))
            {
                return;
            }

            // Only bodies that create a request are walked; the walk (which collects the creations itself) happens once
            // per body, at its end. Here a flag is all that is needed.
            var createsRequest = 0;
            blockStart.RegisterOperationAction(
                operation =>
                {
                    if (types.GetShape(operation.Operation.Type) is not null)
                    {
                        Interlocked.Exchange(ref createsRequest, 1);
                    }
                },
                OperationKind.ObjectCreation);
            blockStart.RegisterOperationBlockEndAction(blockEnd =>
            {
                if (Volatile.Read(ref createsRequest) == 1)
                {
                    AnalyzeBody(blockEnd, types, options, cache);
                }
            });
        });
    }

    private static bool AnalyzesGeneratedCode(AnalyzerConfigOptionsProvider provider, ImmutableArray<IOperation> blocks) =>
        !blocks.IsEmpty && GeneratedCodeOption.IsEnabled(provider, blocks[0].Syntax.SyntaxTree);

    private static void AnalyzeBody(OperationBlockAnalysisContext context, EciKnownTypes types, RegistryKnowledgeOptions options, ParseCache cache)
    {
        var index = BodyIndex.Build(types, context.OperationBlocks, context.CancellationToken);
        var values = new ValueReader(index, context.CancellationToken);
        var reader = new RequestReader(types, index, values, cache);
        foreach (var creation in index.RequestCreations)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var knowledge = options.For(creation.Syntax.SyntaxTree);
            var request = reader.Read(creation, knowledge);
            if (request is null)
            {
                continue;
            }

            foreach (var finding in PullSettingsRules.Evaluate(request.Settings))
            {
                var diagnostic = CreateDiagnostic(finding, request);
                if (diagnostic is not null)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }

    private static Diagnostic? CreateDiagnostic(PullFinding finding, RequestModel request)
    {
        var descriptor = DiagnosticDescriptors.ForRule(finding.RuleId);
        if (descriptor is null || finding.Source is not SyntaxNode node)
        {
            return null;
        }

        // Only the properties that have a value: the fixer reads a missing key as null, and on a project full of
        // findings every entry is an immutable-dictionary node per diagnostic.
        var additional = new List<Location>(5) { request.Creation.Syntax.GetLocation() };
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[FixProperties.Action] = finding.Fix.ToString();
        properties[FixProperties.Subject] = finding.Subject.ToString();
        properties[FixProperties.RequestKind] = request.Shape.Kind.ToString();
        AddIfPresent(properties, FixProperties.Address, finding.Address?.ToString());
        AddIfPresent(properties, FixProperties.Entry, finding.EntryText);
        AddIfPresent(properties, FixProperties.Replacement, finding.Replacement);
        if (request.CredentialListAbsent)
        {
            properties[FixProperties.CredentialsAbsent] = "true";
        }

        AddLocation(additional, properties, FixProperties.PlainHttpAt, request.PlainHttpValue);
        AddLocation(additional, properties, FixProperties.InsecureAt, request.InsecureValue);
        AddLocation(additional, properties, FixProperties.CredentialsAt, request.CredentialListValue);
        AddLocation(additional, properties, FixProperties.AutoCreateEipAt, request.AutoCreateEipValue);

        var arguments = new object[finding.MessageArguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = finding.MessageArguments[i];
        }

        return Diagnostic.Create(descriptor, LocationOf(finding, node), additional, properties.ToImmutable(), arguments);
    }

    /// <summary>
    /// A finding about one entry of a comma-separated list sits on that entry inside the literal, so four bad entries
    /// are four precise squiggles, not four on the same string. Literals with escapes (and non-literals) keep the
    /// whole expression: there the text offsets do not map one to one.
    /// </summary>
    private static Location LocationOf(PullFinding finding, SyntaxNode node)
    {
        if (finding.Entry is { } entry
            && node is LiteralExpressionSyntax { Token: var token } literal
            && literal.IsKind(SyntaxKind.StringLiteralExpression)
            && token.Text.Length == token.ValueText.Length + 2
            && token.Text[0] == '"')
        {
            var text = entry.Text;
            var trimmed = text.Trim();
            if (trimmed.Length > 0)
            {
                var start = literal.SpanStart + 1 + entry.Start + text.IndexOf(trimmed, System.StringComparison.Ordinal);
                return Location.Create(node.SyntaxTree, new Microsoft.CodeAnalysis.Text.TextSpan(start, trimmed.Length));
            }
        }

        return node.GetLocation();
    }

    /// <summary>Indexes into AdditionalLocations are 1 to 4: cached texts instead of a new string per diagnostic.</summary>
    private static string IndexText(int index) =>
        index < IndexTexts.Length ? IndexTexts[index] : index.ToString(CultureInfo.InvariantCulture);

    private static readonly string[] IndexTexts = { "0", "1", "2", "3", "4", "5" };

    private static void AddIfPresent(ImmutableDictionary<string, string?>.Builder properties, string key, string? value)
    {
        if (value is not null)
        {
            properties[key] = value;
        }
    }

    private static void AddLocation(List<Location> locations, ImmutableDictionary<string, string?>.Builder properties, string key, IOperation? operation)
    {
        if (operation is null)
        {
            return;
        }

        properties[key] = IndexText(locations.Count);
        locations.Add(operation.Syntax.GetLocation());
    }
}
