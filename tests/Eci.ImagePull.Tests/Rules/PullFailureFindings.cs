using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>
/// The findings of the four ways a pull fails (ECI001-ECI004) only: their tests state what these rules report without
/// also listing what the rest of the catalog adds (an ECI011 for a registry on the Internet, say).
/// </summary>
internal static class PullFailureFindings
{
    private static readonly string[] PullFailureRules = { "ECI001", "ECI002", "ECI003", "ECI004" };

    internal static PullFinding[] Findings(PullSettings settings) =>
        PullSettingsRules.Evaluate(settings).Where(f => PullFailureRules.Contains(f.RuleId)).ToArray();

    internal static string[] Ids(PullSettings settings) => Findings(settings).Select(f => f.RuleId).ToArray();
}
