using Eci.ImagePull.Preflight;
using Eci.ImagePull.Pull;

namespace Eci.ImagePull;

/// <summary>The network check's part of <see cref="PullPreflightException"/> (the current .NET build only).</summary>
public sealed partial class PullPreflightException
{
    /// <summary>The pull check behind the exception when it came from the network check; null from <see cref="PullPreflight.ThrowIfInvalid(object, Rules.RegistryKnowledge?)"/>.</summary>
    public PullCheckReport? Report { get; private set; }

    internal static PullPreflightException From(PreflightRequest request, PullCheckReport report) =>
        new(PreflightMessage.For(request, report.Findings, PullPreflight.Failures(request, report)), report.Findings) { Report = report };
}
