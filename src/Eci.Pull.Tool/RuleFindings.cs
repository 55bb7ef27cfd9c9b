using System.Collections.Generic;

namespace Eci.Pull.Tool;

/// <summary>A pull-settings rule finding shown next to an image's verdict.</summary>
internal sealed record RuleFinding(string Image, string Id, string Severity, string Message)
{
    public bool IsError => Severity == "error";
}

/// <summary>
/// Runs the pull-settings rules engine over the request. The engine (Eci.ImagePull.Rules) lands separately;
/// until it does there are no findings, and the check relies on the registry verdicts alone.
/// </summary>
internal static class RuleFindings
{
    public static IReadOnlyList<RuleFinding> For(PullSettingsOptions settings, IReadOnlyList<string> images) => new List<RuleFinding>();
}
