using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// The elements of a collection a sequence starts from, when all of them are known: an array or list written inline; a
/// local array or list whose only changes are <c>list.Add(x)</c> and <c>array[0] = x</c> in its own block before the use,
/// and which is otherwise only read (LINQ, copies, <c>foreach</c>); or a <c>static readonly</c> table of this
/// compilation that nothing changes (the rule of <see cref="ConstantTables"/>, plus no write to its elements). An
/// element may be null: an array slot never written. Anything else gives no source, and the list stays unknown.
/// </summary>
internal sealed class SequenceSources
{
    /// <summary>Arrays are read slot by slot: a larger one is not a list of images someone wrote out.</summary>
    private const int MaxElements = 256;

    private readonly SourceBodies _bodies;
    private readonly CancellationToken _cancellationToken;

    // Each local's uses are collected once per body, whatever number of requests read it.
    private Dictionary<ILocalSymbol, SequenceLocalUses?>? _locals;

    public SequenceSources(SourceBodies bodies, CancellationToken cancellationToken)
    {
        _bodies = bodies;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The source's elements, or null when they are not all known; <paramref name="site"/> is set for a table declared elsewhere.</summary>
    public List<IOperation?>? ElementsOf(IOperation source, out IOperation? site)
    {
        site = null;
        source = ValueReader.Unwrap(source);
        switch (source)
        {
            case ILocalReferenceOperation local:
                return LocalElements(local);
            case IFieldReferenceOperation field:
                site = source;
                return FieldElements(field.Field);
            default:
                return Written(source);
        }
    }

    /// <summary>The element type of an array or of a generic collection (<c>List&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>...).</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol? collection) => collection switch
    {
        IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named => named.TypeArguments[0],
        _ => null,
    };

    /// <summary>The elements an initializer writes out: an array, a list's collection initializer, a collection expression.</summary>
    private static List<IOperation?>? Written(IOperation value)
    {
        value = ValueReader.Unwrap(value);
        switch (value)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return Copy(initializer.ElementValues);
            case IArrayInitializerOperation initializer: // `string[] Images = { ... }` as a field
                return Copy(initializer.ElementValues);
            case IArrayCreationOperation { DimensionSizes.Length: 1 } sized
                when sized.DimensionSizes[0].ConstantValue is { HasValue: true, Value: int length } && length >= 0 && length <= MaxElements:
                return new List<IOperation?>(new IOperation?[length]); // `new string[2]`: filled by index later
            case IObjectCreationOperation creation when BodyIndex.IsList(creation.Type):
                return ListCreation(creation);
            default:
                return value.Syntax is CollectionExpressionSyntax ? CollectionExpression(value) : null;
        }
    }

    private static List<IOperation?> Copy(System.Collections.Immutable.ImmutableArray<IOperation> elements)
    {
        var list = new List<IOperation?>(elements.Length);
        foreach (var element in elements)
        {
            list.Add(element);
        }

        return list;
    }

    private static List<IOperation?>? ListCreation(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Value.Type?.SpecialType != SpecialType.System_Int32)
            {
                return null; // a copy of another collection: not followed from here
            }
        }

        var elements = new List<IOperation?>();
        if (creation.Initializer is null)
        {
            return elements;
        }

        foreach (var item in creation.Initializer.Initializers)
        {
            if (item is not IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
            {
                return null;
            }

            elements.Add(add.Arguments[0].Value);
        }

        return elements;
    }

    private static List<IOperation?>? CollectionExpression(IOperation value)
    {
        var elements = new List<IOperation?>();
        foreach (var child in value.ChildOperations)
        {
            var element = ValueReader.Unwrap(child);
            if (element.Syntax is SpreadElementSyntax || element.Syntax.Parent is SpreadElementSyntax)
            {
                return null;
            }

            elements.Add(element);
        }

        return elements;
    }

    private List<IOperation?>? FieldElements(IFieldSymbol field)
    {
        if (!field.IsStatic || !field.IsReadOnly || !_bodies.IsInThisCompilation(field)
            || !ConstantTables.CannotChange(field, _bodies, _cancellationToken))
        {
            return null;
        }

        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                && _bodies.OperationOf(value, _cancellationToken) is { } initializer)
            {
                return Written(initializer);
            }
        }

        return null;
    }

    /// <summary>A local's elements at <paramref name="use"/>: its initializer, then its adds and slot writes, in order.</summary>
    private List<IOperation?>? LocalElements(ILocalReferenceOperation use)
    {
        var local = use.Local;
        _locals ??= new Dictionary<ILocalSymbol, SequenceLocalUses?>(SymbolEqualityComparer.Default);
        if (!_locals.TryGetValue(local, out var uses))
        {
            uses = SequenceLocalUses.Collect(use, _cancellationToken);
            _locals[local] = uses;
        }

        if (uses is null || uses.Initializer is null || !SameFunction(uses.Declarator, use))
        {
            return null;
        }

        var elements = Written(uses.Initializer);
        if (elements is null)
        {
            return null;
        }

        foreach (var change in uses.Changes)
        {
            if (change.Syntax.SpanStart > use.Syntax.SpanStart)
            {
                return null; // changed after the list was read: the order of events is not ours to guess
            }

            switch (change)
            {
                case IInvocationOperation add:
                    elements.Add(add.Arguments[0].Value);
                    break;
                case ISimpleAssignmentOperation assignment when SlotOf(assignment.Target) is { } slot && slot < elements.Count:
                    elements[slot] = assignment.Value;
                    break;
                default:
                    return null;
            }
        }

        return elements;
    }

    private static int? SlotOf(IOperation target)
    {
        var index = target switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } element => element.Indices[0],
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => indexer.Arguments[0].Value,
            _ => null,
        };
        return index?.ConstantValue is { HasValue: true, Value: int slot } && slot >= 0 ? slot : null;
    }

    /// <summary>The use is in the function that declares the local (not a lambda or local function that may run at any time).</summary>
    private static bool SameFunction(IOperation declarator, IOperation use) => EnclosingFunction(declarator) == EnclosingFunction(use);

    private static IOperation? EnclosingFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current.Kind is OperationKind.AnonymousFunction or OperationKind.LocalFunction)
            {
                return current;
            }
        }

        return null;
    }
}
