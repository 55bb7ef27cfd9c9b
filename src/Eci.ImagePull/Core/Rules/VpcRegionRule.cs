using System;

namespace Eci.ImagePull.Rules;

/// <summary>
/// ECI009: an ACR VPC endpoint of another region than the request's constant RegionId. The fix offers the same
/// repository on the request's region endpoint; it is offered, not forced, since the repository may not be replicated.
/// </summary>
internal sealed class VpcRegionRule : IPullRule
{
    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.VpcRegionId)!;

    public void Evaluate(EvaluationContext context)
    {
        var region = context.Settings.RegionId?.Trim();
        if (string.IsNullOrEmpty(region))
        {
            return;
        }

        foreach (var image in context.Images)
        {
            if (image.Address is not { } address
                || image.Reference is not { } reference
                || image.Classification is not { IsAcr: true, IsVpcEndpoint: true, Region: { } imageRegion }
                || string.Equals(imageRegion, region, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A registry-only image is not rewritten: its text is built at run time.
            var replacement = image.Input.IsRegistryOnly ? null : SwitchRegion(image.Text, reference.Registry, imageRegion, region!);
            context.Report(new PullFinding(
                Rule, FindingSubject.Image, image.Input.Source, new[] { address.ToString(), image.Text, imageRegion, region! },
                replacement is null ? FixAction.None : FixAction.ReplaceValue, address, image.Text, null, null, replacement));
        }
    }

    private static string? SwitchRegion(string text, string registry, string from, string to)
    {
        if (!text.StartsWith(registry + "/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var marker = "." + from + ".";
        var at = registry.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var switched = registry.Substring(0, at) + "." + to + "." + registry.Substring(at + marker.Length);
        var candidate = switched + text.Substring(registry.Length);
        return ImageReference.TryParse(candidate, out _) ? candidate : null;
    }
}
