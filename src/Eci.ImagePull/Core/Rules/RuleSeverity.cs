namespace Eci.ImagePull.Rules;

/// <summary>How loudly a rule speaks by default. Mirrors Roslyn's severities so the analyzer maps them one to one.</summary>
public enum RuleSeverity
{
    /// <summary>Not shown by default; available as a suggestion in the IDE.</summary>
    Hidden,

    /// <summary>Informational.</summary>
    Info,

    /// <summary>A likely failure; warns the build.</summary>
    Warning,

    /// <summary>A certain failure; fails the build.</summary>
    Error,
}
