using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Eci.Analyzers.Reading;

/// <summary>
/// The string values a call site passes to the method it calls, by parameter position, for judging that method's
/// requests with the caller's constants. A parameter the method writes to is left out (it no longer holds the argument).
/// </summary>
internal sealed class ParameterBindings
{
    private readonly IMethodSymbol _method;
    private readonly Dictionary<int, ScalarValue> _values;

    public ParameterBindings(IMethodSymbol method, Dictionary<int, ScalarValue> values)
    {
        _method = method.OriginalDefinition;
        _values = values;
    }

    public int Count => _values.Count;

    /// <summary>
    /// The string arguments of <paramref name="call"/> that <paramref name="strings"/> can see, for judging
    /// <paramref name="target"/>'s body; parameters the body writes are left out.
    /// </summary>
    public static ParameterBindings For(IInvocationOperation call, IMethodSymbol target, IOperation body, StringResolver strings) =>
        For(call.Arguments, target, body, strings);

    /// <summary>As above for any argument list: a constructor's (<c>new LabRequest("web")</c>, <c>: base(registry)</c>).</summary>
    public static ParameterBindings For(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IMethodSymbol target, IOperation? body, StringResolver strings)
    {
        var values = new Dictionary<int, ScalarValue>();
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { RefKind: RefKind.None, Type.SpecialType: SpecialType.System_String } parameter
                && argument.ArgumentKind != ArgumentKind.ParamArray)
            {
                var value = strings.Resolve(argument.Value);
                if (value.State == Eci.ImagePull.Rules.ValueState.Known || value.IsPartial || value.Arms is not null)
                {
                    values[parameter.Ordinal] = value;
                }
            }
        }

        var bindings = new ParameterBindings(target, values);
        if (body is not null && values.Count > 0)
        {
            bindings.ForgetWrittenParameters(body); // a walk of the whole body: only when there is something to forget
        }

        return bindings;
    }

    /// <summary>
    /// As above with the written parameters already known (<see cref="WrittenParameters"/>): for a method judged at many
    /// call sites, whose body is walked for them once.
    /// </summary>
    public static ParameterBindings For(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IMethodSymbol target, List<IParameterSymbol> writtenParameters, StringResolver strings)
    {
        var bindings = For(arguments, target, body: null, strings);
        if (bindings.Count > 0)
        {
            foreach (var parameter in writtenParameters)
            {
                bindings.Forget(parameter);
            }
        }

        return bindings;
    }

    /// <summary><paramref name="method"/>'s own parameters that <paramref name="body"/> assigns, increments or passes by ref.</summary>
    public static List<IParameterSymbol> WrittenParameters(IOperation body, IMethodSymbol method)
    {
        var written = new List<IParameterSymbol>();
        var bindings = new ParameterBindings(method, new Dictionary<int, ScalarValue>());
        foreach (var operation in body.Descendants())
        {
            if (operation is IParameterReferenceOperation reference && IsWrite(reference) && bindings.IsOwn(reference.Parameter))
            {
                written.Add(reference.Parameter);
            }
        }

        return written;
    }

    private static bool IsWrite(IParameterReferenceOperation reference) =>
        reference.Parent is IAssignmentOperation assignment && assignment.Target == reference
        || reference.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None };

    /// <summary>A parameter the method assigns, increments or passes by ref no longer holds what the caller passed.</summary>
    public void ForgetWrittenParameters(IOperation body)
    {
        foreach (var operation in body.Descendants())
        {
            if (operation is IParameterReferenceOperation reference
                && (operation.Parent is IAssignmentOperation assignment && assignment.Target == operation
                    || operation.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None }))
            {
                Forget(reference.Parameter);
            }
        }
    }

    public void Forget(IParameterSymbol parameter)
    {
        if (IsOwn(parameter))
        {
            _values.Remove(parameter.Ordinal);
        }
    }

    public ScalarValue ValueOf(IParameterSymbol parameter) =>
        IsOwn(parameter) && _values.TryGetValue(parameter.Ordinal, out var value) ? value : ScalarValue.Unknown;

    private bool IsOwn(IParameterSymbol parameter) =>
        SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, _method);
}
