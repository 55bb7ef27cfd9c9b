using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Eci.ImagePull;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Model;

/// <summary>
/// An SDK model object created in the body: its initializer plus, when it lives in a local, the later writes and
/// adds the body makes to it. When the object escapes, members the body did not write are unknown.
/// </summary>
/// <remarks>
/// A view answers from the initializer and the local's usage directly instead of copying them into dictionaries:
/// the analyzer makes one view per request and per container element, and asks each only a few members.
/// </remarks>
internal sealed class ObjectView
{
    private static readonly PropertyWrite[] NoWrites = new PropertyWrite[0];
    private static readonly IInvocationOperation[] NoAdds = new IInvocationOperation[0];
    private readonly LocalUsage? _local;

    public ObjectView(IObjectCreationOperation creation, LocalUsage? local, bool escapes)
    {
        Creation = creation;
        _local = local;
        Escapes = escapes || local?.Escapes == true;
    }

    public IObjectCreationOperation Creation { get; }

    public bool Escapes { get; }

    /// <summary>The initializer's assignments to <paramref name="member"/>, then the body's later ones.</summary>
    [MethodImpl(HotPath.Optimize)]
    public IReadOnlyList<PropertyWrite> Writes(string member)
    {
        List<PropertyWrite>? found = null;
        if (Creation.Initializer is { } initializer)
        {
            foreach (var item in initializer.Initializers)
            {
                if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && property.Property.Name == member)
                {
                    (found ??= new List<PropertyWrite>(1)).Add(new PropertyWrite(assignment.Value, isUnconditional: true));
                }
            }
        }

        var later = _local?.WritesOf(member);
        if (later is null)
        {
            return (IReadOnlyList<PropertyWrite>?)found ?? NoWrites;
        }

        if (found is null)
        {
            return later;
        }

        found.AddRange(later);
        return found;
    }

    /// <summary><c>Member = { ... }</c> in the initializer (adds to the list the property already holds), then later <c>Add</c> calls.</summary>
    [MethodImpl(HotPath.Optimize)]
    public IReadOnlyList<IInvocationOperation> Adds(string member)
    {
        List<IInvocationOperation>? found = null;
        if (Creation.Initializer is { } initializer)
        {
            foreach (var item in initializer.Initializers)
            {
                if (item is not IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } nested
                    || property.Property.Name != member)
                {
                    continue;
                }

                foreach (var inner in nested.Initializer.Initializers)
                {
                    if (inner is IInvocationOperation add && BodyIndex.IsAddMethod(add))
                    {
                        (found ??= new List<IInvocationOperation>()).Add(add);
                    }
                }
            }
        }

        var later = _local?.AddsOf(member);
        if (later is null)
        {
            return (IReadOnlyList<IInvocationOperation>?)found ?? NoAdds;
        }

        if (found is null)
        {
            return later;
        }

        found.AddRange(later);
        return found;
    }

    public bool IsUnknownMember(string member) => _local?.IsUnknownMember(member) == true;
}
