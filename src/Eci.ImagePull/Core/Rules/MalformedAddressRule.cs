using System.Collections.Generic;

namespace Eci.ImagePull.Rules;

/// <summary>
/// ECI005: an entry of PlainHttpRegistry/InsecureRegistry or a credential Server that is not a plain host[:port]:
/// a scheme, a path, whitespace, an empty or duplicate entry, a wildcard, an invalid host or port. Runs first, so an
/// entry that would match an image once normalized gets this diagnostic only.
/// </summary>
internal sealed class MalformedAddressRule : IPullRule
{
    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.MalformedAddressId)!;

    public void Evaluate(EvaluationContext context)
    {
        var settings = context.Settings;
        if (settings.SupportsRegistryLists)
        {
            CheckList(context, settings.PlainHttpRegistry, FindingSubject.PlainHttpRegistry, "PlainHttpRegistry");
            CheckList(context, settings.InsecureRegistry, FindingSubject.InsecureRegistry, "InsecureRegistry");
        }

        foreach (var credential in settings.Credentials)
        {
            if (credential.Server is null || credential.Address is not null)
            {
                continue;
            }

            var parsed = credential.ServerAsList;
            var problems = RegistryListProblems.None;
            RegistryAddress? normalized = null;
            for (var i = 0; i < parsed.Count; i++)
            {
                var entry = parsed[i];
                problems |= entry.Problems;
                normalized ??= entry.NormalizedAddress;
            }

            var description = parsed.Entries.Count > 1 ? "a Server names exactly one registry" : Describe(problems);
            var suggestion = normalized is not null && parsed.Entries.Count == 1 ? "'" + normalized + "'" : "a host[:port] such as 'registry.example.com:5000'";
            context.TryClaimEntry(FindingSubject.CredentialServer, credential);
            context.Report(new PullFinding(
                Rule, FindingSubject.CredentialServer, credential.Source,
                new[] { "ImageRegistryCredential.Server", credential.Server, description, suggestion },
                normalized is not null && parsed.Entries.Count == 1 ? FixAction.ReplaceValue : FixAction.None,
                normalized, null, null, credential.Server, normalized?.ToString()));
        }
    }

    private static void CheckList(EvaluationContext context, RegistryListInput list, FindingSubject subject, string listName)
    {
        if (list.State != ValueState.Known || !list.List.HasProblems)
        {
            return;
        }

        var canonical = list.List.ToString();
        for (var i = 0; i < list.List.Count; i++)
        {
            var entry = list.List[i];
            if (entry.Problems == RegistryListProblems.None || !context.TryClaimEntry(subject, entry))
            {
                continue;
            }

            context.Report(new PullFinding(
                Rule, subject, list.Source,
                new[] { listName, entry.Text, Describe(entry.Problems), "'" + canonical + "'" },
                FixAction.ReplaceValue, entry.NormalizedAddress, null, entry, entry.Text, canonical));
        }
    }

    /// <summary>Plain words for each problem, in a fixed order so messages are stable.</summary>
    internal static string Describe(RegistryListProblems problems)
    {
        var parts = new List<string>();
        Add(parts, problems, RegistryListProblems.Empty, "it is empty");
        Add(parts, problems, RegistryListProblems.SurroundingWhitespace, "it has surrounding whitespace");
        Add(parts, problems, RegistryListProblems.Scheme, "it has a scheme (ECI takes the address without http:// or https://)");
        Add(parts, problems, RegistryListProblems.Path, "it has a path (an entry names a registry, not a repository)");
        Add(parts, problems, RegistryListProblems.Wildcard, "wildcards are not supported");
        Add(parts, problems, RegistryListProblems.InvalidHost, "the host is not a valid host name or IP address");
        Add(parts, problems, RegistryListProblems.InvalidPort, "the port is not a number from 1 to 65535");
        Add(parts, problems, RegistryListProblems.Duplicate, "it repeats an earlier entry");
        return parts.Count == 0 ? "it is not a host[:port] address" : string.Join(", ", parts);
    }

    private static void Add(List<string> parts, RegistryListProblems problems, RegistryListProblems flag, string text)
    {
        if ((problems & flag) != 0)
        {
            parts.Add(text);
        }
    }
}
