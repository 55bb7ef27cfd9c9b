using System.Collections.Generic;
using Eci.Analyzers.Sdk;
using Eci.ImagePull;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// An SDK model object created in the body: its initializer plus, when it lives in a local, the later writes and
/// adds the body makes to it. When the object escapes, members the body did not write are unknown.
/// </summary>
/// <remarks>
/// A view answers without allocating: the first question scans the initializer for that member; from the second on
/// (a request is asked about a dozen members, a container only about its image) the initializer's items are indexed
/// by <see cref="ModelMember"/> in one pass. C# allows one initializer item per member (CS1912), so a member has at
/// most one: an assignment or a nested collection initializer.
/// </remarks>
internal sealed class ObjectView
{
    private readonly LocalUsage? _local;

    // [member] = the initializer's item for it: `Member = x` or `Member = { ... }`. Built on the third question.
    private IOperation?[]? _items;
    private int _questions;

    public ObjectView(IObjectCreationOperation creation, LocalUsage? local, bool escapes)
    {
        Creation = creation;
        _local = local;
        Escapes = escapes || local?.Escapes == true;
    }

    public IObjectCreationOperation Creation { get; }

    /// <summary>
    /// For an element a helper method returned (or a writer added), the helper's call in the code being analyzed (or the
    /// creation whose constructor added it): what the helper writes itself is placed there.
    /// </summary>
    public IOperation? HelperCall { get; set; }

    /// <summary>For an element a helper method returned, what the call passes for the helper's parameters.</summary>
    public ParameterBindings? HelperArguments { get; set; }

    /// <summary>For an element a <c>Select</c> lambda builds, the source element its parameter stands for.</summary>
    public SequenceElement? Origin { get; set; }

    public bool Escapes { get; private set; }

    /// <summary>
    /// For a request: the constructors (of a class deriving from the request type) and the writer methods
    /// (<c>request.AddContainer(...)</c>) whose writes complete it, constructors first; null when there are none.
    /// </summary>
    public List<AppliedWriter>? Applied { get; set; }

    /// <summary>Something writes to the object in a way that cannot be read: members the body did not write are unknown.</summary>
    public void MarkEscaped() => Escapes = true;

    /// <summary>The initializer's assignment to <paramref name="member"/>, then the body's later ones.</summary>
    public PropertyWrites Writes(ModelMember member)
    {
        var assignment = (ISimpleAssignmentOperation?)InitializerItem(member, nested: false);
        return new PropertyWrites(assignment?.Value, _local?.WritesOf(member));
    }

    /// <summary><c>Member = { ... }</c> in the initializer (adds to the list the property already holds), then later <c>Add</c> calls.</summary>
    public MemberAdds Adds(ModelMember member) =>
        new((IMemberInitializerOperation?)InitializerItem(member, nested: true), _local?.AddsOf(member));

    public bool IsUnknownMember(ModelMember member) => _local?.IsUnknownMember(member) == true;

    private IOperation? InitializerItem(ModelMember member, bool nested)
    {
        if (Creation.Initializer is not { } initializer)
        {
            return null;
        }

        if (_items is null && ++_questions <= 2)
        {
            return Scan(initializer, member, nested); // elements are asked one or two members: a scan allocates nothing
        }

        if (_items is null)
        {
            var items = new IOperation?[ModelMembers.Count];
            foreach (var item in initializer.Initializers)
            {
                if (MemberOf(item, out _) is var found and not ModelMember.None)
                {
                    items[(int)found] ??= item; // a duplicate is CS1912: the compiler reports it, the first one stands
                }
            }

            _items = items;
        }

        var indexed = _items[(int)member];
        return indexed is not null && (indexed.Kind == OperationKind.MemberInitializer) == nested ? indexed : null;
    }

    private static IOperation? Scan(IObjectOrCollectionInitializerOperation initializer, ModelMember member, bool nested)
    {
        foreach (var item in initializer.Initializers)
        {
            if (MemberOf(item, out var isNested) == member && isNested == nested)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The member an initializer item assigns (<c>M = x</c>) or fills (<c>M = { ... }</c>).</summary>
    private static ModelMember MemberOf(IOperation item, out bool nested)
    {
        switch (item.Kind)
        {
            case OperationKind.SimpleAssignment when ((ISimpleAssignmentOperation)item).Target is IPropertyReferenceOperation property:
                nested = false;
                return ModelMembers.Of(property.Property.Name);
            case OperationKind.MemberInitializer when ((IMemberInitializerOperation)item).InitializedMember is IPropertyReferenceOperation property:
                nested = true;
                return ModelMembers.Of(property.Property.Name);
            default:
                nested = false;
                return ModelMember.None;
        }
    }
}

/// <summary>The writes to one member: the initializer's (at most one), then the body's later ones. Allocation-free.</summary>
internal readonly struct PropertyWrites
{
    private readonly IOperation? _initial;
    private readonly List<PropertyWrite>? _later;

    public PropertyWrites(IOperation? initial, List<PropertyWrite>? later)
    {
        _initial = initial;
        _later = later;
    }

    public int Count => (_initial is null ? 0 : 1) + (_later?.Count ?? 0);

    /// <summary>The write at <paramref name="index"/> is the creation's initializer (it runs before every later one).</summary>
    public bool IsInitializer(int index) => _initial is not null && index == 0;

    public PropertyWrite this[int index] =>
        _initial is null ? _later![index] : index == 0 ? new PropertyWrite(_initial, isUnconditional: true) : _later![index - 1];
}

/// <summary>The <c>Add</c> calls that fill one list member: its nested initializer's, then the body's later ones.</summary>
internal readonly struct MemberAdds
{
    public MemberAdds(IMemberInitializerOperation? nested, List<IInvocationOperation>? later)
    {
        Nested = nested;
        Later = later;
    }

    public IMemberInitializerOperation? Nested { get; }

    public List<IInvocationOperation>? Later { get; }

    /// <summary>True when neither the initializer nor the body adds anything.</summary>
    public bool IsEmpty
    {
        get
        {
            if (Later is { Count: > 0 })
            {
                return false;
            }

            if (Nested is not null)
            {
                foreach (var inner in Nested.Initializer.Initializers)
                {
                    if (inner is IInvocationOperation add && BodyIndex.IsAddMethod(add))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
