using System;

namespace Eci.ImagePull.Rules;

/// <summary>
/// ECI011: an image from the Internet (Docker Hub, a public ACR endpoint, a self-managed registry on a public address)
/// while the request gives the instance no elastic IP. Hidden by default: a NAT gateway, invisible in code, also works.
/// </summary>
internal sealed class InternetEgressRule : IPullRule
{
    private static readonly RuleInfo Rule = RuleCatalog.Find(RuleCatalog.InternetEgressId)!;

    // Names that only resolve inside a private network (RFC 6761/6762 and common internal suffixes).
    private static readonly string[] PrivateSuffixes =
    {
        ".local", ".internal", ".lan", ".corp", ".home", ".home.arpa", ".intranet", ".private", ".localdomain", ".test", ".example", ".invalid",
    };

    public void Evaluate(EvaluationContext context)
    {
        if (context.Settings.HasElasticIp != false)
        {
            return;
        }

        foreach (var image in context.Images)
        {
            if (image.Address is { } address && image.Classification is { } classification && IsOnTheInternet(address, classification))
            {
                context.Report(new PullFinding(
                    Rule, FindingSubject.Image, image.Input.Source, new[] { address.ToString(), image.Text },
                    context.Settings.SupportsAutoCreateEip ? FixAction.AutoCreateEip : FixAction.None, address, image.Text, null, null));
            }
        }
    }

    private static bool IsOnTheInternet(RegistryAddress address, RegistryClassification classification)
    {
        switch (classification.Kind)
        {
            case RegistryKind.DockerHub:
            case RegistryKind.PublicOnly:
            case RegistryKind.PublicAndPrivate:
                return true;
            case RegistryKind.Loopback:
                return false;
            case RegistryKind.AcrPersonal:
            case RegistryKind.AcrEnterprise:
            case RegistryKind.EciPublic:
                return !classification.IsVpcEndpoint;
        }

        if (address.IsIPAddress)
        {
            return !address.IsPrivateNetwork && !address.IsLoopback;
        }

        if (address.Host.IndexOf('.') < 0)
        {
            return false; // a single-label name resolves through a private search domain
        }

        foreach (var suffix in PrivateSuffixes)
        {
            if (address.Host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
