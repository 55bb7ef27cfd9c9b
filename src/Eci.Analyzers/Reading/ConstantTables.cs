using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Lookup tables of images written as readonly fields: <c>Images["api"]</c> or <c>Registries[0]</c> where the field is a
/// dictionary, list or array initialized with constants and never changed. A public field could be changed from any
/// file, so it is only read when its type cannot change (<c>IReadOnlyDictionary</c>, <c>IReadOnlyList</c>); a private one
/// when its own type never assigns, adds to, removes from, clears or writes into it, an internal one when no type of
/// the compilation does (<see cref="TableChanges"/>).
/// </summary>
internal static class ConstantTables
{
    /// <summary>The element expression the constant <paramref name="key"/> selects in the field's initializer, or null.</summary>
    public static IOperation? Element(IFieldSymbol field, IOperation key, SourceBodies bodies, CancellationToken cancellationToken)
    {
        var keyValue = ValueReader.Unwrap(key).ConstantValue;
        if (!keyValue.HasValue || keyValue.Value is null || !field.IsReadOnly || !bodies.IsInThisCompilation(field) || !CannotChange(field, bodies, cancellationToken))
        {
            return null;
        }

        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value }
                && bodies.OperationOf(value, cancellationToken) is { } initializer)
            {
                return Select(ValueReader.Unwrap(initializer), keyValue.Value);
            }
        }

        return null;
    }

    private static IOperation? Select(IOperation table, object key)
    {
        switch (table)
        {
            case IArrayCreationOperation { Initializer: { } array } when key is int index:
                return index >= 0 && index < array.ElementValues.Length ? array.ElementValues[index] : null;
            case IArrayInitializerOperation array when key is int index: // `string[] Mirrors = { ... }`
                return index >= 0 && index < array.ElementValues.Length ? array.ElementValues[index] : null;
            case IObjectCreationOperation { Initializer: { } initializer }:
                var position = 0;
                IOperation? found = null;
                foreach (var item in initializer.Initializers)
                {
                    switch (item)
                    {
                        // `["api"] = "..."`: a later one with the same key wins, as at run time
                        case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                            if (Equals(ValueReader.Unwrap(indexer.Arguments[0].Value).ConstantValue.Value, key))
                            {
                                found = assignment.Value;
                            }

                            break;
                        // `{ "api", "..." }` (a dictionary)
                        case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add:
                            if (Equals(ValueReader.Unwrap(add.Arguments[0].Value).ConstantValue.Value, key))
                            {
                                found = add.Arguments[1].Value;
                            }

                            break;
                        // `"..."` (a list, selected by position)
                        case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add:
                            if (key is int wanted && wanted == position)
                            {
                                found = add.Arguments[0].Value;
                            }

                            position++;
                            break;
                        default:
                            return null; // a spread or a call we do not read: the table is not all constants
                    }
                }

                return found;
            default:
                return null;
        }
    }

    /// <summary>
    /// A table typed read-only cannot change through its type; any other must be a private or internal field that nothing
    /// in the compilation changes (<see cref="TableChanges"/>: another type may change an internal one, not only its own).
    /// </summary>
    internal static bool CannotChange(IFieldSymbol field, SourceBodies bodies, CancellationToken cancellationToken)
    {
        if (field.Type is INamedTypeSymbol { Name: "IReadOnlyDictionary" or "IReadOnlyList", ContainingNamespace: { Name: "Generic" } })
        {
            return true;
        }

        return TableChanges.CannotChange(field, bodies, cancellationToken);
    }
}
