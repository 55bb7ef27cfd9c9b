using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Eci.Analyzers.Sdk;
using Eci.ImagePull;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Eci.Analyzers.Reading;

/// <summary>
/// One walk over an operation block that records, for every local holding an SDK model or a list, how the body uses
/// it, and where requests are created. Everything later is a lookup, so analysis stays linear in the body's size
/// however many requests and properties it holds.
/// </summary>
internal sealed class BodyIndex
{
    private readonly EciKnownTypes _types;
    private readonly RequestFlow _flow;
    private readonly CancellationToken _cancellationToken;
    // Every local the body references, once: its usage, or null for a local of a type the rules never read (a string,
    // an int...), so each later reference to it costs one lookup instead of a type check.
    private readonly Dictionary<ILocalSymbol, LocalUsage?> _locals = new(SymbolEqualityComparer.Default);

    // The lambdas and local functions met so far. The walk is pre-order, so it meets one before anything inside it: a
    // reference outside all of them cannot be captured, and only the rare one inside is checked by walking up its parents.
    private List<TextSpan>? _functionSpans;
    private const int MaxFunctionSpansScanned = 8;

    private BodyIndex(EciKnownTypes types, RequestFlow flow, CancellationToken cancellationToken)
    {
        _types = types;
        _flow = flow;
        _cancellationToken = cancellationToken;
    }

    public List<IObjectCreationOperation> RequestCreations { get; } = new();

    /// <summary>Locals initialized with a request an application method returns (<c>var r = Requests.ForLab();</c>).</summary>
    public List<(ILocalSymbol Local, IInvocationOperation Call)> FactoryRequests { get; } = new();

    public static BodyIndex Build(EciKnownTypes types, RequestFlow flow, ImmutableArray<IOperation> roots, CancellationToken cancellationToken)
    {
        var index = new BodyIndex(types, flow, cancellationToken);

        // Pre-order, children in order (what DescendantsAndSelf yields), walked with a stack of child enumerators:
        // the iterator and pooled builder behind DescendantsAndSelf took about 15 % of the analyzer's CPU.
        // The stack is kept per thread: it would otherwise be the largest allocation of the walk (its array grows with depth).
        var pending = t_pending ??= new Stack<IOperation.OperationList.Enumerator>(32);
        pending.Clear();
        try
        {
            Walk(index, roots, pending, cancellationToken);
        }
        finally
        {
            pending.Clear(); // no operation of this body stays reachable from the thread
        }

        return index;
    }

    private static void Walk(BodyIndex index, ImmutableArray<IOperation> roots, Stack<IOperation.OperationList.Enumerator> pending, CancellationToken cancellationToken)
    {
        foreach (var root in roots)
        {
            index.Visit(root, root.Kind);
            pending.Push(root.ChildOperations.GetEnumerator());
            while (pending.Count > 0)
            {
                var children = pending.Pop();
                if (!children.MoveNext())
                {
                    continue;
                }

                var child = children.Current;
                pending.Push(children); // resume this node's children after the subtree of this child
                if (child is null)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var kind = child.Kind;
                index.Visit(child, kind);
                if (!IsLeaf(kind))
                {
                    pending.Push(child.ChildOperations.GetEnumerator());
                }
            }
        }
    }

    [System.ThreadStatic]
    private static Stack<IOperation.OperationList.Enumerator>? t_pending;

    /// <summary>Kinds that never have children: the walk does not ask them for any (a third of a typical body's nodes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLeaf(OperationKind kind) =>
        kind is OperationKind.Literal or OperationKind.LocalReference or OperationKind.ParameterReference
            or OperationKind.InstanceReference or OperationKind.DefaultValue or OperationKind.TypeOf;

    private void Visit(IOperation operation, OperationKind kind)
    {
        // Dispatch on Kind rather than on interface type tests: this runs for every node of every body that creates a
        // request.
        switch (kind)
        {
            case OperationKind.ObjectCreation when _types.GetShape(operation.Type) is not null:
                RequestCreations.Add((IObjectCreationOperation)operation);
                break;
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

    public LocalUsage? GetUsage(ILocalSymbol local) => _locals.TryGetValue(local, out var usage) ? usage : null;

    /// <summary>The local's usage, created on first sight; null when its type is not one the rules read.</summary>
    private LocalUsage? TrackedUsageOf(ILocalSymbol local)
    {
        if (_locals.TryGetValue(local, out var usage))
        {
            return usage;
        }

        usage = IsInteresting(local.Type) ? new LocalUsage() : null;
        _locals[local] = usage;
        return usage;
    }

    private bool IsInteresting(ITypeSymbol? type) =>
        type is not null && (type.SpecialType == SpecialType.System_String || _types.IsTrackedModel(type) || IsList(type));

    public static bool IsList(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsGenericType: true, Name: "List", ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace.Name: "System" } } };

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
            if (ValueReader.Unwrap(initializer.Value) is IInvocationOperation call && _types.GetShape(declarator.Symbol.Type) is not null)
            {
                FactoryRequests.Add((declarator.Symbol, call));
            }
        }
    }

    private void RecordReference(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        var usage = TrackedUsageOf(local);
        if (usage is null)
        {
            return;
        }

        // Look through conversions: `object o = request` and `Send((IEnumerable<T>)list)` are uses of the local too.
        var node = Conversions.Outermost(reference);
        if (local.Type.SpecialType == SpecialType.System_String)
        {
            RecordStringUse(usage, node, local);
            return;
        }

        var isRequest = _types.GetShape(local.Type) is not null;
        if (_functionSpans is not null && IsInsideFunction(reference.Syntax.SpanStart) && IsCapturedElsewhere(reference, local))
        {
            // A lambda may run at any time, so a captured local escapes, unless the lambda only sends or reads the
            // request: `Retry(() => client.CreateContainerGroup(request))` changes nothing about what is sent.
            if (!isRequest || RecordRequestUse(usage, node) == RequestUse.Escapes)
            {
                usage.Escapes = true;
            }

            return;
        }

        if (isRequest && IsHandedOn(node))
        {
            RecordRequestUse(usage, node, local);
            return;
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

    /// <summary>
    /// A string local is only read, except where it is written: `image = ...` (an assignment the resolver weighs),
    /// `image += ...`, `ref image`, or any write from inside a lambda, which may run at any time.
    /// </summary>
    private void RecordStringUse(LocalUsage usage, IOperation node, ILocalSymbol local)
    {
        switch (node.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == node:
                if (IsInsideCapture(node, local))
                {
                    usage.Escapes = true;
                }
                else
                {
                    usage.Assignments.Add(new PropertyWrite(assignment.Value, IsSameBlock(assignment, usage, local)));
                }

                break;
            case ICompoundAssignmentOperation compound when compound.Target == node:
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == node:
            case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
                usage.Escapes = true;
                break;
        }
    }

    private bool IsInsideCapture(IOperation node, ILocalSymbol local) =>
        _functionSpans is not null && IsInsideFunction(node.Syntax.SpanStart) && IsCapturedElsewhere(node, local);

    /// <summary>
    /// Every use of a request but the body's own writes and member reads (recorded member by member) and the local's
    /// reassignment: handed to a call, put in an array or a collection, a method called on it, returned, stored. The
    /// request flow decides what they do, here as in the methods it follows, so the walk never judges an escape itself.
    /// </summary>
    private static bool IsHandedOn(IOperation node) => node.Parent switch
    {
        ISimpleAssignmentOperation assignment when assignment.Target == node => false,
        IPropertyReferenceOperation property when property.Instance == node => false,
        _ => true,
    };

    /// <param name="local">The request's local when the use is in its own function (not captured): only then may a call
    /// that writes into the request be read as part of it.</param>
    private RequestUse RecordRequestUse(LocalUsage usage, IOperation node, ILocalSymbol? local = null)
    {
        var use = _flow.UseOf(node, RequestFlow.MaxCallChain, _cancellationToken);
        var call = node.Parent is IArgumentOperation { Parent: IInvocationOperation invocation } ? invocation : null;
        switch (use)
        {
            case RequestUse.Sent:
                usage.IsSent = true;
                if (call is not null)
                {
                    if (usage.SendCalls is null)
                    {
                        usage.FirstSendSettles = local is not null && SendSettles(call, usage, local);
                    }

                    usage.AddSendCall(call);
                }

                break;
            case RequestUse.Read when call is not null && EciKnownTypes.IsPreflight(call.TargetMethod):
                usage.IsPreflighted = true;
                break;
            case RequestUse.Escapes when local is not null && call is not null && RecordWriterCalls(usage, (IArgumentOperation)node.Parent!, call, local):
                break; // `request.AddContainer("web", image);`: its writes are read with the request
            case RequestUse.Escapes:
                usage.Escapes = true;
                break;
        }

        return use;
    }

    /// <summary>
    /// Whether the send <paramref name="call"/> has read the request by the end of its statement, in the local's own
    /// block: <c>client.CreateContainerGroup(request);</c>, <c>var response = await client.CreateContainerGroupAsync(request);</c>.
    /// Statements after it in that block then run after the send (a block entered again declares a new request). A task
    /// not awaited there may read the request later, and a send in a branch, loop, lambda or inside a condition may not
    /// have happened: writes after such a send may or may not be part of what is sent.
    /// </summary>
    private static bool SendSettles(IInvocationOperation call, LocalUsage usage, ILocalSymbol local)
    {
        var node = Conversions.Outermost(call);
        if (node.Parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configured && configured.Instance == node)
        {
            node = Conversions.Outermost(configured);
        }

        if (node.Parent is IAwaitOperation awaited)
        {
            node = Conversions.Outermost(awaited);
        }
        else if (IsAwaitable(node.Type))
        {
            return false;
        }

        var statement = node.Parent switch
        {
            IExpressionStatementOperation expression => expression,
            ISimpleAssignmentOperation { Parent: IExpressionStatementOperation expression } => expression,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Parent: IVariableDeclarationOperation { Parent: IVariableDeclarationGroupOperation group } } } => group,
            _ => (IOperation?)null,
        };
        return statement is not null && IsSameBlock(statement, usage, local);
    }

    private static bool IsAwaitable(ITypeSymbol? type) =>
        type is not null && (type.Name is "Task" or "ValueTask" || !type.GetMembers("GetAwaiter").IsEmpty);

    /// <summary>
    /// A write made after the request was sent: it does not count when the send has surely read the request
    /// (<see cref="LocalUsage.FirstSendSettles"/>, the request is judged as it was sent), and makes the member unknown
    /// otherwise. Returns true when the write is dealt with.
    /// </summary>
    private static bool IsAfterTheSend(LocalUsage usage, ModelMember member)
    {
        if (usage.SendCalls is null)
        {
            return false; // the walk is in source order: no send has been met before this write
        }

        if (!usage.FirstSendSettles)
        {
            usage.MarkUnknownMember(member);
        }

        return true;
    }

    /// <summary>
    /// A statement of the local's own block that calls methods which only write into the request: one call, or a fluent
    /// chain of them (<c>request.AddContainer(...).UsePlainHttp(...);</c>), its result discarded. Recorded in the order
    /// the calls run; anything else leaves the request escaping.
    /// </summary>
    private bool RecordWriterCalls(LocalUsage usage, IArgumentOperation argument, IInvocationOperation call, ILocalSymbol local)
    {
        if (_flow.Writers.ForCall(call, argument, _cancellationToken) is not { } writer)
        {
            return false;
        }

        List<IArgumentOperation>? chained = null;
        var current = call;
        while (writer.ReturnsRequest && Conversions.Outermost(current).Parent is IArgumentOperation { Parent: IInvocationOperation next } handedOn)
        {
            if (_flow.Writers.ForCall(next, handedOn, _cancellationToken) is not { } nextWriter)
            {
                return false;
            }

            (chained ??= new List<IArgumentOperation>()).Add(handedOn);
            writer = nextWriter;
            current = next;
        }

        if (current.Parent is not IExpressionStatementOperation || !IsSameBlock(current, usage, local))
        {
            return false;
        }

        if (usage.SendCalls is not null)
        {
            // After the send: a settled send was not changed by it; otherwise the request may have been, unknown how.
            return usage.FirstSendSettles;
        }

        usage.AddWriterCall(argument);
        if (chained is not null)
        {
            foreach (var next in chained)
            {
                usage.AddWriterCall(next);
            }
        }

        return true;
    }

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
                if (!IsAfterTheSend(usage, name))
                {
                    usage.AddWrite(name, new PropertyWrite(assignment.Value, IsSameBlock(assignment, usage, local)));
                }

                return;
            case IInvocationOperation invocation when invocation.Instance == property && IsAddMethod(invocation):
                if (!IsAfterTheSend(usage, name))
                {
                    usage.AddMemberAdd(name, invocation);
                }

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

    private void RecordArgument(LocalUsage usage, IArgumentOperation argument)
    {
        if (argument.Parent is IInvocationOperation invocation)
        {
            if (IsAddMethod(invocation) && argument.Parameter?.RefKind is RefKind.None or null)
            {
                return; // becomes an element of a list; the list's reader follows it
            }
        }

        usage.Escapes = true;
    }

    /// <summary><c>List&lt;T&gt;.Add</c> and <c>AddRange</c>: the only calls that build the lists we read.</summary>
    public static bool IsAddMethod(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name is "Add" or "AddRange" && IsList(invocation.TargetMethod.ContainingType);

    private static bool IsCollectionExpressionElement(IOperation node) =>
        node.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionElementSyntax;

    /// <summary>
    /// Whether a reference at <paramref name="position"/> may be inside a lambda or local function met so far. Past
    /// <see cref="MaxFunctionSpansScanned"/> of them it answers yes and lets the walk up the parents decide, so a body
    /// with hundreds of lambdas does not scan all of them for every reference.
    /// </summary>
    private bool IsInsideFunction(int position)
    {
        if (_functionSpans!.Count > MaxFunctionSpansScanned)
        {
            return true;
        }

        foreach (var span in _functionSpans)
        {
            if (span.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lambda or local function that uses a local of its parent may run at any time: the local escapes.</summary>
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
