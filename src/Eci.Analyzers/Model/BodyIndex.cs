using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Eci.ImagePull;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.Model;

/// <summary>
/// What a body does with every local holding an SDK model or a list, and where it creates requests. The driver's own
/// walk over the body fills it (<see cref="Record"/> is the analyzer's operation action for the kinds in
/// <see cref="RecordedKinds"/>, and <see cref="Complete"/> reads them at the block's end when the body creates a
/// request), so the analyzer never walks a body itself, and everything later is a lookup: analysis stays linear in
/// the body's size however many requests and properties it holds.
/// </summary>
/// <remarks>
/// The driver runs a block's operation actions one after another on one thread, between the block's start and end
/// actions, in the order <c>DescendantsAndSelf</c> yields the operations (pre-order, children in order);
/// <c>DriverOrderTests</c> checks that on the Roslyn the tests run with. The order matters: a local's writes are kept
/// in the order they appear.
/// </remarks>
internal sealed class BodyIndex
{
    /// <summary>The only operations the index reads; the driver hands over no others.</summary>
    public static readonly ImmutableArray<OperationKind> RecordedKinds = ImmutableArray.Create(
        OperationKind.ObjectCreation,
        OperationKind.VariableDeclarator,
        OperationKind.LocalReference,
        OperationKind.AnonymousFunction,
        OperationKind.LocalFunction);

    private readonly EciKnownTypes _types;
    // Every tracked kind of local the body references, once: its usage, or null for a local of a type the rules never
    // read (a string, an int...), so each later reference to it costs one lookup instead of a type check.
    private Dictionary<ILocalSymbol, LocalUsage?>? _locals;
    private List<IObjectCreationOperation>? _requestCreations;
    // Declarators, local references, lambdas and local functions, in walk order, until Complete reads them.
    private List<IOperation>? _pending;
    // The lambdas and local functions met so far. The driver hands one over before anything inside it, so a reference
    // outside all of them cannot be captured, and only the rare one inside is checked by walking up its parents.
    private List<TextSpan>? _functionSpans;

    public BodyIndex(EciKnownTypes types)
    {
        _types = types;
    }

    /// <summary>The body's request creations, in source order (empty for the great majority of bodies).</summary>
    public IReadOnlyList<IObjectCreationOperation> RequestCreations =>
        (IReadOnlyList<IObjectCreationOperation>?)_requestCreations ?? Array.Empty<IObjectCreationOperation>();

    public bool CreatesRequest => _requestCreations is not null;

    /// <summary>
    /// An index of <paramref name="blocks"/> built without the driver, by the same walk (for the benchmarks and the tests,
    /// which read bodies outside an analyzer host).
    /// </summary>
    public static BodyIndex Of(EciKnownTypes types, ImmutableArray<IOperation> blocks)
    {
        var index = new BodyIndex(types);
        foreach (var block in blocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                index.Record(operation);
            }
        }

        index.Complete();
        return index;
    }

    /// <summary>
    /// Takes one operation of the body from the driver (kinds other than <see cref="RecordedKinds"/> are ignored). A
    /// request creation is noted at once; the other kinds are only kept, in order, because most bodies create no
    /// request and their locals need no reading: <see cref="Complete"/> reads them when one does.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    public void Record(IOperation operation)
    {
        if (operation.Kind == OperationKind.ObjectCreation)
        {
            if (_types.GetShape(operation.Type) is not null)
            {
                (_requestCreations ??= new List<IObjectCreationOperation>()).Add((IObjectCreationOperation)operation);
            }

            return;
        }

        (_pending ??= new List<IOperation>()).Add(operation);
    }

    /// <summary>Reads what <see cref="Record"/> kept, in the order it came; called once the body is known to create a request.</summary>
    [MethodImpl(HotPath.Optimize)]
    public void Complete()
    {
        var pending = _pending;
        if (pending is null)
        {
            return;
        }

        _pending = null;
        for (var i = 0; i < pending.Count; i++)
        {
            var operation = pending[i];

            // Dispatch on Kind rather than on interface type tests: this runs for every local reference of the body.
            switch (operation.Kind)
            {
                case OperationKind.VariableDeclarator:
                    RecordDeclarator((IVariableDeclaratorOperation)operation);
                    break;
                case OperationKind.LocalReference:
                    RecordReference((ILocalReferenceOperation)operation);
                    break;
                case OperationKind.AnonymousFunction:
                case OperationKind.LocalFunction:
                    (_functionSpans ??= new List<TextSpan>()).Add(operation.Syntax.Span);
                    break;
            }
        }
    }

    public LocalUsage? GetUsage(ILocalSymbol local) => _locals is not null && _locals.TryGetValue(local, out var usage) ? usage : null;

    /// <summary>The local's usage, created on first sight; null when its type is not one the rules read.</summary>
    [MethodImpl(HotPath.Optimize)]
    private LocalUsage? TrackedUsageOf(ILocalSymbol local)
    {
        var locals = _locals ??= new Dictionary<ILocalSymbol, LocalUsage?>(SymbolEqualityComparer.Default);
        if (locals.TryGetValue(local, out var usage))
        {
            return usage;
        }

        usage = IsInteresting(local.Type) ? new LocalUsage() : null;
        locals[local] = usage;
        return usage;
    }

    [MethodImpl(HotPath.Optimize)]
    private bool IsInteresting(ITypeSymbol? type) =>
        type is not null && (_types.IsTrackedModel(type) || IsList(type));

    [MethodImpl(HotPath.Optimize)]
    public static bool IsList(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsGenericType: true, Name: "List", ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace.Name: "System" } } };

    [MethodImpl(HotPath.Optimize)]
    private void RecordDeclarator(IVariableDeclaratorOperation declarator)
    {
        var usage = TrackedUsageOf(declarator.Symbol);
        if (usage is null)
        {
            return;
        }

        var initializer = declarator.GetVariableInitializer();
        if (initializer is not null)
        {
            usage.Assignments.Add(new PropertyWrite(initializer.Value, isUnconditional: true));
        }
    }

    [MethodImpl(HotPath.Optimize)]
    private void RecordReference(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        var usage = TrackedUsageOf(local);
        if (usage is null)
        {
            return;
        }

        if (_functionSpans is not null && IsInsideFunction(reference.Syntax.SpanStart) && IsCapturedElsewhere(reference, local))
        {
            usage.Escapes = true;
            return;
        }

        // Look through conversions: `object o = request` and `Send((IEnumerable<T>)list)` are uses of the local too.
        IOperation node = reference;
        while (node.Parent is IConversionOperation conversion)
        {
            node = conversion;
        }

        switch (node.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == node:
                usage.Assignments.Add(new PropertyWrite(assignment.Value, IsSameBlock(assignment, usage, local)));
                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member } when _types.IsTrackedModel(member.Property.ContainingType):
                break; // `Container = containers`: becomes a member of a model the reader follows
            case IPropertyReferenceOperation property when property.Instance == node:
                RecordMemberUse(usage, property, local);
                break;
            case IInvocationOperation invocation when invocation.Instance == node:
                RecordMethodCall(usage, invocation);
                break;
            case IArgumentOperation argument:
                RecordArgument(usage, argument);
                break;
            case IArrayElementReferenceOperation:
            case IArrayInitializerOperation:
                break; // an element of an array built in the body: the array's consumer decides
            case IBinaryOperation:
            case IIsPatternOperation:
            case IIsTypeOperation:
            case IInterpolationOperation:
            case IExpressionStatementOperation:
                break; // comparisons and formatting read the object, they do not change or hand it on
            default:
                if (node.Parent is not null && IsCollectionExpressionElement(node))
                {
                    break; // `[c1, c2]`: the list's consumer decides
                }

                usage.Escapes = true; // returned, stored, aliased, awaited...: from here on anything may happen to it
                break;
        }
    }

    [MethodImpl(HotPath.Optimize)]
    private void RecordMemberUse(LocalUsage usage, IPropertyReferenceOperation property, ILocalSymbol local)
    {
        var name = ModelMembers.Of(property.Property.Name);
        if (name == ModelMember.None)
        {
            return; // a member the rules never read (Name, Cpu...): whatever happens to it changes no verdict
        }

        switch (property.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == property:
                usage.AddWrite(name, new PropertyWrite(assignment.Value, IsSameBlock(assignment, usage, local)));
                return;
            case IInvocationOperation invocation when invocation.Instance == property && IsAddMethod(invocation):
                usage.AddMemberAdd(name, invocation);
                return;
        }

        // Reading a string is harmless; anything else done with a list or nested object (indexing, passing it on,
        // iterating it, compound assignment, ref) may change it where we cannot follow.
        if (property.Type?.SpecialType == SpecialType.System_String
            && property.Parent is not ICompoundAssignmentOperation
            && property.Parent is not IArgumentOperation { Parameter.RefKind: not RefKind.None })
        {
            return;
        }

        usage.MarkUnknownMember(name);
    }

    [MethodImpl(HotPath.Optimize)]
    private static void RecordMethodCall(LocalUsage usage, IInvocationOperation invocation)
    {
        if (IsAddMethod(invocation))
        {
            usage.AddDirectAdd(invocation);
            return;
        }

        if (IsList(invocation.TargetMethod.ContainingType))
        {
            // Insert, Remove, Clear...: a read-only call such as Contains or Count would be fine, but we cannot cheaply
            // tell them apart from mutators, and silence is the safe side.
            usage.Escapes = true;
        }
    }

    [MethodImpl(HotPath.Optimize)]
    private void RecordArgument(LocalUsage usage, IArgumentOperation argument)
    {
        if (argument.Parent is IInvocationOperation invocation)
        {
            if (argument.Parameter?.RefKind is RefKind.None or null && _types.IsSendMethod(invocation.TargetMethod))
            {
                usage.IsSent = true;
                return;
            }

            if (IsAddMethod(invocation) && argument.Parameter?.RefKind is RefKind.None or null)
            {
                return; // becomes an element of a list; the list's reader follows it
            }
        }

        usage.Escapes = true;
    }

    /// <summary><c>List&lt;T&gt;.Add</c> and <c>AddRange</c>: the only calls that build the lists we read.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static bool IsAddMethod(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name is "Add" or "AddRange" && IsList(invocation.TargetMethod.ContainingType);

    private static bool IsCollectionExpressionElement(IOperation node) =>
        node.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionElementSyntax;

    [MethodImpl(HotPath.Optimize)]
    private bool IsInsideFunction(int position)
    {
        foreach (var span in _functionSpans!)
        {
            if (span.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lambda or local function that uses a local of its parent may run at any time: the local escapes.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool IsCapturedElsewhere(IOperation reference, ILocalSymbol local)
    {
        for (var current = reference.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return !SymbolEqualityComparer.Default.Equals(lambda.Symbol, local.ContainingSymbol);
                case ILocalFunctionOperation function:
                    return !SymbolEqualityComparer.Default.Equals(function.Symbol, local.ContainingSymbol);
            }
        }

        return false;
    }

    /// <summary>
    /// A write in the same block as the local's declaration runs whenever the request is sent from that block;
    /// one in an if, loop, switch or try may not, so its value is not certain.
    /// </summary>
    [MethodImpl(HotPath.Optimize)]
    private static bool IsSameBlock(IOperation write, LocalUsage usage, ILocalSymbol local)
    {
        if (!usage.DeclarationBlockKnown)
        {
            usage.HasDeclaration = TryFindDeclarationBlock(local, out var block);
            usage.DeclarationBlock = block;
            usage.DeclarationBlockKnown = true; // found once per local, not once per write
        }

        return usage.HasDeclaration && usage.DeclarationBlock == EnclosingStatementList(write);
    }

    private static bool TryFindDeclarationBlock(ILocalSymbol local, out SyntaxNode? block)
    {
        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            block = reference.GetSyntax().Parent;
            while (block is not null && !IsStatementList(block))
            {
                block = block.Parent;
            }

            return true;
        }

        block = null;
        return false;
    }

    [MethodImpl(HotPath.Optimize)]
    private static SyntaxNode? EnclosingStatementList(IOperation operation)
    {
        for (var node = operation.Syntax.Parent; node is not null; node = node.Parent)
        {
            if (IsStatementList(node))
            {
                return node;
            }
        }

        return null;
    }

    [MethodImpl(HotPath.Optimize)]
    private static bool IsStatementList(SyntaxNode node) =>
        node is Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.SwitchSectionSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.ArrowExpressionClauseSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.LambdaExpressionSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.IfStatementSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.ElseClauseSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.CommonForEachStatementSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.ForStatementSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.WhileStatementSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.DoStatementSyntax;
}
