using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Eci.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Requests handed out by a builder of the application, read in one chain:
/// <c>new ContainerGroupBuilder("web").WithImage(image).WithPlainHttp(registry).Build()</c>.
/// </summary>
/// <remarks>
/// A builder is followed when its request lives in a private instance field that is written once (its initializer, or a
/// statement of its only constructor: <c>_request = new CreateContainerGroupRequest { ... }</c>), is handed out by
/// methods that only <c>return _request;</c>, and is otherwise only written by fluent methods that return <c>this</c>
/// (<see cref="RequestWriters.ForBuilderMethod"/>). Every mention of the field's name in the class must be one of those,
/// so nothing else (a lambda, another instance's field, an accessor) can touch it. The chain must start at
/// <c>new Builder(...)</c>: a builder kept in a local or a field may have been written anywhere.
/// </remarks>
internal sealed class BuilderRequests
{
    private readonly EciKnownTypes _types;
    private readonly SourceBodies _bodies;
    private readonly RequestWriters _writers;
    private readonly ConcurrentDictionary<IMethodSymbol, Builder?> _builders = new(SymbolEqualityComparer.Default);

    public BuilderRequests(EciKnownTypes types, SourceBodies bodies, RequestWriters writers)
    {
        _types = types;
        _bodies = bodies;
        _writers = writers;
    }

    /// <summary>
    /// The request <paramref name="build"/> hands out and the fluent calls that filled it, in the order they run; null when
    /// the call is not the end of such a chain.
    /// </summary>
    public BuiltRequest? Read(IInvocationOperation build, CancellationToken cancellationToken)
    {
        if (build.Instance is null || BuilderOf(build.TargetMethod, cancellationToken) is not { } builder)
        {
            return null;
        }

        var chain = new List<(IInvocationOperation Call, RequestWriter Writer)>();
        var instance = ValueReader.Unwrap(build.Instance);
        if (instance is ILocalReferenceOperation builderLocal)
        {
            instance = SingleUseInitializer(builderLocal, build, cancellationToken) ?? instance;
        }

        while (instance is IInvocationOperation call && call.Instance is not null)
        {
            if (!SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, builder.Type)
                || _writers.ForBuilderMethod(call.TargetMethod, builder.Field, cancellationToken) is not { } writer)
            {
                return null;
            }

            chain.Add((call, writer));
            instance = ValueReader.Unwrap(call.Instance);
        }

        if (instance is not IObjectCreationOperation { Type: { } created } || !SymbolEqualityComparer.Default.Equals(created, builder.Type))
        {
            return null; // a builder kept somewhere: what else was written through it is not known
        }

        chain.Reverse();
        return new BuiltRequest(builder.Creation, chain);
    }

    /// <summary>
    /// <c>var builder = new Builder().WithImage(...); var request = builder.Build();</c>: the local's initializer, when the
    /// local is declared in the same block as the <c>Build()</c> call and that call is the only mention of its name there.
    /// </summary>
    private static IOperation? SingleUseInitializer(ILocalReferenceOperation reference, IInvocationOperation build, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef || local.IsConst || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value } declarator
            || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax { Parent: BlockSyntax block } declaration
            || !declaration.UsingKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
            || EnclosingBlock(build.Syntax) != block
            || reference.SemanticModel is not { } model)
        {
            return null;
        }

        var mentions = 0;
        foreach (var token in block.DescendantTokens())
        {
            if (token.ValueText == local.Name && token.Parent is IdentifierNameSyntax && ++mentions > 1)
            {
                return null;
            }
        }

        return mentions == 1 && model.GetOperation(value, cancellationToken) is { } initializer ? ValueReader.Unwrap(initializer) : null;
    }

    /// <summary>The block whose statement holds <paramref name="node"/>, or null when a lambda or local function is in between.</summary>
    private static BlockSyntax? EnclosingBlock(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BlockSyntax block:
                    return block;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return null;
            }
        }

        return null;
    }

    private Builder? BuilderOf(IMethodSymbol build, CancellationToken cancellationToken)
    {
        var key = build.OriginalDefinition;
        if (_builders.TryGetValue(key, out var known))
        {
            return known;
        }

        var builder = Compute(key, cancellationToken);
        return _builders.GetOrAdd(key, builder);
    }

    private Builder? Compute(IMethodSymbol build, CancellationToken cancellationToken)
    {
        if (build.IsStatic || build.IsVirtual || build.IsAbstract || build.IsOverride || build.MethodKind != MethodKind.Ordinary
            || build.ContainingType is not { TypeKind: TypeKind.Class, IsGenericType: false } type
            || _types.GetShape(build.ReturnType) is null || _types.IsDerivedRequest(build.ReturnType)
            || !_bodies.IsInThisCompilation(type) || !type.GetTypeMembers().IsEmpty || type.InstanceConstructors.Length != 1
            || ReturnedField(build, cancellationToken) is not { } field
            || field.DeclaredAccessibility != Accessibility.Private || field.IsStatic
            || !SymbolEqualityComparer.Default.Equals(field.ContainingType, type))
        {
            return null;
        }

        // Every method that mentions the field must be accounted for, and so must every mention of its name.
        IObjectCreationOperation? creation = FieldInitializer(field, cancellationToken);
        var accounted = creation is null ? 0 : 1;
        foreach (var member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is not IMethodSymbol method || method.IsImplicitlyDeclared || _bodies.BodyOf(method, cancellationToken) is not { } body)
            {
                continue;
            }

            var mentions = CountFieldReferences(body, field);
            if (mentions == 0)
            {
                continue;
            }

            if (method.MethodKind == MethodKind.Constructor && mentions == 1 && creation is null && AssignedCreation(body, field) is { } assigned)
            {
                creation = assigned;
            }
            else if (!(ReturnedField(method, cancellationToken) is { } returned && SymbolEqualityComparer.Default.Equals(returned, field) && mentions == 1)
                && _writers.ForBuilderMethod(method, field, cancellationToken) is null)
            {
                return null;
            }

            accounted += mentions;
        }

        if (creation is null || _types.GetShape(creation.Type) is null || _types.IsDerivedRequest(creation.Type)
            || MentionsOfName(type, field.Name, cancellationToken) != accounted)
        {
            return null;
        }

        return new Builder(type, field, creation);
    }

    /// <summary><c>return _field;</c> (or <c>=&gt; _field</c>) as a method's whole body.</summary>
    private IFieldSymbol? ReturnedField(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (_bodies.BodyOf(method, cancellationToken) is not IMethodBodyBaseOperation body
            || (body.BlockBody ?? body.ExpressionBody) is not { Operations.Length: 1 } block
            || block.Operations[0] is not IReturnOperation { ReturnedValue: { } value }
            || ValueReader.Unwrap(value) is not IFieldReferenceOperation { Instance: IInstanceReferenceOperation, Field: var field })
        {
            return null;
        }

        return field;
    }

    /// <summary>The constructor's top-level <c>_field = new ...;</c>.</summary>
    private static IObjectCreationOperation? AssignedCreation(IOperation body, IFieldSymbol field)
    {
        if (body is not IConstructorBodyOperation { BlockBody: { } block })
        {
            return null;
        }

        foreach (var statement in block.Operations)
        {
            if (statement is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Instance: IInstanceReferenceOperation } target, Value: var value } }
                && SymbolEqualityComparer.Default.Equals(target.Field, field)
                && ValueReader.Unwrap(value) is IObjectCreationOperation creation)
            {
                return creation;
            }
        }

        return null;
    }

    private IObjectCreationOperation? FieldInitializer(IFieldSymbol field, CancellationToken cancellationToken)
    {
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer }
                && _bodies.OperationOf(initializer, cancellationToken) is IFieldInitializerOperation { Value: var value }
                && ValueReader.Unwrap(value) is IObjectCreationOperation creation)
            {
                return creation;
            }
        }

        return null;
    }

    private static int CountFieldReferences(IOperation body, IFieldSymbol field)
    {
        var count = 0;
        foreach (var operation in body.Descendants())
        {
            if (operation is IFieldReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Field.OriginalDefinition, field.OriginalDefinition))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>How many times the field's name is written in the class's declarations (its declaration not counted).</summary>
    private static int MentionsOfName(INamedTypeSymbol type, string name, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var token in reference.GetSyntax(cancellationToken).DescendantTokens())
            {
                if (token.ValueText == name && token.Parent is IdentifierNameSyntax)
                {
                    count++;
                }
            }
        }

        return count;
    }

    private sealed class Builder
    {
        public Builder(INamedTypeSymbol type, IFieldSymbol field, IObjectCreationOperation creation)
        {
            Type = type;
            Field = field;
            Creation = creation;
        }

        public INamedTypeSymbol Type { get; }

        public IFieldSymbol Field { get; }

        public IObjectCreationOperation Creation { get; }
    }
}

/// <summary>A request a builder created, and the fluent calls of the chain that wrote into it, in the order they run.</summary>
internal sealed class BuiltRequest
{
    public BuiltRequest(IObjectCreationOperation creation, List<(IInvocationOperation Call, RequestWriter Writer)> chain)
    {
        Creation = creation;
        Chain = chain;
    }

    public IObjectCreationOperation Creation { get; }

    public List<(IInvocationOperation Call, RequestWriter Writer)> Chain { get; }
}
