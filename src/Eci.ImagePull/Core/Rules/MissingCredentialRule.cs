using System;

namespace Eci.ImagePull.Rules;

/// <summary>
/// ECI004: a self-managed registry (not Docker Hub, not ACR, not loopback, not declared anonymous) with no credential
/// for its exact address and no AcrRegistryInfo that could cover it.
/// </summary>
internal sealed class MissingCredentialRule : IPullRule
{
    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.MissingCredentialId)!;

    public void Evaluate(EvaluationContext context)
    {
        var settings = context.Settings;
        if (settings.HasUnknownCredentials || settings.HasUnknownAcrRegistryInfo)
        {
            return;
        }

        foreach (var image in context.Images)
        {
            if (image.Address is not { } address
                || !NeedsCredential(image, settings.Knowledge)
                || RegistryKnowledge.Lists(settings.Knowledge.Anonymous, address)
                || context.CredentialServers.MayCover(address)
                || IsCoveredByAcr(settings, address)
                || context.IsExplained(address, FindingSubject.CredentialServer))
            {
                continue;
            }

            context.Report(new PullFinding(
                Rule, FindingSubject.Image, image.Input.Source, new[] { address.ToString(), image.Text },
                FixAction.AddCredential, address, image.Text, null, null));
        }
    }

    /// <summary>
    /// A self-managed registry needs one (unless declared anonymous); a hosting service with public and private
    /// repositories only when the team declared its images private; Docker Hub, public-only registries and ACR never.
    /// </summary>
    private static bool NeedsCredential(ParsedImage image, RegistryKnowledge knowledge) =>
        image.Classification?.Kind switch
        {
            RegistryKind.SelfManaged => true,
            RegistryKind.PublicAndPrivate => RegistryKnowledge.Lists(knowledge.Private, image.Address!),
            _ => false,
        };

    private static bool IsCoveredByAcr(PullSettings settings, RegistryAddress address)
    {
        foreach (var acr in settings.AcrRegistryInfo)
        {
            if (acr.CoversAnyRegistry)
            {
                return true;
            }

            foreach (var domain in acr.Domains!)
            {
                var trimmed = domain?.Trim() ?? string.Empty;
                if (string.Equals(trimmed, address.Host, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(trimmed, address.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
