namespace Eci.ImagePull.Rules;

/// <summary>ECI007: a credential password written as a constant in source (the analyzer marks those).</summary>
internal sealed class HardCodedPasswordRule : IPullRule
{
    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.HardCodedPasswordId)!;

    public void Evaluate(EvaluationContext context)
    {
        foreach (var credential in context.Settings.Credentials)
        {
            if (credential.ConstantPasswordSource is not { } source)
            {
                continue;
            }

            var address = credential.Address ?? credential.NormalizedAddress;
            context.Report(new PullFinding(
                Rule, FindingSubject.CredentialPassword, source, new[] { credential.Server ?? "(unknown server)" },
                address is null ? FixAction.None : FixAction.ReadPasswordAtRunTime,
                address, null, null, null));
        }
    }

}
