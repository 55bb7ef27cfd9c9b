using System.Collections.Generic;
using System.Text;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Preflight;

/// <summary>The text of a <see cref="PullPreflightException"/>: one line per blocking finding and failed image, no secret.</summary>
internal static class PreflightMessage
{
    /// <summary>Builds the message.</summary>
    /// <param name="request">The request (for its passwords, scrubbed from the text).</param>
    /// <param name="findings">The rules engine's findings; those below warning severity are left out.</param>
    /// <param name="failures">From the network check: path, image and why it cannot be pulled.</param>
    /// <returns>The message.</returns>
    public static string For(PreflightRequest request, IEnumerable<PullFinding> findings, IEnumerable<(string Path, string Image, string Outcome, string Message)>? failures)
    {
        var lines = new List<string>();
        if (failures is not null)
        {
            foreach (var (path, image, outcome, message) in failures)
            {
                lines.Add($"{path} '{image}': {outcome}: {message}");
            }
        }

        foreach (var finding in findings)
        {
            if (PullPreflight.Blocks(finding))
            {
                lines.Add($"{PathOf(finding)}: {finding.RuleId} ({finding.Rule.DefaultSeverity.ToString().ToLowerInvariant()}): {finding.Message}");
            }
        }

        var text = new StringBuilder();
        text.Append("The ECI request would not pull its images (").Append(lines.Count).Append(lines.Count == 1 ? " problem):" : " problems):");
        foreach (var line in lines)
        {
            text.Append('\n').Append("  ").Append(line);
        }

        return Scrub(text.ToString(), request.Secrets);
    }

    /// <summary>The request path a preflight finding carries, or what it is about.</summary>
    public static string PathOf(PullFinding finding) => finding.Source as string ?? finding.Subject.ToString();

    /// <summary>
    /// Values quoted in messages come from the request (a Server written as <c>https://user:secret@host</c>, say), so
    /// every password of the request is cut out wherever it appears.
    /// </summary>
    internal static string Scrub(string text, IEnumerable<string> secrets)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, "[redacted]");
        }

        return text;
    }
}
