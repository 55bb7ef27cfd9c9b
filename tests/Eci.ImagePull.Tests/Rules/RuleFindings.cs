using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Tests.Rules;

/// <summary>The ids of every finding the engine reports, of every rule.</summary>
internal static class RuleFindings
{
    internal static string[] Ids(PullSettings settings) => PullSettingsRules.Evaluate(settings).Select(f => f.RuleId).ToArray();
}
