using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// Lists built as sequences, the way application code writes them: <c>specs.Select(s =&gt; new Container { Name =
/// s.Name, Image = s.Image }).ToList()</c>, <c>images.ToList()</c>, <c>ToArray()</c>, and a copy handed to
/// <c>new List&lt;T&gt;(images)</c> or <c>AddRange(images)</c>, over a source <see cref="SequenceSources"/> knows. Each
/// source element becomes one list element, read on its own. A <c>Select</c> lambda is read when it only builds the
/// element (one returned expression); other LINQ operators (<c>Where</c>, <c>Distinct</c>...) decide at run time which
/// elements remain, so the list is unknown.
/// </summary>
internal sealed class SequenceReader
{
    private readonly SequenceSources _sources;

    public SequenceReader(SequenceSources sources)
    {
        _sources = sources;
    }

    /// <summary>Adds the elements <paramref name="value"/> yields to <paramref name="result"/>; false when it is not a sequence read here.</summary>
    public bool TryRead(IOperation value, ListValue result)
    {
        value = ValueReader.Unwrap(value);
        switch (value)
        {
            case ITranslatedQueryOperation query: // `from s in specs select new Container { ... }` is a Select call
                return TryRead(query.Operation, result);
            case IInvocationOperation call when SequenceLocalUses.IsEnumerable(call.TargetMethod):
                return call.TargetMethod.Name switch
                {
                    "ToList" or "ToArray" or "AsEnumerable" when call.Arguments.Length == 1 => TryRead(call.Arguments[0].Value, result),
                    "Select" when call.Arguments.Length == 2 => TrySelect(call, result),
                    _ => false,
                };
            case IInvocationOperation { TargetMethod.Name: "ToArray", Arguments.Length: 0, Instance: { } list } call
                when BodyIndex.IsList(call.TargetMethod.ContainingType):
                return TryRead(list, result);
            case ILocalReferenceOperation or IFieldReferenceOperation or IArrayCreationOperation:
                return TryCopy(value, result);
            default:
                return false;
        }
    }

    /// <summary>The source's own elements, for a list of strings (immutable, so a copy holds what the source held).</summary>
    private bool TryCopy(IOperation source, ListValue result)
    {
        if (SequenceSources.ElementType(source.Type)?.SpecialType != SpecialType.System_String
            || _sources.ElementsOf(source, out var site) is not { } elements)
        {
            return false;
        }

        foreach (var element in elements)
        {
            if (element is null)
            {
                result.IsComplete = false; // a slot never written
            }
            else
            {
                result.Add(element, site is null ? null : new SequenceElement(element, parameter: null, site));
            }
        }

        return true;
    }

    /// <summary><c>source.Select(s =&gt; expression)</c>: the expression once per source element, with <c>s</c> standing for it.</summary>
    private bool TrySelect(IInvocationOperation call, ListValue result)
    {
        if (ValueReader.Unwrap(call.Arguments[1].Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
            || lambda.Symbol.Parameters.Length != 1
            || lambda.Body.Operations.Length != 1
            || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } selected }
            || _sources.ElementsOf(call.Arguments[0].Value, out var site) is not { } elements)
        {
            return false;
        }

        var parameter = lambda.Symbol.Parameters[0];
        foreach (var element in elements)
        {
            if (element is null)
            {
                result.IsComplete = false;
            }
            else
            {
                result.Add(selected, new SequenceElement(element, parameter, site));
            }
        }

        return true;
    }
}
