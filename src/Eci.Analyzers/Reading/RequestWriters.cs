using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Eci.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Finds the application's methods that only write into a request they are handed (extension methods such as
/// <c>request.AddContainer("web", image)</c>, <c>request.UsePlainHttp(registry)</c>) and the constructors of classes
/// deriving from a request type that only set members (<c>public LabRequest() { PlainHttpRegistry = "harbor.lab.local"; }</c>).
/// </summary>
/// <remarks>
/// A writer's body is a straight list of statements, each one of: <c>p.Member = value;</c>, <c>p.Member.Add(x);</c>,
/// <c>p.Member ??= new List&lt;T&gt;();</c>, <c>if (p.Member == null) { p.Member = new List&lt;T&gt;(); }</c>,
/// <c>(p.Member ??= new List&lt;T&gt;()).Add(x);</c>, a statement that does not mention the request, and a final
/// <c>return p;</c>. Anything else done with the request (passing it on, reading a list out of it, writing in a branch, an
/// early return) makes the method no writer, and the request stays as unknown as any escaping one. Summaries are made
/// once per compilation, lazily, for the methods a request actually reaches.
/// </remarks>
internal sealed class RequestWriters
{
    private const int ConstructorOrdinal = -1;
    private const int FieldOrdinal = -2;
    private readonly EciKnownTypes _types;
    private readonly SourceBodies _bodies;
    private readonly ConcurrentDictionary<(IMethodSymbol Method, int Ordinal), RequestWriter?> _summaries = new(KeyComparer.Instance);

    public RequestWriters(EciKnownTypes types, SourceBodies bodies)
    {
        _types = types;
        _bodies = bodies;
    }

    /// <summary>The writer <paramref name="call"/> runs on the request passed as <paramref name="argument"/>, or null.</summary>
    public RequestWriter? ForCall(IInvocationOperation call, IArgumentOperation argument, CancellationToken cancellationToken)
    {
        var method = call.TargetMethod;
        if (argument.Parameter is not { RefKind: RefKind.None, IsParams: false } parameter
            || (call.IsVirtual && (method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType?.TypeKind == TypeKind.Interface))
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.ReducedExtension)
            || !_bodies.IsInThisCompilation(method))
        {
            return null;
        }

        return Summarize(method.ReducedFrom ?? method, parameter.Ordinal + (method.ReducedFrom is null ? 0 : 1), RequestFlow.MaxCallChain, cancellationToken);
    }

    /// <summary>
    /// The writer of <paramref name="constructor"/> (of a class deriving from a request type) with the constructors it
    /// chains to, at most <see cref="RequestFlow.MaxCallChain"/> of them; null when one does more than write members.
    /// </summary>
    public RequestWriter? ForConstructor(IMethodSymbol constructor, CancellationToken cancellationToken) =>
        Summarize(constructor, ConstructorOrdinal, RequestFlow.MaxCallChain, cancellationToken);

    private RequestWriter? Summarize(IMethodSymbol method, int ordinal, int budget, CancellationToken cancellationToken)
    {
        var key = (method.OriginalDefinition, ordinal);
        if (_summaries.TryGetValue(key, out var known))
        {
            return known;
        }

        var writer = budget <= 0 ? null : Compute(key.Item1, ordinal, budget, cancellationToken);
        return _summaries.GetOrAdd(key, writer);
    }

    private RequestWriter? Compute(IMethodSymbol method, int ordinal, int budget, CancellationToken cancellationToken)
    {
        if (ordinal == ConstructorOrdinal)
        {
            return ComputeConstructor(method, budget, cancellationToken);
        }

        if (ordinal >= method.Parameters.Length || _bodies.BodyOf(method, cancellationToken) is not IMethodBodyBaseOperation body)
        {
            return null;
        }

        var parameter = method.Parameters[ordinal];
        var writer = new RequestWriter(method, body);
        System.Func<IOperation, bool> isRequest = operation => operation is IParameterReferenceOperation reference
            && SymbolEqualityComparer.Default.Equals(reference.Parameter.OriginalDefinition, parameter);
        return ReadStatements(body, writer, isRequest, isRequest, cancellationToken) ? writer : null;
    }

    /// <summary>
    /// A builder's fluent method that writes into the request the builder keeps in <paramref name="field"/> and returns
    /// <c>this</c> (<c>_request.PlainHttpRegistry = registry; return this;</c>), or null.
    /// </summary>
    public RequestWriter? ForBuilderMethod(IMethodSymbol method, IFieldSymbol field, CancellationToken cancellationToken)
    {
        var key = (method.OriginalDefinition, FieldOrdinal);
        if (_summaries.TryGetValue(key, out var known))
        {
            return known;
        }

        RequestWriter? writer = null;
        if (!method.IsStatic && method.MethodKind == MethodKind.Ordinary && !method.IsVirtual && !method.IsAbstract && !method.IsOverride
            && SymbolEqualityComparer.Default.Equals(method.ReturnType, method.ContainingType)
            && _bodies.BodyOf(method, cancellationToken) is IMethodBodyBaseOperation body)
        {
            writer = new RequestWriter(method, body);
            System.Func<IOperation, bool> isRequest = operation => operation is IFieldReferenceOperation { Instance: IInstanceReferenceOperation } reference
                && SymbolEqualityComparer.Default.Equals(reference.Field.OriginalDefinition, field.OriginalDefinition);
            if (!ReadStatements(body, writer, isRequest, IsOwnInstance, cancellationToken))
            {
                writer = null;
            }
        }

        return _summaries.GetOrAdd(key, writer);
    }

    private RequestWriter? ComputeConstructor(IMethodSymbol constructor, int budget, CancellationToken cancellationToken)
    {
        if (constructor.MethodKind != MethodKind.Constructor || constructor.IsStatic || constructor.ContainingType is not { } type)
        {
            return null;
        }

        if (_types.GetShape(type) is not null && !_types.IsDerivedRequest(type))
        {
            return new RequestWriter(constructor, null); // the SDK's own constructor: it sets nothing the rules read
        }

        if (!_bodies.IsInThisCompilation(constructor))
        {
            return null;
        }

        if (constructor.IsImplicitlyDeclared)
        {
            // `class LabRequest : TeamRequest { }`: the compiler's constructor runs the base's parameterless one.
            var implicitWriter = new RequestWriter(constructor, null);
            return ChainTo(implicitWriter, ParameterlessConstructorOf(type.BaseType), ImmutableArray<IArgumentOperation>.Empty, budget, cancellationToken)
                ? implicitWriter
                : null;
        }

        if (_bodies.BodyOf(constructor, cancellationToken) is not IConstructorBodyOperation body)
        {
            return null;
        }

        var writer = new RequestWriter(constructor, body);
        if (body.Initializer is { } initializer)
        {
            if (ValueReader.Unwrap(initializer is IExpressionStatementOperation statement ? statement.Operation : initializer) is not IInvocationOperation chained
                || MentionsInstance(chained.Arguments)
                || !ChainTo(writer, chained.TargetMethod, chained.Arguments, budget, cancellationToken))
            {
                return null;
            }
        }
        else if (!ChainTo(writer, ParameterlessConstructorOf(type.BaseType), ImmutableArray<IArgumentOperation>.Empty, budget, cancellationToken))
        {
            return null;
        }

        return ReadStatements(body, writer, IsOwnInstance, isReturned: null, cancellationToken) ? writer : null;
    }

    private bool ChainTo(RequestWriter writer, IMethodSymbol? baseConstructor, ImmutableArray<IArgumentOperation> arguments, int budget, CancellationToken cancellationToken)
    {
        if (baseConstructor?.ContainingType is not { } baseType)
        {
            return false;
        }

        if (_types.GetShape(baseType) is not null && !_types.IsDerivedRequest(baseType))
        {
            return true; // the SDK request's constructor
        }

        var chained = Summarize(baseConstructor, ConstructorOrdinal, budget - 1, cancellationToken);
        writer.Chained = chained;
        writer.ChainedArguments = arguments;
        return chained is not null;
    }

    private static IMethodSymbol? ParameterlessConstructorOf(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.IsEmpty)
            {
                return constructor;
            }
        }

        return null;
    }

    private static bool IsOwnInstance(IOperation operation) =>
        operation is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

    private static bool MentionsInstance(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (Mentions(argument, IsOwnInstance))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="isReturned">What a final <c>return</c> may give back (the request, or the builder); null for none.</param>
    private bool ReadStatements(IMethodBodyBaseOperation body, RequestWriter writer, System.Func<IOperation, bool> isRequest, System.Func<IOperation, bool>? isReturned, CancellationToken cancellationToken)
    {
        if ((body.BlockBody is null) == (body.ExpressionBody is null))
        {
            return false; // neither (abstract, extern) or both (an error the compiler reports)
        }

        var statements = (body.BlockBody ?? body.ExpressionBody)!.Operations;
        for (var i = 0; i < statements.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var statement = statements[i];
            if (statement.Syntax.ContainsDiagnostics)
            {
                return false; // half-typed: nothing certain about it
            }

            switch (statement)
            {
                case IReturnOperation { ReturnedValue: null } when i == statements.Length - 1:
                    continue;
                case IReturnOperation { ReturnedValue: { } returned } when isReturned is not null && i == statements.Length - 1 && isReturned(ValueReader.Unwrap(returned)):
                    writer.ReturnsRequest = true;
                    continue; // fluent: `return request;` (the caller must discard the result, see BodyIndex), `return this;`
                case IExpressionStatementOperation { Operation: var operation } when ReadWrite(operation, writer, isRequest):
                    continue;
                case IConditionalOperation conditional when IsEnsureList(conditional, isRequest, out var ensured):
                    writer.Effects.Add(new WriterEffect(ensured, null, isAdd: true));
                    continue;
                case IExpressionStatementOperation or IEmptyOperation when !Mentions(statement, isRequest) && !Mentions(statement, IsReturnOrBranch):
                    continue; // `ArgumentException.ThrowIfNullOrEmpty(image);`, logging...
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool IsReturnOrBranch(IOperation operation) => operation is IReturnOperation or IBranchOperation;

    /// <summary>One write statement's effect; false for anything else that mentions the request.</summary>
    private bool ReadWrite(IOperation operation, RequestWriter writer, System.Func<IOperation, bool> isRequest)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target, Value: var value }
                when IsMemberOf(target, isRequest, out var member) && !Mentions(value, isRequest):
                if (member != ModelMember.None)
                {
                    writer.Effects.Add(new WriterEffect(member, value, isAdd: false));
                }

                return true;
            case ICoalesceAssignmentOperation { Target: IPropertyReferenceOperation target, Value: var value }
                when IsMemberOf(target, isRequest, out var member) && IsEmptyList(value):
                if (member != ModelMember.None)
                {
                    writer.Effects.Add(new WriterEffect(member, null, isAdd: true));
                }

                return true;
            case IInvocationOperation { Arguments.Length: 1 } add when add.TargetMethod.Name == "Add" && BodyIndex.IsList(add.TargetMethod.ContainingType)
                && ListMember(add.Instance, isRequest) is var listMember and not ModelMember.None
                && !Mentions(add.Arguments[0], isRequest):
                writer.Effects.Add(new WriterEffect(listMember, add.Arguments[0].Value, isAdd: true));
                return true;
            default:
                return false;
        }
    }

    /// <summary><c>p.Member</c> or <c>(p.Member ??= new List&lt;T&gt;())</c>: the list member an Add fills.</summary>
    private ModelMember ListMember(IOperation? instance, System.Func<IOperation, bool> isRequest)
    {
        switch (instance)
        {
            case IPropertyReferenceOperation property when IsMemberOf(property, isRequest, out var member):
                return member;
            case ICoalesceAssignmentOperation { Target: IPropertyReferenceOperation property, Value: var value } when IsEmptyList(value) && IsMemberOf(property, isRequest, out var member):
                return member;
            default:
                return ModelMember.None;
        }
    }

    /// <summary><c>if (p.Member == null) { p.Member = new List&lt;T&gt;(); }</c> (or <c>is null</c>), with no else.</summary>
    private bool IsEnsureList(IConditionalOperation conditional, System.Func<IOperation, bool> isRequest, out ModelMember member)
    {
        member = ModelMember.None;
        var tested = conditional.Condition switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals, LeftOperand: var left, RightOperand: var right } when IsNull(right) => ValueReader.Unwrap(left),
            IIsPatternOperation { Value: var value, Pattern: IConstantPatternOperation { Value: var constant } } when IsNull(constant) => ValueReader.Unwrap(value),
            _ => null,
        };
        if (conditional.WhenFalse is not null || tested is not IPropertyReferenceOperation testedProperty || !IsMemberOf(testedProperty, isRequest, out member))
        {
            return false;
        }

        var body = conditional.WhenTrue is IBlockOperation { Operations.Length: 1 } block ? block.Operations[0] : conditional.WhenTrue;
        return body is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: IPropertyReferenceOperation assigned, Value: var created } }
            && SymbolEqualityComparer.Default.Equals(assigned.Property, testedProperty.Property)
            && IsMemberOf(assigned, isRequest, out _)
            && IsEmptyList(created)
            && member != ModelMember.None;
    }

    private static bool IsNull(IOperation operation) => ValueReader.Unwrap(operation).ConstantValue is { HasValue: true, Value: null };

    private static bool IsEmptyList(IOperation value) =>
        ValueReader.Unwrap(value) is IObjectCreationOperation { Arguments.IsEmpty: true, Initializer: null or { Initializers.IsEmpty: true } } creation
        && BodyIndex.IsList(creation.Type);

    /// <summary>
    /// <c>p.Member</c> on the request: its member (None for one the rules never read). A member named like one the rules
    /// read but declared elsewhere than on an SDK request does not count.
    /// </summary>
    private bool IsMemberOf(IPropertyReferenceOperation property, System.Func<IOperation, bool> isRequest, out ModelMember member)
    {
        member = ModelMember.None;
        if (property.Instance is not { } instance || !isRequest(ValueReader.Unwrap(instance)) || !property.Arguments.IsEmpty)
        {
            return false;
        }

        member = ModelMembers.Of(property.Property.Name);
        return member == ModelMember.None
            || (_types.GetShape(property.Property.ContainingType) is not null && !_types.IsDerivedRequest(property.Property.ContainingType));
    }

    private static bool Mentions(IOperation operation, System.Func<IOperation, bool> predicate)
    {
        if (predicate(operation))
        {
            return true;
        }

        foreach (var descendant in operation.Descendants())
        {
            if (predicate(descendant))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class KeyComparer : System.Collections.Generic.IEqualityComparer<(IMethodSymbol Method, int Ordinal)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((IMethodSymbol Method, int Ordinal) x, (IMethodSymbol Method, int Ordinal) y) =>
            x.Ordinal == y.Ordinal && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

        public int GetHashCode((IMethodSymbol Method, int Ordinal) key) => SymbolEqualityComparer.Default.GetHashCode(key.Method) * 31 + key.Ordinal;
    }
}
