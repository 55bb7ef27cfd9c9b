using Eci.ImagePull;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Model;

/// <summary>A string member as the body leaves it: absent, a compile-time constant, or unknown.</summary>
internal readonly struct ScalarValue
{
    private ScalarValue(ValueState state, string? text, IOperation? operation)
    {
        State = state;
        Text = text;
        Operation = operation;
    }

    public static ScalarValue Absent => new(ValueState.Absent, null, null);

    public static ScalarValue Unknown => new(ValueState.Unknown, null, null);

    public static ScalarValue Known(string text, IOperation operation) => new(ValueState.Known, text, operation);

    public ValueState State { get; }

    public string? Text { get; }

    /// <summary>The expression that supplied the value: where diagnostics about it go.</summary>
    public IOperation? Operation { get; }

    /// <summary>Literals, <c>const</c> locals and fields, constant concatenation and constant interpolated strings.</summary>
    public static ScalarValue FromOperation(IOperation value)
    {
        var constant = value.ConstantValue;
        if (!constant.HasValue)
        {
            return Unknown;
        }

        return constant.Value is string text ? Known(text, value) : constant.Value is null ? Absent : Unknown;
    }
}
