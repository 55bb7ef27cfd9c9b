namespace Eci.ImagePull.Rules;

/// <summary>ECI003: the registry is known to use a self-signed certificate and InsecureRegistry does not list its exact address.</summary>
internal sealed class SelfSignedRule : IPullRule
{
    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.SelfSignedId)!;

    public void Evaluate(EvaluationContext context)
    {
        var settings = context.Settings;
        if (!settings.SupportsRegistryLists || !settings.InsecureRegistry.IsVisible)
        {
            return;
        }

        var insecure = settings.InsecureRegistry.List;
        foreach (var image in context.Images)
        {
            if (image.Address is not { } address
                || !RegistryKnowledge.Lists(settings.Knowledge.SelfSigned, address)
                || PlainHttpRule.Reason(context, address) is not null // plain HTTP has no certificate; ECI002 owns it
                || ListedForPlainHttp(settings, address)
                || insecure.Contains(address)
                || insecure.FindNormalized(address) is not null
                || context.IsExplained(address, FindingSubject.InsecureRegistry))
            {
                continue;
            }

            context.Report(new PullFinding(
                Rule, FindingSubject.Image, image.Input.Source,
                new[] { address.ToString(), image.Text, "declared in eci.insecure_registries", string.Empty },
                FixAction.AddToInsecureRegistry, address, image.Text, null, null));
        }
    }

    /// <summary>When the request pulls the registry over HTTP (or might), no certificate is checked at all.</summary>
    private static bool ListedForPlainHttp(PullSettings settings, RegistryAddress address) =>
        !settings.PlainHttpRegistry.IsVisible
        || settings.PlainHttpRegistry.List.Contains(address);
}
