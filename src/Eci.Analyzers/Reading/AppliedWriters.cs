using System.Collections.Generic;
using System.Threading;
using Eci.Analyzers.Sdk;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Reads a request together with what writer methods and derived-request constructors write into it
/// (<see cref="RequestWriters"/>): each member's writes are put in the order they run (constructors, then the creation's
/// initializer, then the statements of the code being read, a writer's call counting where it stands) and the last
/// assignment wins; a list keeps what is added after its last assignment. A write in a branch makes the member unknown.
/// </summary>
internal static class AppliedWriters
{
    /// <summary>
    /// The writers that complete <paramref name="creation"/>: its constructors (for a class deriving from a request type),
    /// then the writer calls the local makes. Null when there are none; <paramref name="unknown"/> when a constructor
    /// does more than write members (the request is then as unknown as an escaping one).
    /// </summary>
    public static List<AppliedWriter>? For(
        IObjectCreationOperation creation,
        LocalUsage? usage,
        EciKnownTypes types,
        RequestFlow flow,
        StringResolver strings,
        CancellationToken cancellationToken,
        out bool unknown)
    {
        unknown = false;
        List<AppliedWriter>? applied = null;
        if (types.IsDerivedRequest(creation.Type))
        {
            if (creation.Constructor is not { } constructor || flow.Writers.ForConstructor(constructor, cancellationToken) is not { } writer)
            {
                unknown = true;
                return null;
            }

            applied = new List<AppliedWriter>();
            AddConstructor(applied, writer, creation.Arguments, creation, strings);
        }

        if (usage?.WriterCalls is { } arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parent is not IInvocationOperation call || flow.Writers.ForCall(call, argument, cancellationToken) is not { } writer)
                {
                    unknown = true; // recorded as a writer by the body walk, so this does not happen; silence if it does
                    return null;
                }

                (applied ??= new List<AppliedWriter>()).Add(new AppliedWriter(
                    writer, call, ParameterBindings.For(call, writer.Method, writer.Body!, strings), isConstructor: false));
            }
        }

        return applied;
    }

    /// <summary>A constructor and, before it, the constructors it chains to (base first), each with its own arguments bound.</summary>
    private static void AddConstructor(List<AppliedWriter> applied, RequestWriter writer, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IOperation site, StringResolver strings)
    {
        var bindings = ParameterBindings.For(arguments, writer.Method, writer.Body, strings);
        if (writer.Chained is { } chained)
        {
            AddConstructor(applied, chained, writer.ChainedArguments, site, strings.With(bindings));
        }

        applied.Add(new AppliedWriter(writer, site, bindings, isConstructor: true));
    }

    /// <summary>Whether a writer applied to <paramref name="view"/> writes <paramref name="member"/>.</summary>
    public static bool Touch(ObjectView view, ModelMember member)
    {
        if (view.Applied is not { } applied)
        {
            return false;
        }

        foreach (var writer in applied)
        {
            foreach (var effect in writer.Writer.Effects)
            {
                if (effect.Member == member)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static ScalarValue ReadString(ObjectView view, ModelMember member, StringResolver strings)
    {
        var events = Timeline(view, member, out var conditional);
        if (conditional)
        {
            return ScalarValue.Unknown;
        }

        for (var i = events.Count - 1; i >= 0; i--)
        {
            var last = events[i];
            if (last.IsAdd || last.Value is null)
            {
                continue;
            }

            return last.From is { } writer
                ? StringResolver.AtCall(strings.With(writer.Bindings).Resolve(last.Value), writer.Site)
                : strings.Resolve(last.Value);
        }

        return view.Escapes ? ScalarValue.Unknown : ScalarValue.Absent;
    }

    public static ListValue ReadList(ObjectView view, ModelMember member, ValueReader values)
    {
        var events = Timeline(view, member, out var conditional);
        var result = new ListValue();
        if (conditional)
        {
            result.State = ValueState.Unknown;
            result.IsComplete = false;
            return result;
        }

        // An assignment replaces whatever was added or assigned before it.
        var start = 0;
        for (var i = events.Count - 1; i >= 0; i--)
        {
            if (!events[i].IsAdd)
            {
                start = i;
                break;
            }
        }

        result.State = ValueState.Known;
        result.IsComplete = !view.Escapes;
        for (var i = start; i < events.Count; i++)
        {
            var item = events[i];
            if (item.Value is null)
            {
                continue; // `Member ??= new List<T>()`
            }

            result.AddingFrom = item.From;
            if (item.From is not null && item.IsAdd)
            {
                result.Add(item.Value);
            }
            else if (item.IsAdd && item.Value is IInvocationOperation add)
            {
                values.ReadAddInto(add, result);
            }
            else
            {
                values.ReadListInto(item.Value, result);
            }

            result.AddingFrom = null;
        }

        return result;
    }

    /// <summary>Every write and add to <paramref name="member"/>, in the order they run.</summary>
    private static List<Event> Timeline(ObjectView view, ModelMember member, out bool conditional)
    {
        conditional = false;
        var events = new List<Event>();
        var creation = view.Creation.Syntax;
        var order = 0;
        foreach (var writer in view.Applied!)
        {
            foreach (var effect in writer.Writer.Effects)
            {
                if (effect.Member == member)
                {
                    var phase = writer.IsConstructor ? 0 : PhaseOf(writer.Site, creation);
                    var position = writer.IsConstructor ? 0 : writer.Site.Syntax.SpanStart;
                    events.Add(new Event(effect.Value, writer, effect.IsAdd, phase, position, order++));
                }
            }
        }

        var writes = view.Writes(member);
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            conditional |= !write.IsUnconditional;
            events.Add(new Event(write.Value, null, isAdd: false, PhaseOf(write.Value, creation), write.Position, order++));
        }

        var adds = view.Adds(member);
        if (adds.Nested is { } nested)
        {
            foreach (var inner in nested.Initializer.Initializers)
            {
                if (inner is IInvocationOperation add && BodyIndex.IsAddMethod(add))
                {
                    events.Add(new Event(add, null, isAdd: true, PhaseOf(add, creation), add.Syntax.SpanStart, order++));
                }
            }
        }

        if (adds.Later is { } later)
        {
            foreach (var add in later)
            {
                events.Add(new Event(add, null, isAdd: true, PhaseOf(add, creation), add.Syntax.SpanStart, order++));
            }
        }

        events.Sort(static (x, y) => x.Phase != y.Phase ? x.Phase.CompareTo(y.Phase)
            : x.Position != y.Position ? x.Position.CompareTo(y.Position)
            : x.Order.CompareTo(y.Order));
        return events;
    }

    /// <summary>
    /// The creation's initializer runs first, then the statements that follow it, in source order (for a request a
    /// factory created, wherever the factory is declared).
    /// </summary>
    private static int PhaseOf(IOperation operation, SyntaxNode creation) =>
        operation.Syntax.SyntaxTree == creation.SyntaxTree && creation.Span.Contains(operation.Syntax.Span) ? 1 : 2;

    private readonly struct Event
    {
        public Event(IOperation? value, AppliedWriter? from, bool isAdd, int phase, int position, int order)
        {
            Value = value;
            From = from;
            IsAdd = isAdd;
            Phase = phase;
            Position = position;
            Order = order;
        }

        public IOperation? Value { get; }

        public AppliedWriter? From { get; }

        public bool IsAdd { get; }

        public int Phase { get; }

        public int Position { get; }

        public int Order { get; }
    }
}
