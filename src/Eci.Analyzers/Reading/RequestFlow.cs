using System.Collections.Concurrent;
using System.Threading;
using Eci.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// The one place that decides what a use of a request does to it (<see cref="RequestUse"/>), following the request
/// into the application's own methods: a wrapper, a gateway behind an interface, a retry helper's lambda, a logger.
/// </summary>
/// <remarks>
/// A method's treatment of a request parameter is summarized once per compilation, lazily, only for methods a request
/// actually reaches. Summaries chain through at most <see cref="MaxCallChain"/> methods (the default of the .NET SDK's
/// own interprocedural analysis); past that, and for recursion, the use is unknown. The budget is part of the cache
/// key, so a summary never depends on which caller asked first.
/// </remarks>
internal sealed class RequestFlow
{
    /// <summary>How many of the application's methods a request is followed through.</summary>
    public const int MaxCallChain = 3;

    private readonly EciKnownTypes _types;
    private readonly SourceBodies _bodies;
    private readonly SourceTypes _sourceTypes;
    private readonly ConcurrentDictionary<(IMethodSymbol Method, int Ordinal, int Budget), RequestUse> _summaries = new(SummaryKeyComparer.Instance);

    public RequestFlow(EciKnownTypes types, SourceBodies bodies, SourceTypes sourceTypes)
    {
        _types = types;
        _bodies = bodies;
        Bodies = bodies;
        _sourceTypes = sourceTypes;
        Writers = new RequestWriters(types, bodies);
        Builders = new BuilderRequests(types, bodies, Writers);
    }

    /// <summary>The application's builders whose <c>Build()</c> hands out a request filled by fluent calls.</summary>
    public BuilderRequests Builders { get; }

    /// <summary>The application's methods and constructors that only write into a request (extensions, derived requests).</summary>
    public RequestWriters Writers { get; }

    /// <summary>One parse per distinct image and registry-list text for this compilation (<see cref="Eci.ImagePull.Rules.ParseMemo"/> has the figure that keeps it).</summary>
    public Eci.ImagePull.Rules.ParseMemo Parses { get; } = new();

    /// <summary>The compilation's method bodies and member declarations, shared with the value reading.</summary>
    public SourceBodies Bodies { get; }

    /// <summary>The methods of this compilation a call may run (every implementation of an interface or virtual method).</summary>
    public System.Collections.Immutable.ImmutableArray<IMethodSymbol> SourceTypesOf(IInvocationOperation call, CancellationToken cancellationToken) =>
        _sourceTypes.TargetsOf(call.TargetMethod, call.IsVirtual, cancellationToken);

    /// <summary>The flow for one compilation (made at compilation start; its summaries live as long as it).</summary>
    public static RequestFlow For(EciKnownTypes types, Compilation compilation) =>
        new(types, new SourceBodies(compilation), new SourceTypes(compilation));

    /// <summary>
    /// What the parent of <paramref name="node"/> (a reference to a request, or its creation, seen through conversions)
    /// does with it. Writes to the request's own members are the caller's business: here they are escapes.
    /// </summary>
    public RequestUse UseOf(IOperation node, int budget, CancellationToken cancellationToken)
    {
        switch (node.Parent)
        {
            case IPropertyReferenceOperation property when property.Instance == node:
                return IsPlainRead(property) ? RequestUse.Read : RequestUse.Escapes;
            case IInvocationOperation invocation when invocation.Instance == node:
                return IsReadingMethodOnModel(invocation.TargetMethod) ? RequestUse.Read : RequestUse.Escapes;
            case IArgumentOperation argument:
                return UseAsArgument(argument, budget, cancellationToken);
            case IArrayInitializerOperation { Parent: IArrayCreationOperation { IsImplicit: true, Parent: IArgumentOperation { ArgumentKind: ArgumentKind.ParamArray } argument } }:
                // `logger.LogInformation("{Request}", request)`: an element of the params array of a reading API. A
                // params array of requests (`ApplyDefaults(params CreateContainerGroupRequest[] all)`) is not followed.
                return argument.Parameter is { } parameter && argument.Parent is IInvocationOperation call && ReadingApis.Reads(call.TargetMethod, parameter)
                    ? RequestUse.Read
                    : RequestUse.Escapes;
            case IInterpolationOperation:
            case IBinaryOperation:
            case IIsPatternOperation:
            case IIsTypeOperation:
            case IExpressionStatementOperation:
                return RequestUse.Read;
            default:
                return RequestUse.Escapes; // returned, stored, aliased, put in a collection, captured as a value...
        }
    }

    private RequestUse UseAsArgument(IArgumentOperation argument, int budget, CancellationToken cancellationToken)
    {
        if (argument.Parameter is not { RefKind: RefKind.None } parameter || argument.Parent is not IInvocationOperation invocation)
        {
            return RequestUse.Escapes; // by ref, or to a constructor (which may keep it)
        }

        var method = invocation.TargetMethod;
        if (_types.IsSendMethod(method))
        {
            return RequestUse.Sent;
        }

        if (ReadingApis.Reads(method, parameter))
        {
            return RequestUse.Read;
        }

        if (budget <= 0 || !_bodies.IsInThisCompilation(method) || parameter.IsParams)
        {
            return RequestUse.Escapes;
        }

        var targets = _sourceTypes.TargetsOf(method, invocation.IsVirtual, cancellationToken);
        if (targets.IsEmpty)
        {
            return RequestUse.Escapes;
        }

        RequestUse? joined = null;
        foreach (var target in targets)
        {
            var use = Summarize(target, parameter.Ordinal, budget, cancellationToken);
            joined = joined is { } previous ? RequestUses.Join(previous, use) : use;
            if (joined == RequestUse.Escapes)
            {
                break;
            }
        }

        return joined ?? RequestUse.Escapes;
    }

    /// <summary>What <paramref name="method"/> does with its request parameter number <paramref name="ordinal"/>.</summary>
    private RequestUse Summarize(IMethodSymbol method, int ordinal, int budget, CancellationToken cancellationToken)
    {
        var key = (method.OriginalDefinition, ordinal, budget);
        if (_summaries.TryGetValue(key, out var known))
        {
            return known;
        }

        // Computed outside the dictionary: a summary may ask for others (with a smaller budget, so this terminates), and
        // two threads computing the same one get the same answer.
        var use = Compute(method.OriginalDefinition, ordinal, budget, cancellationToken);
        return _summaries.GetOrAdd(key, use);
    }

    private RequestUse Compute(IMethodSymbol method, int ordinal, int budget, CancellationToken cancellationToken)
    {
        if (ordinal >= method.Parameters.Length || _bodies.BodyOf(method, cancellationToken) is not { } body)
        {
            return RequestUse.Escapes;
        }

        var parameter = method.Parameters[ordinal];
        var result = RequestUse.Read;
        foreach (var operation in body.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is not IParameterReferenceOperation reference
                || !SymbolEqualityComparer.Default.Equals(reference.Parameter.OriginalDefinition, parameter))
            {
                continue;
            }

            var node = Conversions.Outermost(reference);
            var use = node.Parent is ISimpleAssignmentOperation assignment && assignment.Target == node
                ? RequestUse.Escapes // the parameter now holds another request
                : UseOf(node, budget - 1, cancellationToken);
            result = RequestUses.Join(result, use);
            if (result == RequestUse.Escapes)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// Reading a member is harmless when nothing can change through it: a string, a number, a flag. A list or nested
    /// object read out of the request can be changed afterwards, so that counts as an escape.
    /// </summary>
    private static bool IsPlainRead(IPropertyReferenceOperation property)
    {
        if (property.Parent is ISimpleAssignmentOperation assignment && assignment.Target == property)
        {
            return false;
        }

        if (property.Parent is ICompoundAssignmentOperation or IIncrementOrDecrementOperation
            || property.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None })
        {
            return false;
        }

        var type = property.Type;
        return type is not null && (type.SpecialType == SpecialType.System_String || type.IsValueType);
    }

    /// <summary>The SDK models' own methods that only look at the object (TeaModel's ToMap and Validate, object's).</summary>
    private static bool IsReadingMethodOnModel(IMethodSymbol method) =>
        method.Name is "ToString" or "ToMap" or "Validate" or "GetHashCode" or "Equals" or "GetType";

    private sealed class SummaryKeyComparer : System.Collections.Generic.IEqualityComparer<(IMethodSymbol Method, int Ordinal, int Budget)>
    {
        public static readonly SummaryKeyComparer Instance = new();

        public bool Equals((IMethodSymbol Method, int Ordinal, int Budget) x, (IMethodSymbol Method, int Ordinal, int Budget) y) =>
            x.Ordinal == y.Ordinal && x.Budget == y.Budget && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

        public int GetHashCode((IMethodSymbol Method, int Ordinal, int Budget) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Method) * 31 + key.Ordinal) * 31 + key.Budget;
    }
}
