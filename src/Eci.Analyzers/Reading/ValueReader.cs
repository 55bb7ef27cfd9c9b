using System.Threading;
using Eci.Analyzers.Sdk;
using Eci.ImagePull;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Turns the expressions a body wrote into values: constant strings, lists of element expressions, and model
/// objects. Anything it cannot follow becomes unknown, which keeps the rules quiet about it.
/// </summary>
internal sealed class ValueReader
{
    private const int MaxDepth = 8; // list locals fed from list locals...: bounded so odd code cannot make us loop
    private readonly BodyIndex _index;
    private readonly StringResolver _strings;
    private readonly CancellationToken _cancellationToken;
    private readonly EciKnownTypes? _types;
    private readonly SourceBodies? _bodies;
    private SequenceReader? _sequences; // made for the first list built as a sequence

    public ValueReader(BodyIndex index, StringResolver strings, CancellationToken cancellationToken, EciKnownTypes? types = null, SourceBodies? bodies = null)
    {
        _index = index;
        _strings = strings;
        _cancellationToken = cancellationToken;
        _types = types;
        _bodies = bodies;
    }

    /// <summary>
    /// Where the request being read was sent, when that send surely read it (<see cref="LocalUsage.FirstSendSettles"/>):
    /// elements added to a list local after it were not part of what was sent. Null when there is no such send.
    /// </summary>
    public int? SentAt { get; set; }

    /// <summary>The string resolution this reader uses (for binding the arguments of writer calls).</summary>
    public StringResolver Strings => _strings;

    /// <summary>A string expression (a list element, a member's value) as far as it can be followed.</summary>
    public ScalarValue ReadScalar(IOperation value) => _strings.Resolve(value);

    /// <summary>
    /// A string element of a list, read with the call's arguments when a writer method added it, or with the source
    /// element it stands for when a sequence gave it.
    /// </summary>
    public ScalarValue ReadScalar(ListValue list, int index)
    {
        if (list.ContextAt(index) is { } writer)
        {
            return StringResolver.AtCall(_strings.With(writer.Bindings).Resolve(list[index]), writer.Site);
        }

        if (list.OriginAt(index) is not { } origin)
        {
            return _strings.Resolve(list[index]);
        }

        return origin.Parameter is null ? origin.Place(_strings.Resolve(list[index])) : _strings.With(origin).Resolve(list[index]);
    }

    /// <summary>
    /// A model element of a list; one a writer method added is read with its call's arguments (a helper call inside
    /// the writer is not followed); one a <c>Select</c> lambda builds is read when the lambda creates it
    /// (<c>s =&gt; new Container { ... }</c>), with its parameter standing for the source element.
    /// </summary>
    public ObjectView? ReadObject(ListValue list, int index)
    {
        if (list.ContextAt(index) is { } writer)
        {
            return Unwrap(list[index]) is IObjectCreationOperation created
                ? new ObjectView(created, local: null, escapes: false) { HelperCall = writer.Site, HelperArguments = writer.Bindings }
                : null;
        }

        if (list.OriginAt(index) is not { } origin)
        {
            return ReadObject(list[index]);
        }

        return origin.Parameter is not null && Unwrap(list[index]) is IObjectCreationOperation creation
            ? new ObjectView(creation, local: null, escapes: false) { Origin = origin }
            : null;
    }

    public ScalarValue ReadString(ObjectView view, ModelMember member)
    {
        if (view.IsUnknownMember(member))
        {
            return ScalarValue.Unknown;
        }

        if (AppliedWriters.Touch(view, member))
        {
            return AppliedWriters.ReadString(view, member, _strings);
        }

        var writes = view.Writes(member);
        if (writes.Count == 0)
        {
            return view.Escapes ? ScalarValue.Unknown : ScalarValue.Absent;
        }

        PropertyWrite? last = null;
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            if (!write.IsUnconditional)
            {
                return ScalarValue.Unknown;
            }

            // A write in another file than the first is the caller's, after a factory's initializer: it comes later.
            if (last is null || write.Position > last.Value.Position || write.Value.Syntax.SyntaxTree != last.Value.Value.Syntax.SyntaxTree)
            {
                last = write;
            }
        }

        if (view.Origin is { } origin)
        {
            return _strings.With(origin).Resolve(last!.Value.Value);
        }

        if (view.HelperCall is { } call)
        {
            var inHelper = view.HelperArguments is { } arguments ? _strings.With(arguments) : _strings;
            return StringResolver.AtCall(inHelper.Resolve(last!.Value.Value), call);
        }

        return _strings.Resolve(last!.Value.Value);
    }

    public ListValue ReadList(ObjectView view, ModelMember member)
    {
        var writes = view.Writes(member);
        var adds = view.Adds(member);
        var unknown = view.IsUnknownMember(member);
        if (!unknown && AppliedWriters.Touch(view, member))
        {
            return AppliedWriters.ReadList(view, member, this);
        }

        if (!unknown && writes.Count == 0 && adds.IsEmpty)
        {
            return view.Escapes ? ListValue.UnsetEscaped : ListValue.Unset;
        }

        var result = new ListValue();
        if (unknown)
        {
            result.State = ValueState.Unknown;
            result.IsComplete = false;
        }
        else
        {
            result.State = ValueState.Known;
            result.IsComplete = !view.Escapes;
        }

        // Only what the member holds at the send is judged: an assignment made on every path replaces the assignments and
        // adds before it (the list they built is not sent). Assignments after it on some paths only may still win.
        var first = LastUnconditional(writes);
        var replacedAt = writes.Count > 0 && writes[first].IsUnconditional && !writes.IsInitializer(first) ? writes[first].Position : (int?)null;
        var remaining = writes.Count - first;
        if (remaining > 1 || (remaining == 1 && !writes[first].IsUnconditional))
        {
            result.IsComplete = false; // which assignment wins depends on the path taken
        }

        if (remaining == 1)
        {
            result.AssignedValue = Unwrap(writes[first].Value);
        }

        for (var i = first; i < writes.Count; i++)
        {
            ReadListExpression(writes[i].Value, result, 0);
        }

        // `Member = { ... }` in the initializer comes before any later assignment (C# allows one item per member).
        if (replacedAt is null && adds.Nested is { } nested)
        {
            foreach (var inner in nested.Initializer.Initializers)
            {
                if (inner is IInvocationOperation add && BodyIndex.IsAddMethod(add))
                {
                    ReadAdd(add, result, 0);
                }
            }
        }

        if (adds.Later is { } later)
        {
            foreach (var add in later)
            {
                if (replacedAt is null || add.Syntax.SpanStart > replacedAt)
                {
                    ReadAdd(add, result, 0);
                }
            }
        }

        return result;
    }

    /// <summary>The index of the last write made on every path, or 0 when there is none (every write may then win).</summary>
    private static int LastUnconditional(PropertyWrites writes)
    {
        for (var i = writes.Count - 1; i > 0; i--)
        {
            if (writes[i].IsUnconditional)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>A list expression's elements into <paramref name="result"/> (for the writers' reading).</summary>
    internal void ReadListInto(IOperation value, ListValue result) => ReadListExpression(value, result, 0);

    /// <summary>A caller's <c>Add</c>/<c>AddRange</c> into <paramref name="result"/> (for the writers' reading).</summary>
    internal void ReadAddInto(IInvocationOperation add, ListValue result) => ReadAdd(add, result, 0);

    /// <summary>An element expression as a model object built in the body, or null when it cannot be followed.</summary>
    public ObjectView? ReadObject(IOperation element)
    {
        element = Unwrap(element);
        switch (element)
        {
            case IObjectCreationOperation creation:
                return new ObjectView(creation, local: null, escapes: false);
            case ILocalReferenceOperation reference when _index.GetUsage(reference.Local) is { } usage:
                if (usage.Assignments.Count == 1 && Unwrap(usage.Assignments[0].Value) is IObjectCreationOperation created)
                {
                    return new ObjectView(created, usage, escapes: false);
                }

                return null;
            case IInvocationOperation call when _types is not null && _bodies is not null:
                return HelperElement(call);
            default:
                return null;
        }
    }

    /// <summary>
    /// An element a helper method of the application builds and returns (<c>Web("nginx:1.27")</c>, <c>Sidecar()</c>):
    /// its one <c>return new ...</c>, read with the call's arguments in place of the helper's parameters.
    /// </summary>
    private ObjectView? HelperElement(IInvocationOperation call)
    {
        if (FactoryRequests.ModelReturnedBy(call, _types!, _bodies!, requestsOnly: false, _cancellationToken) is not { } creation
            || _bodies!.BodyOf(call.TargetMethod, _cancellationToken) is not { } body)
        {
            return null;
        }

        return new ObjectView(creation, local: null, escapes: false)
        {
            HelperCall = call,
            HelperArguments = ParameterBindings.For(call, call.TargetMethod, body, _strings),
        };
    }

    /// <summary>A list built as a sequence (<c>specs.Select(...).ToList()</c>, <c>images.ToList()</c>); false when it is not one read here.</summary>
    private bool TryReadSequence(IOperation value, ListValue result) =>
        _bodies is not null && (_sequences ??= new SequenceReader(new SequenceSources(_bodies, _cancellationToken))).TryRead(value, result);

    public static IOperation Unwrap(IOperation operation)
    {
        // Kind first: a type test against an interface scans the operation class's interfaces, and most values are not
        // conversions.
        while (operation.Kind == OperationKind.Conversion && operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private void ReadListExpression(IOperation value, ListValue result, int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        value = Unwrap(value);
        if (depth > MaxDepth)
        {
            result.IsComplete = false;
            return;
        }

        if (value.ConstantValue is { HasValue: true, Value: null })
        {
            return; // `= null`: no elements
        }

        switch (value)
        {
            case IObjectCreationOperation creation when BodyIndex.IsList(creation.Type):
                ReadListCreation(creation, result, depth);
                break;
            case IArrayCreationOperation array:
                if (array.Initializer is null)
                {
                    result.IsComplete = false;
                    break;
                }

                foreach (var element in array.Initializer.ElementValues)
                {
                    result.Add(element);
                }

                break;
            case ILocalReferenceOperation reference when _index.GetUsage(reference.Local) is { } usage:
                ReadListLocal(usage, result, depth);
                break;
            default:
                if (value.Syntax is CollectionExpressionSyntax)
                {
                    ReadCollectionExpression(value, result);
                    break;
                }

                if (!TryReadSequence(value, result))
                {
                    result.IsComplete = false;
                }

                break;
        }
    }

    private void ReadListLocal(LocalUsage usage, ListValue result, int depth)
    {
        if (usage.Escapes || usage.Assignments.Count != 1)
        {
            result.IsComplete = false;
        }

        foreach (var assignment in usage.Assignments)
        {
            ReadListExpression(assignment.Value, result, depth + 1);
        }

        var directAdds = usage.DirectAdds;
        for (var i = 0; i < directAdds.Count; i++)
        {
            if (SentAt is { } sentAt && directAdds[i].Syntax.SpanStart >= sentAt)
            {
                break; // in source order: this add and the ones after it come after the send
            }

            ReadAdd(directAdds[i], result, depth + 1);
        }
    }

    private void ReadListCreation(IObjectCreationOperation creation, ListValue result, int depth)
    {
        // new List<T>(capacity) is still empty; new List<T>(otherCollection) copies it, which is read when it is a
        // sequence of known elements.
        foreach (var argument in creation.Arguments)
        {
            if (argument.Value.Type?.SpecialType != SpecialType.System_Int32 && (depth > MaxDepth || !TryReadSequence(argument.Value, result)))
            {
                result.IsComplete = false;
            }
        }

        if (creation.Initializer is null)
        {
            return;
        }

        foreach (var item in creation.Initializer.Initializers)
        {
            if (item is IInvocationOperation { Arguments.Length: 1 } add && add.TargetMethod.Name == "Add")
            {
                result.Add(add.Arguments[0].Value);
            }
            else
            {
                result.IsComplete = false;
            }
        }
    }

    private void ReadAdd(IInvocationOperation add, ListValue result, int depth)
    {
        if (add.Arguments.Length != 1)
        {
            result.IsComplete = false;
            return;
        }

        var argument = add.Arguments[0].Value;
        if (add.TargetMethod.Name == "Add")
        {
            result.Add(argument);
        }
        else
        {
            ReadListExpression(argument, result, depth + 1);
        }
    }

    /// <summary>
    /// Collection expressions (C# 12). Roslyn 4.8, our floor, has no operation interface for them, so they are read
    /// through syntax: each expression element maps to its child operation; a spread hides elements.
    /// </summary>
    private static void ReadCollectionExpression(IOperation value, ListValue result)
    {
        foreach (var child in value.ChildOperations)
        {
            var element = Unwrap(child);
            if (element.Syntax is SpreadElementSyntax || element.Syntax.Parent is SpreadElementSyntax)
            {
                result.IsComplete = false;
                continue;
            }

            result.Add(element);
        }
    }
}
