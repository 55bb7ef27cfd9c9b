using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Model;

/// <summary>
/// An SDK model object created in the body: its initializer plus, when it lives in a local, the later writes and
/// adds the body makes to it. When the object escapes, members the body did not write are unknown.
/// </summary>
internal sealed class ObjectView
{
    private readonly Dictionary<string, List<PropertyWrite>> _writes = new();
    private readonly Dictionary<string, List<IInvocationOperation>> _adds = new();
    private readonly LocalUsage? _local;

    public ObjectView(IObjectCreationOperation creation, LocalUsage? local, bool escapes)
    {
        Creation = creation;
        _local = local;
        Escapes = escapes || local?.Escapes == true;
        if (creation.Initializer is { } initializer)
        {
            ReadInitializer(initializer);
        }

        if (local is not null)
        {
            foreach (var pair in local.Writes)
            {
                WritesOf(pair.Key).AddRange(pair.Value);
            }

            foreach (var pair in local.Adds)
            {
                AddsOf(pair.Key).AddRange(pair.Value);
            }
        }
    }

    public IObjectCreationOperation Creation { get; }

    public bool Escapes { get; }

    public IReadOnlyList<PropertyWrite> Writes(string member) =>
        _writes.TryGetValue(member, out var list) ? list : (IReadOnlyList<PropertyWrite>)System.Array.Empty<PropertyWrite>();

    public IReadOnlyList<IInvocationOperation> Adds(string member) =>
        _adds.TryGetValue(member, out var list) ? list : (IReadOnlyList<IInvocationOperation>)System.Array.Empty<IInvocationOperation>();

    public bool IsUnknownMember(string member) => _local?.IsUnknownMember(member) == true;

    private List<PropertyWrite> WritesOf(string member)
    {
        if (!_writes.TryGetValue(member, out var list))
        {
            _writes[member] = list = new List<PropertyWrite>();
        }

        return list;
    }

    private List<IInvocationOperation> AddsOf(string member)
    {
        if (!_adds.TryGetValue(member, out var list))
        {
            _adds[member] = list = new List<IInvocationOperation>();
        }

        return list;
    }

    private void ReadInitializer(IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    WritesOf(property.Property.Name).Add(new PropertyWrite(assignment.Value, isUnconditional: true));
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property } member:
                    // `Container = { new ... }` adds to the list the property already holds.
                    foreach (var nested in member.Initializer.Initializers)
                    {
                        if (nested is IInvocationOperation add && Model.BodyIndex.IsAddMethod(add))
                        {
                            AddsOf(property.Property.Name).Add(add);
                        }
                    }

                    break;
            }
        }
    }
}
