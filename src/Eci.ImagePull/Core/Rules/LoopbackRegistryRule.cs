namespace Eci.ImagePull.Rules;

/// <summary>ECI008: an image whose registry is loopback. The instance would pull from itself.</summary>
internal sealed class LoopbackRegistryRule : IPullRule
{
    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.LoopbackRegistryId)!;

    public void Evaluate(EvaluationContext context)
    {
        foreach (var image in context.Images)
        {
            if (image.Address is { } address && image.Classification?.Kind == RegistryKind.Loopback)
            {
                context.Report(new PullFinding(
                    Rule, FindingSubject.Image, image.Input.Source, new[] { address.ToString(), image.Text },
                    FixAction.None, address, image.Text, null, null));
            }
        }
    }
}
