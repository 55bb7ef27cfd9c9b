using System.Collections.Generic;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Model;

/// <summary>A list member as the body leaves it: the element expressions seen, and whether those are all of them.</summary>
internal sealed class ListValue
{
    public ValueState State { get; set; } = ValueState.Absent;

    /// <summary>The expressions that became elements (object creations, locals, strings).</summary>
    public List<IOperation> Elements { get; } = new();

    /// <summary>False when the list may hold elements the body does not show.</summary>
    public bool IsComplete { get; set; } = true;

    /// <summary>The expression assigned to the member, when there was exactly one (the code fix adds elements there).</summary>
    public IOperation? AssignedValue { get; set; }
}
