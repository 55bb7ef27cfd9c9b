using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Eci.Analyzers.Options;
using Eci.Analyzers.Reading;
using Eci.Analyzers.Reporting;
using Eci.Analyzers.Sdk;
using Eci.ImagePull;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers;

/// <summary>
/// Judges the requests a method of the application builds with the values a call site passes it:
/// <c>sandboxes.Create("lab", "harbor.lab.local/qa/runner:3")</c> is reported on that argument when the method puts it
/// into a request that cannot pull it. Arguments are followed through at most <see cref="RequestFlow.MaxCallChain"/>
/// methods. Only findings about the call site's own values are reported here, on the call site, so they show in the
/// caller's document while it is typed; the called method's other findings are its own analysis's.
/// </summary>
internal sealed class CallSiteDiagnostics
{
    private readonly EciKnownTypes _types;
    private readonly RequestFlow _flow;
    private readonly RegistryKnowledgeOptions _options;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _buildsModels = new(SymbolEqualityComparer.Default);
    // What a called method's body gives every call site alike (its index, written parameters, inner calls), made once
    // per method: a helper called from a hundred places was walked a hundred times.
    private readonly ConcurrentDictionary<IMethodSymbol, CalledBody?> _calledBodies = new(SymbolEqualityComparer.Default);

    public CallSiteDiagnostics(EciKnownTypes types, RequestFlow flow, RegistryKnowledgeOptions options)
    {
        _types = types;
        _flow = flow;
        _options = options;
    }

    /// <summary>
    /// The cheap test made for every call in every body: a method of this compilation that gets a string which may be
    /// an image or registry (a constant with '/', '.' or ':', or an expression the resolver can follow).
    /// </summary>
    public bool IsCandidate(IInvocationOperation invocation)
    {
        if (invocation.Arguments.IsEmpty || !_flow.Bodies.IsInThisCompilation(invocation.TargetMethod) || _types.IsSendMethod(invocation.TargetMethod))
        {
            return false;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String && MayBeAddress(ValueReader.Unwrap(argument.Value)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayBeAddress(IOperation value)
    {
        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            return text.IndexOfAny(AddressCharacters) >= 0;
        }

        return value.Kind is OperationKind.FieldReference or OperationKind.PropertyReference or OperationKind.InterpolatedString
            or OperationKind.Binary or OperationKind.Conditional or OperationKind.Coalesce or OperationKind.SwitchExpression
            or OperationKind.LocalReference or OperationKind.ParameterReference or OperationKind.Invocation;
    }

    private static readonly char[] AddressCharacters = { '/', '.', ':' };

    /// <summary>Reports the findings about <paramref name="call"/>'s arguments (<paramref name="strings"/> reads the caller's values).</summary>
    public void Report(IInvocationOperation call, StringResolver strings, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        // Made on the first finding: most call sites pass values the called method's requests accept.
        HashSet<(string Id, TextSpan Span, string Message)>? seen = null;
        Evaluate(call, strings, call, RequestFlow.MaxCallChain, diagnostic =>
        {
            if ((seen ??= new HashSet<(string Id, TextSpan Span, string Message)>()).Add((diagnostic.Id, diagnostic.Location.SourceSpan, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))))
            {
                report(diagnostic);
            }
        }, cancellationToken);
    }

    private void Evaluate(IInvocationOperation call, StringResolver strings, IInvocationOperation site, int budget, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        if (budget <= 0)
        {
            return;
        }

        foreach (var target in _flow.SourceTypesOf(call, cancellationToken))
        {
            if (!BuildsModels(target, cancellationToken) || CalledBodyOf(target, cancellationToken) is not { } called)
            {
                continue;
            }

            var bindings = ParameterBindings.For(call.Arguments, target, called.WrittenParameters, strings);
            if (bindings.Count == 0)
            {
                continue;
            }

            var index = called.Index(_types, _flow, cancellationToken);
            var calleeStrings = new StringResolver(index, _flow.Bodies, cancellationToken, bindings, strings.Origins);
            var reader = new RequestReader(_types, index, new ValueReader(index, calleeStrings, cancellationToken, _types, _flow.Bodies), _flow, cancellationToken);
            foreach (var creation in index.RequestCreations)
            {
                var request = reader.Read(creation, _options.For(site.Syntax.SyntaxTree));
                if (request is not null)
                {
                    DetachedFindings.Report(request, site.Syntax.SyntaxTree, site.Syntax.Span, report, strings.Origins);
                }
            }

            if (budget == 1)
            {
                continue; // the calls inside would be past the chain's end: not worth a walk of the body
            }

            foreach (var inner in called.Candidates(this))
            {
                Evaluate(inner, calleeStrings, site, budget - 1, report, cancellationToken);
            }
        }
    }

    private CalledBody? CalledBodyOf(IMethodSymbol target, CancellationToken cancellationToken)
    {
        var key = target.OriginalDefinition;
        if (_calledBodies.TryGetValue(key, out var known))
        {
            return known;
        }

        var body = _flow.Bodies.BodyOf(target, cancellationToken);
        return _calledBodies.GetOrAdd(key, body is null ? null : new CalledBody(body, ParameterBindings.WrittenParameters(body, key)));
    }

    /// <summary>
    /// A called method's body and what every call site reads from it alike. Its parts are made on first need; two threads
    /// may both make one, with the same result, and either is kept.
    /// </summary>
    private sealed class CalledBody
    {
        private readonly IOperation _body;
        private BodyIndex? _index;
        private List<IInvocationOperation>? _candidates;

        public CalledBody(IOperation body, List<IParameterSymbol> writtenParameters)
        {
            _body = body;
            WrittenParameters = writtenParameters;
        }

        /// <summary>The method's own parameters its body writes: they no longer hold what a caller passed.</summary>
        public List<IParameterSymbol> WrittenParameters { get; }

        public BodyIndex Index(EciKnownTypes types, RequestFlow flow, CancellationToken cancellationToken) =>
            _index ??= BodyIndex.Build(types, flow, ImmutableArray.Create(_body), cancellationToken);

        /// <summary>The calls in the body that pass on a value which may be an image or registry, in source order.</summary>
        public List<IInvocationOperation> Candidates(CallSiteDiagnostics callSites)
        {
            if (_candidates is { } known)
            {
                return known;
            }

            var candidates = new List<IInvocationOperation>();
            foreach (var operation in _body.Descendants())
            {
                if (operation is IInvocationOperation inner && callSites.IsCandidate(inner))
                {
                    candidates.Add(inner);
                }
            }

            return _candidates = candidates;
        }
    }

    /// <summary>Whether a method creates SDK models or hands values on to the application's methods (once per method).</summary>
    private bool BuildsModels(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var key = method.OriginalDefinition;
        if (_buildsModels.TryGetValue(key, out var known))
        {
            return known;
        }

        var builds = false;
        if (_flow.Bodies.BodyOf(key, cancellationToken) is { } body)
        {
            foreach (var operation in body.Descendants())
            {
                if (operation is IObjectCreationOperation creation && _types.IsTrackedModel(creation.Type)
                    || operation is IInvocationOperation invocation && _flow.Bodies.IsInThisCompilation(invocation.TargetMethod))
                {
                    builds = true;
                    break;
                }
            }
        }

        return _buildsModels.GetOrAdd(key, builds);
    }
}
