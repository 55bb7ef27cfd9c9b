using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// What a body does with a local a sequence starts from (<c>var specs = new[] { ... }</c>): its declaration, and the
/// changes <see cref="SequenceSources"/> can replay (<c>specs.Add(x)</c>, <c>images[0] = x</c>, each a statement of the
/// declaring block). Null when any other use could change it: reassigned, handed to a method, written in a lambda or
/// under a condition, an element taken out by index. Reads that change nothing (LINQ, <c>new List&lt;T&gt;(x)</c>,
/// <c>AddRange(x)</c>, <c>foreach</c>, <c>Count</c>) are fine. Collected on demand, only for a local a request's list
/// is built from, so bodies without such lists pay nothing.
/// </summary>
internal sealed class SequenceLocalUses
{
    private SequenceLocalUses(IVariableDeclaratorOperation declarator, IOperation? initializer, List<IOperation> changes)
    {
        Declarator = declarator;
        Initializer = initializer;
        Changes = changes;
    }

    public IVariableDeclaratorOperation Declarator { get; }

    public IOperation? Initializer { get; }

    /// <summary><c>Add</c> calls and slot assignments, in source order.</summary>
    public List<IOperation> Changes { get; }

    public static SequenceLocalUses? Collect(ILocalReferenceOperation use, CancellationToken cancellationToken)
    {
        var root = (IOperation)use;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var local = use.Local;
        IVariableDeclaratorOperation? declarator = null;
        var changes = new List<IOperation>();
        foreach (var operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declared when SymbolEqualityComparer.Default.Equals(declared.Symbol, local):
                    declarator = declared;
                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                    if (!Classify(reference, changes))
                    {
                        return null;
                    }

                    break;
            }
        }

        if (declarator is null)
        {
            return null;
        }

        var block = declarator.Parent?.Parent?.Parent as IBlockOperation; // declarator, declaration, declaration group, block
        foreach (var change in changes)
        {
            if (block is null || change.Parent is not IExpressionStatementOperation statement || statement.Parent != block)
            {
                return null; // under a condition, in a loop or a lambda: whether it ran is not known
            }
        }

        changes.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
        return new SequenceLocalUses(declarator, declarator.GetVariableInitializer()?.Value, changes);
    }

    /// <summary>False for a use that may change the collection in a way not replayed; a change is added to <paramref name="changes"/>.</summary>
    private static bool Classify(ILocalReferenceOperation reference, List<IOperation> changes)
    {
        var node = Conversions.Outermost(reference);
        switch (node.Parent)
        {
            case IArgumentOperation { Parameter.RefKind: RefKind.None, Parent: IInvocationOperation call }:
                return IsEnumerable(call.TargetMethod)
                    || (call.TargetMethod.Name is "AddRange" or "InsertRange" && BodyIndex.IsList(call.TargetMethod.ContainingType))
                    || (call.TargetMethod.Name is "Join" or "Concat" && call.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String);
            case IArgumentOperation { Parameter.RefKind: RefKind.None, Parent: IObjectCreationOperation creation }:
                return BodyIndex.IsList(creation.Type);
            case IForEachLoopOperation loop:
                return loop.Collection == node;
            case IPropertyReferenceOperation { Property.IsIndexer: false, Property.Name: "Count" or "Length" } property:
                return property.Instance == node;
            case IInvocationOperation call when call.Instance == node && BodyIndex.IsList(call.TargetMethod.ContainingType):
                switch (call.TargetMethod.Name)
                {
                    case "Add" when call.Arguments.Length == 1:
                        changes.Add(call);
                        return true;
                    case "ToArray" or "Contains" or "IndexOf":
                        return true;
                    default:
                        return false;
                }

            case IArrayElementReferenceOperation element when element.ArrayReference == node:
                return IsSlotWrite(element, changes);
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Instance == node && BodyIndex.IsList(indexer.Property.ContainingType):
                return IsSlotWrite(indexer, changes);
            default:
                return false;
        }
    }

    /// <summary><c>images[0] = x</c>: a change; reading a slot may hand out an element to change, so it is not followed.</summary>
    private static bool IsSlotWrite(IOperation slot, List<IOperation> changes)
    {
        if (slot.Parent is ISimpleAssignmentOperation assignment && assignment.Target == slot)
        {
            changes.Add(assignment);
            return true;
        }

        return false;
    }

    public static bool IsEnumerable(IMethodSymbol method) =>
        method.IsStatic
        && method.ContainingType is { Name: "Enumerable", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}
