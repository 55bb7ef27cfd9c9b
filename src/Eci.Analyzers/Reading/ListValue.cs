using System;
using System.Collections.Generic;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Reading;

/// <summary>A list member as the body leaves it: the element expressions seen, and whether those are all of them.</summary>
/// <remarks>
/// Most requests leave half their list members unset (InitContainer, AcrRegistryInfo...), so the element list is made
/// on the first element, and an unset member is one of two shared, read-only values.
/// </remarks>
internal sealed class ListValue
{
    private readonly bool _readOnly;
    private List<IOperation>? _elements;
    private List<SequenceElement?>? _origins; // made on the first element a sequence gives
    private ValueState _state = ValueState.Absent;
    private bool _isComplete = true;
    private IOperation? _assignedValue;

    public ListValue()
    {
    }

    private ListValue(ValueState state, bool isComplete)
    {
        _state = state;
        _isComplete = isComplete;
        _readOnly = true;
    }

    /// <summary>Never set in a body that keeps the object to itself: no elements, and that is all of them.</summary>
    public static ListValue Unset { get; } = new(ValueState.Absent, isComplete: true);

    /// <summary>Never set in the body, but the object escapes: whatever happens to it elsewhere is unknown.</summary>
    public static ListValue UnsetEscaped { get; } = new(ValueState.Unknown, isComplete: false);

    public ValueState State
    {
        get => _state;
        set => _state = Writable(value);
    }

    /// <summary>How many expressions became elements (object creations, locals, strings).</summary>
    public int Count => _elements?.Count ?? 0;

    public IOperation this[int index] => _elements![index];

    /// <summary>False when the list may hold elements the body does not show.</summary>
    public bool IsComplete
    {
        get => _isComplete;
        set => _isComplete = Writable(value);
    }

    /// <summary>The expression assigned to the member, when there was exactly one (the code fix adds elements there).</summary>
    public IOperation? AssignedValue
    {
        get => _assignedValue;
        set => _assignedValue = Writable(value);
    }

    public void Add(IOperation element) => Add(element, null);

    /// <summary>An element a sequence gave: <paramref name="origin"/> says which source element it stands for.</summary>
    public void Add(IOperation element, SequenceElement? origin)
    {
        if (origin is not null && _origins is null)
        {
            _origins = new List<SequenceElement?>(new SequenceElement?[Count]);
        }

        (_elements ??= new List<IOperation>()).Add(Writable(element));
        _origins?.Add(origin);
        if (_contexts is not null || AddingFrom is not null)
        {
            _contexts ??= new List<AppliedWriter?>(new AppliedWriter?[_elements.Count - 1]);
            _contexts.Add(AddingFrom);
        }
    }

    /// <summary>The source element the element at <paramref name="index"/> stands for, or null when it is written as it is.</summary>
    public SequenceElement? OriginAt(int index) => _origins is { } origins && index < origins.Count ? origins[index] : null;

    // Parallel to _elements once an element comes from a writer's body; null while none has.
    private List<AppliedWriter?>? _contexts;
    private AppliedWriter? _addingFrom;

    /// <summary>The writer whose body the elements being added come from (read with its call's arguments), or null.</summary>
    public AppliedWriter? AddingFrom
    {
        get => _addingFrom;
        set => _addingFrom = Writable(value);
    }

    /// <summary>The writer element <paramref name="index"/> came from, or null for one written in the code being read.</summary>
    public AppliedWriter? ContextAt(int index) => _contexts is not null && index < _contexts.Count ? _contexts[index] : null;

    /// <summary>The shared unset values are read by every request of every thread: a write to one would leak into all.</summary>
    private T Writable<T>(T value) =>
        _readOnly ? throw new InvalidOperationException("The shared unset list values are read-only; read a new ListValue instead.") : value;
}
