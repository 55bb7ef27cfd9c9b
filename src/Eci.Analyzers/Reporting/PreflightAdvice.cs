using System.Collections.Generic;
using Eci.Analyzers.Reading;
using Eci.ImagePull.Rules;
using Microsoft.CodeAnalysis;

namespace Eci.Analyzers.Reporting;

/// <summary>
/// ECI012: a request sent with images, registry lists or credential servers the compiler cannot see. The other rules
/// stay silent on those values ("unknown stays silent"); this hidden rule points at the run-time check instead, as a
/// light bulb on the send.
/// </summary>
internal static class PreflightAdvice
{
    public static Diagnostic? For(RequestModel request)
    {
        if (request.SendCall is not { } send || request.IsPreflighted)
        {
            return null;
        }

        var unknown = UnknownParts(request.Settings);
        if (unknown.Count == 0)
        {
            return null;
        }

        // The fix names the request's local; without one it is not offered.
        var fix = new FixData(FixAction.None, local: request.Local?.Name);
        return Diagnostic.Create(DiagnosticDescriptors.Preflight, send.Syntax.GetLocation(), fix.ToProperties(), Join(unknown));
    }

    private static List<string> UnknownParts(PullSettings settings)
    {
        var parts = new List<string>(3);
        if (settings.HasUnknownImages || HasUnseenImage(settings.Images))
        {
            parts.Add("images");
        }

        if (settings.SupportsRegistryLists && (!settings.PlainHttpRegistry.IsVisible || !settings.InsecureRegistry.IsVisible))
        {
            parts.Add("registry lists");
        }

        if (settings.HasUnknownCredentials || HasUnseenServer(settings.Credentials))
        {
            parts.Add("credential servers");
        }

        return parts;
    }

    private static bool HasUnseenImage(List<ImageInput> images)
    {
        foreach (var image in images)
        {
            if (image.Text is null || image.IsRegistryOnly)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUnseenServer(List<CredentialInput> credentials)
    {
        foreach (var credential in credentials)
        {
            if (credential.Server is null)
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1];
}
