using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Model;

/// <summary>Everything a body does with one local that holds a request, an element or a list.</summary>
internal sealed class LocalUsage
{
    private Dictionary<string, List<PropertyWrite>>? _writes;
    private Dictionary<string, List<IInvocationOperation>>? _adds;
    private HashSet<string>? _unknownMembers;

    /// <summary>Values assigned to the local itself (its initializer and any <c>x = ...</c>).</summary>
    public List<PropertyWrite> Assignments { get; } = new();

    /// <summary><c>list.Add(...)</c> / <c>list.AddRange(...)</c> on the local itself.</summary>
    public List<IInvocationOperation> DirectAdds { get; } = new();

    /// <summary>The object may be read or changed where the body cannot see (passed on, returned, stored, captured, ref).</summary>
    public bool Escapes { get; set; }

    /// <summary>The statement list that declares the local (see BodyIndex.IsSameBlock), once <see cref="DeclarationBlockKnown"/>.</summary>
    public SyntaxNode? DeclarationBlock { get; set; }

    public bool DeclarationBlockKnown { get; set; }

    /// <summary>False for a local without a declaration in source: no write is then known to be in its block.</summary>
    public bool HasDeclaration { get; set; }

    /// <summary>The local was handed to the ECI client's Create*/Update* method.</summary>
    public bool IsSent { get; set; }

    /// <summary>Writes to <c>local.Member = ...</c> after the declaration, or null when there are none.</summary>
    public List<PropertyWrite>? WritesOf(string member) =>
        _writes is not null && _writes.TryGetValue(member, out var list) ? list : null;

    /// <summary><c>local.Member.Add(...)</c> calls, or null when there are none.</summary>
    public List<IInvocationOperation>? AddsOf(string member) =>
        _adds is not null && _adds.TryGetValue(member, out var list) ? list : null;

    public bool IsUnknownMember(string name) => _unknownMembers?.Contains(name) == true;

    public void AddWrite(string member, PropertyWrite write)
    {
        _writes ??= new Dictionary<string, List<PropertyWrite>>();
        if (!_writes.TryGetValue(member, out var list))
        {
            _writes[member] = list = new List<PropertyWrite>();
        }

        list.Add(write);
    }

    public void AddMemberAdd(string member, IInvocationOperation invocation)
    {
        _adds ??= new Dictionary<string, List<IInvocationOperation>>();
        if (!_adds.TryGetValue(member, out var list))
        {
            _adds[member] = list = new List<IInvocationOperation>();
        }

        list.Add(invocation);
    }

    public void MarkUnknownMember(string member) => (_unknownMembers ??= new HashSet<string>()).Add(member);
}
