namespace Eci.ImagePull.Rules;

/// <summary>What the caller knows about a request setting.</summary>
public enum ValueState
{
    /// <summary>The setting is known not to be set (the request was built in view and never assigned it).</summary>
    Absent,

    /// <summary>The setting's value is known.</summary>
    Known,

    /// <summary>The caller cannot see the value. Nothing that depends on it is ever reported.</summary>
    Unknown,
}
