namespace Eci.ImagePull.Rules;

/// <summary>
/// ECI002: the registry is known to speak plain HTTP and PlainHttpRegistry does not list its exact address.
/// InsecureRegistry does not help (ECI still uses HTTPS there), so that case is reported too, with a move as the fix.
/// </summary>
internal sealed class PlainHttpRule : IPullRule
{
    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.PlainHttpId)!;

    /// <summary>Why a registry is believed to speak plain HTTP, or null when nothing says so.</summary>
    public static string? Reason(EvaluationContext context, RegistryAddress address)
    {
        if (RegistryKnowledge.Lists(context.Settings.Knowledge.PlainHttp, address))
        {
            return "declared in eci.plain_http_registries";
        }

        if (address.Port == 80)
        {
            return "port 80";
        }

        return context.IsLearnedPlainHttp(address) ? "an image of this request names it with http://" : null;
    }

    public void Evaluate(EvaluationContext context)
    {
        var settings = context.Settings;
        if (!settings.SupportsRegistryLists || !settings.PlainHttpRegistry.IsVisible)
        {
            return;
        }

        var plainHttp = settings.PlainHttpRegistry.List;
        foreach (var image in context.Images)
        {
            if (image.Address is not { } address
                || Reason(context, address) is not { } reason
                || plainHttp.Contains(address)
                || plainHttp.FindNormalized(address) is not null // a sloppy entry for it: the malformed-entry rule's job
                || context.IsExplained(address, FindingSubject.PlainHttpRegistry))
            {
                continue;
            }

            var inInsecure = settings.InsecureRegistry.State == ValueState.Known && settings.InsecureRegistry.List.Contains(address);
            var note = inInsecure ? " (InsecureRegistry lists it, but that only skips certificate checks and still uses HTTPS)" : string.Empty;
            context.Report(new PullFinding(
                Rule, FindingSubject.Image, image.Input.Source, new[] { address.ToString(), image.Text, reason, note },
                inInsecure ? FixAction.MoveToPlainHttpRegistry : FixAction.AddToPlainHttpRegistry,
                address, image.Text, null, null));
        }
    }
}
