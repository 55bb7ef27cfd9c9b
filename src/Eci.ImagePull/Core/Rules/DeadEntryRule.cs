namespace Eci.ImagePull.Rules;

/// <summary>
/// ECI010: a PlainHttpRegistry/InsecureRegistry entry that does nothing: no image of the request uses it (said only when
/// every image is known), or the address is in both lists (plain HTTP wins, so the InsecureRegistry entry is dead).
/// Entries an earlier rule reported are left alone.
/// </summary>
internal sealed class DeadEntryRule : IPullRule
{
    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.DeadEntryId)!;

    public void Evaluate(EvaluationContext context)
    {
        var settings = context.Settings;
        if (!settings.SupportsRegistryLists)
        {
            return;
        }

        var allImagesKnown = context.AllImagesKnown;
        var plainHttp = settings.PlainHttpRegistry;
        var insecure = settings.InsecureRegistry;
        CheckList(context, plainHttp, FindingSubject.PlainHttpRegistry, "PlainHttpRegistry", allImagesKnown, null);
        CheckList(context, insecure, FindingSubject.InsecureRegistry, "InsecureRegistry", allImagesKnown, plainHttp);
    }

    private static void CheckList(
        EvaluationContext context, RegistryListInput list, FindingSubject subject, string listName, bool allImagesKnown, RegistryListInput? winner)
    {
        if (list.State != ValueState.Known)
        {
            return;
        }

        for (var i = 0; i < list.List.Count; i++)
        {
            var entry = list.List[i];
            if (entry.Address is not { } address || context.IsClaimed(subject, entry))
            {
                continue;
            }

            string? reason = null;
            if (winner is { State: ValueState.Known } && winner.List.Contains(address))
            {
                reason = "PlainHttpRegistry also lists it, and a registry pulled over plain HTTP has no certificate to skip";
            }
            else if (allImagesKnown && !context.ImageAddresses.Contains(address))
            {
                reason = "no image of this request is pulled from it";
            }

            if (reason is not null && context.TryClaimEntry(subject, entry))
            {
                context.Report(new PullFinding(
                    Rule, subject, list.Source, new[] { listName, entry.Text.Trim(), reason },
                    FixAction.RemoveEntry, address, null, entry, entry.Text));
            }
        }
    }
}
