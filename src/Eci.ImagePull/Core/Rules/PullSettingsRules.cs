using System.Collections.Generic;

namespace Eci.ImagePull.Rules;

/// <summary>
/// The pull-settings rules engine: given one request's images and settings, says which pulls ECI will fail and why.
/// The analyzer runs it on constants in code; the pull check runs it on real values; both get the same verdicts.
/// </summary>
public static class PullSettingsRules
{
    // Order matters: malformed entries and invalid images are claimed first, ECI001 records which absences it explains
    // before the absence-based rules run, and the dead-entry rule skips whatever an earlier rule reported.
    private static readonly IPullRule[] Rules =
    {
        new MalformedAddressRule(),
        new InvalidImageRule(),
        new PortMismatchRule(),
        new PlainHttpRule(),
        new SelfSignedRule(),
        new MissingCredentialRule(),
        new HardCodedPasswordRule(),
        new LoopbackRegistryRule(),
        new VpcRegionRule(),
        new DeadEntryRule(),
        new InternetEgressRule(),
    };

    /// <summary>Evaluates every rule over one request. Never throws for any input.</summary>
    public static IReadOnlyList<PullFinding> Evaluate(PullSettings settings)
    {
        if (settings is null)
        {
            throw new System.ArgumentNullException(nameof(settings));
        }

        return Run(settings).Findings;
    }

    /// <summary>Evaluates every rule and keeps what they worked on: the pull check goes on with the parsed images.</summary>
    internal static EvaluationContext Run(PullSettings settings)
    {
        var context = new EvaluationContext(settings);
        foreach (var rule in Rules)
        {
            rule.Evaluate(context);
        }

        return context;
    }
}
