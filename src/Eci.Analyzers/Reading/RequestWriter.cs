using System.Collections.Generic;
using Eci.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// What one method of the application does to a request it is handed, when that is only writing members:
/// <c>request.PlainHttpRegistry = registry;</c>, <c>request.Container.Add(new Container { Image = image });</c>. Or what
/// a constructor of a class deriving from a request writes into the object it builds. Made by <see cref="RequestWriters"/>.
/// </summary>
internal sealed class RequestWriter
{
    public RequestWriter(IMethodSymbol method, IOperation? body)
    {
        Method = method;
        Body = body;
    }

    public IMethodSymbol Method { get; }

    /// <summary>The method's body (null for a constructor the compiler declared), for binding its parameters.</summary>
    public IOperation? Body { get; }

    /// <summary>The writes, in the order the body makes them.</summary>
    public List<WriterEffect> Effects { get; } = new();

    /// <summary>For a constructor: the application's constructor it runs first (<c>: base(...)</c>), when there is one.</summary>
    public RequestWriter? Chained { get; set; }

    /// <summary>The arguments the constructor passes to <see cref="Chained"/> (empty for an implicit <c>base()</c>).</summary>
    public System.Collections.Immutable.ImmutableArray<IArgumentOperation> ChainedArguments { get; set; } = System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty;

    /// <summary>The method ends with <c>return request;</c> (fluent): its result is the request it was handed.</summary>
    public bool ReturnsRequest { get; set; }

    /// <summary>Whether any write, here or in the chained constructors, is to a member the rules read.</summary>
    public bool HasEffects => Effects.Count > 0 || Chained?.HasEffects == true;
}

/// <summary>One write a <see cref="RequestWriter"/> makes to a member the rules read.</summary>
internal readonly struct WriterEffect
{
    public WriterEffect(ModelMember member, IOperation? value, bool isAdd)
    {
        Member = member;
        Value = value;
        IsAdd = isAdd;
    }

    public ModelMember Member { get; }

    /// <summary>The value assigned, or the element added; null for <c>Member ??= new List&lt;T&gt;()</c> (adds nothing).</summary>
    public IOperation? Value { get; }

    /// <summary>An element added to the list member rather than the member assigned.</summary>
    public bool IsAdd { get; }
}

/// <summary>
/// A <see cref="RequestWriter"/> applied in the code being read: at a call that hands it the request, or at the creation
/// of a derived request (its constructors). Its values are read with what <see cref="Site"/> passes for the parameters,
/// and what it writes itself is placed on <see cref="Site"/>.
/// </summary>
internal sealed class AppliedWriter
{
    public AppliedWriter(RequestWriter writer, IOperation site, ParameterBindings bindings, bool isConstructor)
    {
        Writer = writer;
        Site = site;
        Bindings = bindings;
        IsConstructor = isConstructor;
    }

    public RequestWriter Writer { get; }

    public IOperation Site { get; }

    public ParameterBindings Bindings { get; }

    /// <summary>A constructor's writes come before everything else written to the object.</summary>
    public bool IsConstructor { get; }
}
