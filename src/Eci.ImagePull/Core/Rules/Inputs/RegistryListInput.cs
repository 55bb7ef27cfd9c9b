namespace Eci.ImagePull.Rules;

/// <summary>The value of <c>PlainHttpRegistry</c> or <c>InsecureRegistry</c> as the caller sees it.</summary>
public sealed class RegistryListInput
{
    private RegistryListInput(ValueState state, string? value, object? source)
        : this(state, value, source, state == ValueState.Known ? RegistryList.Parse(value) : RegistryList.Empty)
    {
    }

    private RegistryListInput(ValueState state, string? value, object? source, RegistryList list)
    {
        State = state;
        Value = value;
        Source = source;
        List = list;
    }

    /// <summary>The list was never set.</summary>
    public static RegistryListInput Absent { get; } = new(ValueState.Absent, null, null);

    /// <summary>The list's value cannot be seen.</summary>
    public static RegistryListInput Unknown { get; } = new(ValueState.Unknown, null, null);

    /// <summary>A known value (null is the same as not set).</summary>
    public static RegistryListInput Known(string? value, object? source = null) =>
        value is null ? Absent : new RegistryListInput(ValueState.Known, value, source);

    /// <summary>A known value whose list was parsed already (<see cref="ParseMemo"/>: <paramref name="list"/> is <c>RegistryList.Parse(value)</c>).</summary>
    internal static RegistryListInput Known(string value, object? source, RegistryList list) => new(ValueState.Known, value, source, list);

    /// <summary>Whether the value is known, absent or unknown.</summary>
    public ValueState State { get; }

    /// <summary>The raw value when known.</summary>
    public string? Value { get; }

    /// <summary>The caller's token for the expression that supplied the value.</summary>
    public object? Source { get; }

    /// <summary>The parsed list (empty unless known).</summary>
    public RegistryList List { get; }

    /// <summary>True when the rules can rely on what the list contains (known or known to be absent).</summary>
    public bool IsVisible => State != ValueState.Unknown;
}
