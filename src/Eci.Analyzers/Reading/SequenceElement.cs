using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Where one element of a list built as a sequence came from: an element of a constant source collection (a string, or a
/// spec written as a record, tuple or anonymous object) and, for <c>Select</c>, the lambda parameter that stands for it.
/// Values read from the element are reported on it when the source is written in the body, or at
/// <see cref="Site"/>, the use of a static readonly table, when the source is declared elsewhere.
/// </summary>
internal sealed class SequenceElement
{
    public SequenceElement(IOperation element, IParameterSymbol? parameter, IOperation? site)
    {
        Element = element;
        Parameter = parameter;
        Site = site;
    }

    /// <summary>The element of the source collection (its expression in the initializer, or the value written at its index).</summary>
    public IOperation Element { get; }

    /// <summary>The <c>Select</c> lambda's parameter; null when the list element is the source element itself.</summary>
    public IParameterSymbol? Parameter { get; }

    /// <summary>The reference to the static readonly source in the body, or null for a source written in the body.</summary>
    public IOperation? Site { get; }

    /// <summary>A value read from the element, placed where the code being analyzed shows it.</summary>
    public ScalarValue Place(ScalarValue value) => Site is null ? value : StringResolver.At(value, Site);

    /// <summary>
    /// Whether <paramref name="operation"/> reads the lambda's parameter (<c>s</c>, <c>s.Image</c>, <c>s.Item2</c>);
    /// <paramref name="value"/> is then the expression the element holds for it, or null when that cannot be seen.
    /// </summary>
    public bool Reads(IOperation operation, out IOperation? value)
    {
        value = null;
        if (Parameter is null)
        {
            return false;
        }

        switch (operation)
        {
            case IParameterReferenceOperation reference when IsParameter(reference):
                value = Element;
                return true;
            case IPropertyReferenceOperation { Arguments.Length: 0, Instance: IParameterReferenceOperation reference } property when IsParameter(reference):
                value = CannotBeSetLater(property.Property) ? Member(property.Property) : null;
                return true;
            case IFieldReferenceOperation { Instance: IParameterReferenceOperation reference } field when IsParameter(reference):
                value = TupleElement(field.Field);
                return true;
            default:
                return false;
        }
    }

    private bool IsParameter(IParameterReferenceOperation reference) =>
        SymbolEqualityComparer.Default.Equals(reference.Parameter, Parameter);

    /// <summary>Get-only and init-only properties (positional records, anonymous types): what the element was created with.</summary>
    private static bool CannotBeSetLater(IPropertySymbol property) =>
        property.SetMethod is null || property.SetMethod.IsInitOnly;

    /// <summary>
    /// The element's value for a property: its object initializer's assignment, else the argument of a record's primary
    /// constructor that declares it.
    /// </summary>
    private IOperation? Member(IPropertySymbol property)
    {
        switch (ValueReader.Unwrap(Element))
        {
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                        && target.Property.Name == property.Name)
                    {
                        return assignment.Value;
                    }
                }

                return null;
            case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, property.ContainingType):
                IOperation? written = null;
                if (creation.Initializer is { } objectInitializer)
                {
                    foreach (var item in objectInitializer.Initializers)
                    {
                        if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                            && SymbolEqualityComparer.Default.Equals(target.Property, property))
                        {
                            written = assignment.Value; // C# allows one per member; the compiler reports a second
                        }
                    }
                }

                return written ?? PrimaryConstructorArgument(creation, property);
            default:
                return null;
        }
    }

    /// <summary>The argument a positional record's constructor takes for the property its parameter declares.</summary>
    private static IOperation? PrimaryConstructorArgument(IObjectCreationOperation creation, IPropertySymbol property)
    {
        if (property.DeclaringSyntaxReferences.Length != 1 || creation.Constructor is null)
        {
            return null;
        }

        var declaration = property.DeclaringSyntaxReferences[0];
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { } parameter
                && parameter.DeclaringSyntaxReferences.Length == 1
                && parameter.DeclaringSyntaxReferences[0].SyntaxTree == declaration.SyntaxTree
                && parameter.DeclaringSyntaxReferences[0].Span == declaration.Span)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>A tuple element by position (<c>s.Image</c> and <c>s.Item2</c> alike); null for any other field.</summary>
    private IOperation? TupleElement(IFieldSymbol field)
    {
        if (ValueReader.Unwrap(Element) is not ITupleOperation tuple || field.ContainingType is not { IsTupleType: true } type)
        {
            return null;
        }

        var wanted = field.CorrespondingTupleField ?? field;
        var elements = type.TupleElements;
        for (var i = 0; i < elements.Length && i < tuple.Elements.Length; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(elements[i].CorrespondingTupleField ?? elements[i], wanted))
            {
                return tuple.Elements[i];
            }
        }

        return null;
    }
}
