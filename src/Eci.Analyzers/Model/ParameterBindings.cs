using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Model;

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
