using System.Collections.Generic;
using Eci.Analyzers.Sdk;
using Eci.ImagePull;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>Everything a body does with one local that holds a request, an element or a list.</summary>
internal sealed class LocalUsage
{
    // Indexed by ModelMember; created on the first write, add or unknown use of a member the rules read.
    private List<PropertyWrite>?[]? _writes;
    private List<IInvocationOperation>?[]? _adds;
    private bool[]? _unknownMembers;
    private List<IInvocationOperation>? _directAdds;

    /// <summary>Values assigned to the local itself (its initializer and any <c>x = ...</c>).</summary>
    public List<PropertyWrite> Assignments { get; } = new(1);

    /// <summary><c>list.Add(...)</c> / <c>list.AddRange(...)</c> on the local itself (empty when there are none).</summary>
    public IReadOnlyList<IInvocationOperation> DirectAdds => (IReadOnlyList<IInvocationOperation>?)_directAdds ?? System.Array.Empty<IInvocationOperation>();

    /// <summary>The object may be read or changed where the body cannot see (passed on, returned, stored, captured, ref).</summary>
    public bool Escapes { get; set; }

    /// <summary>The statement list that declares the local (see BodyIndex.IsSameBlock), once <see cref="DeclarationBlockKnown"/>.</summary>
    public SyntaxNode? DeclarationBlock { get; set; }

    public bool DeclarationBlockKnown { get; set; }

    /// <summary>False for a local without a declaration in source: no write is then known to be in its block.</summary>
    public bool HasDeclaration { get; set; }

    /// <summary>The local was handed to the ECI client's Create*/Update* method.</summary>
    public bool IsSent { get; set; }

    /// <summary>The calls that send the request (the client's, or the application's methods that forward it).</summary>
    public List<IInvocationOperation>? SendCalls { get; private set; }

    /// <summary>The body runs <c>PullPreflight</c> on the request.</summary>
    public bool IsPreflighted { get; set; }

    public void AddSendCall(IInvocationOperation call) => (SendCalls ??= new List<IInvocationOperation>(1)).Add(call);

    /// <summary>
    /// The first send is a statement of the local's own block that has read the request when it ends (a synchronous or
    /// awaited call): whatever the statements after it write is not what was sent. Meaningful once <see cref="SendCalls"/> is set.
    /// </summary>
    public bool FirstSendSettles { get; set; }

    /// <summary>
    /// Calls, in the local's own block, to the application's methods that only write into the request
    /// (<c>request.AddContainer("web", image);</c>, see <see cref="RequestWriters"/>), in source order; null when none.
    /// </summary>
    public List<IArgumentOperation>? WriterCalls { get; private set; }

    /// <summary>Records the argument that hands the request to a writer method (its parent is the call).</summary>
    public void AddWriterCall(IArgumentOperation argument) => (WriterCalls ??= new List<IArgumentOperation>(1)).Add(argument);

    /// <summary>Writes to <c>local.Member = ...</c> after the declaration, or null when there are none.</summary>
    public List<PropertyWrite>? WritesOf(ModelMember member) => _writes?[(int)member];

    /// <summary><c>local.Member.Add(...)</c> calls, or null when there are none.</summary>
    public List<IInvocationOperation>? AddsOf(ModelMember member) => _adds?[(int)member];

    public bool IsUnknownMember(ModelMember member) => _unknownMembers?[(int)member] == true;

    public void AddDirectAdd(IInvocationOperation invocation) => (_directAdds ??= new List<IInvocationOperation>()).Add(invocation);

    public void AddWrite(ModelMember member, PropertyWrite write)
    {
        var writes = _writes ??= new List<PropertyWrite>?[ModelMembers.Count];
        (writes[(int)member] ??= new List<PropertyWrite>(1)).Add(write);
    }

    public void AddMemberAdd(ModelMember member, IInvocationOperation invocation)
    {
        var adds = _adds ??= new List<IInvocationOperation>?[ModelMembers.Count];
        (adds[(int)member] ??= new List<IInvocationOperation>()).Add(invocation);
    }

    public void MarkUnknownMember(ModelMember member) => (_unknownMembers ??= new bool[ModelMembers.Count])[(int)member] = true;
}
