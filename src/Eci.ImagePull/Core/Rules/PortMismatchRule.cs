using System.Collections.Generic;

namespace Eci.ImagePull.Rules;

/// <summary>
/// ECI001: an entry names an image's registry host with the wrong port (or none). ECI matches the whole address,
/// so such an entry silently does nothing. Reported on the entry, once, and it then explains the image's absence
/// from that list so ECI002/ECI003/ECI004 stay quiet.
/// </summary>
internal sealed class PortMismatchRule : IPullRule
{
    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.PortMismatchId)!;

    public void Evaluate(EvaluationContext context)
    {
        var settings = context.Settings;
        foreach (var image in context.Images)
        {
            if (image.Address is not { } address)
            {
                continue;
            }

            if (settings.SupportsRegistryLists)
            {
                CheckList(context, image, address, settings.PlainHttpRegistry, FindingSubject.PlainHttpRegistry, "PlainHttpRegistry");
                CheckList(context, image, address, settings.InsecureRegistry, FindingSubject.InsecureRegistry, "InsecureRegistry");
            }

            CheckCredentials(context, image, address);
        }
    }

    private static void CheckList(
        EvaluationContext context, ParsedImage image, RegistryAddress address, RegistryListInput list, FindingSubject subject, string listName)
    {
        if (list.State != ValueState.Known || list.List.Contains(address))
        {
            return;
        }

        for (var i = 0; i < list.List.Count; i++)
        {
            var entry = list.List[i];
            if (entry.Address is not { } entryAddress || !IsWrongPortForImage(context, entryAddress, address))
            {
                continue;
            }

            context.MarkExplained(address, subject);
            if (context.TryClaimEntry(subject, entry))
            {
                context.Report(new PullFinding(
                    Rule, subject, list.Source, Arguments(listName, entry.Text.Trim(), address, image), FixAction.RewriteEntry,
                    address, image.Text, entry, entry.Text));
            }

            return;
        }
    }

    private static void CheckCredentials(EvaluationContext context, ParsedImage image, RegistryAddress address)
    {
        var settings = context.Settings;
        if (settings.HasUnknownCredentials)
        {
            return;
        }

        if (context.CredentialServers.MayMatchExactly(address))
        {
            return; // an unseen server might be the exact address; an exact one means nothing is wrong
        }

        foreach (var credential in settings.Credentials)
        {
            if (credential.Address is not { } serverAddress || !IsWrongPortForImage(context, serverAddress, address))
            {
                continue;
            }

            context.MarkExplained(address, FindingSubject.CredentialServer);
            if (context.TryClaimEntry(FindingSubject.CredentialServer, credential))
            {
                context.Report(new PullFinding(
                    Rule, FindingSubject.CredentialServer, credential.Source,
                    Arguments("ImageRegistryCredential.Server", credential.Server!, address, image), FixAction.RewriteEntry,
                    address, image.Text, null, credential.Server));
            }

            return;
        }
    }

    /// <summary>
    /// Same host, different port, and the entry is not exactly some other image's address (then it is doing its job
    /// for that image, and rewriting it would break that image).
    /// </summary>
    private static bool IsWrongPortForImage(EvaluationContext context, RegistryAddress entry, RegistryAddress image) =>
        entry.HasSameHost(image) && !entry.Equals(image) && !context.ImageAddresses.Contains(entry);

    private static IReadOnlyList<string> Arguments(string where, string entry, RegistryAddress address, ParsedImage image) =>
        new[] { where, entry, address.ToString(), image.Text };
}
