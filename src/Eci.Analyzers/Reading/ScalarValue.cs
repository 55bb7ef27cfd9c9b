using System.Collections.Generic;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Reading;

/// <summary>
/// A string member as the code leaves it: absent, known, or unknown. An unknown value may still say something: it can
/// be one of several constant arms (<c>env ?? "registry/app:1"</c>), or a text whose start is constant
/// (<c>$"{Registry}/app:{version}"</c>), which is enough to know an image's registry.
/// </summary>
internal readonly struct ScalarValue
{
    private ScalarValue(ValueState state, string? text, IOperation? operation, string? display = null, IReadOnlyList<ScalarValue>? arms = null, bool hasUnknownArm = false)
    {
        State = state;
        Text = text;
        Operation = operation;
        Display = display;
        Arms = arms;
        HasUnknownArm = hasUnknownArm;
    }

    public static ScalarValue Absent => new(ValueState.Absent, null, null);

    public static ScalarValue Unknown => new(ValueState.Unknown, null, null);

    public static ScalarValue Known(string text, IOperation operation) => new(ValueState.Known, text, operation);

    /// <summary>A value whose first <paramref name="prefix"/> characters are known; <paramref name="display"/> shows the rest as holes.</summary>
    public static ScalarValue Partial(string prefix, string display, IOperation operation) => new(ValueState.Unknown, prefix, operation, display);

    /// <summary>One of several values, each known or partial; <paramref name="hasUnknownArm"/> when another arm cannot be seen.</summary>
    public static ScalarValue Choice(IReadOnlyList<ScalarValue> arms, bool hasUnknownArm) => new(ValueState.Unknown, null, null, null, arms, hasUnknownArm);

    public ValueState State { get; }

    /// <summary>The value when known; the known start when partial.</summary>
    public string? Text { get; }

    /// <summary>The expression that supplied the value: where diagnostics about it go.</summary>
    public IOperation? Operation { get; }

    /// <summary>For a partial value, the text with its unknown parts shown as <c>{expression}</c>.</summary>
    public string? Display { get; }

    public bool IsPartial => Display is not null;

    /// <summary>For a choice, its known and partial arms.</summary>
    public IReadOnlyList<ScalarValue>? Arms { get; }

    public bool HasUnknownArm { get; }

    /// <summary>Literals, <c>const</c> locals and fields, constant concatenation and constant interpolated strings.</summary>
    public static ScalarValue FromOperation(IOperation value)
    {
        var constant = value.ConstantValue;
        return constant.HasValue ? FromConstant(constant.Value, value) : Unknown;
    }

    /// <summary>The value of a constant <paramref name="value"/> already read from <paramref name="operation"/>.</summary>
    public static ScalarValue FromConstant(object? value, IOperation operation) =>
        value is string text ? Known(text, operation) : value is null ? Absent : Unknown;
}
