using System.Collections.Generic;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Model;

/// <summary>A list member as the body leaves it: the element expressions seen, and whether those are all of them.</summary>
/// <remarks>
/// Most requests leave half their list members unset (InitContainer, AcrRegistryInfo...), so the element list is made
/// on the first element, and an unset member is one of two shared values that nothing writes to.
/// </remarks>
internal sealed class ListValue
{
    private List<IOperation>? _elements;

    /// <summary>Never set in a body that keeps the object to itself: no elements, and that is all of them.</summary>
    public static ListValue Unset { get; } = new() { State = ValueState.Absent, IsComplete = true };

    /// <summary>Never set in the body, but the object escapes: whatever happens to it elsewhere is unknown.</summary>
    public static ListValue UnsetEscaped { get; } = new() { State = ValueState.Unknown, IsComplete = false };

    public ValueState State { get; set; } = ValueState.Absent;

    /// <summary>How many expressions became elements (object creations, locals, strings).</summary>
    public int Count => _elements?.Count ?? 0;

    public IOperation this[int index] => _elements![index];

    /// <summary>False when the list may hold elements the body does not show.</summary>
    public bool IsComplete { get; set; } = true;

    /// <summary>The expression assigned to the member, when there was exactly one (the code fix adds elements there).</summary>
    public IOperation? AssignedValue { get; set; }

    public void Add(IOperation element) => (_elements ??= new List<IOperation>()).Add(element);
}
