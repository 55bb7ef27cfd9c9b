using System;
using System.Collections.Generic;
using Eci.ImagePull.Registry;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull.Pull;

/// <summary>The verdict for one image: an outcome, an actionable message, and what was found on the way.</summary>
public sealed class PullCheckResult
{
    internal PullCheckResult(string image, PullOutcome outcome, string message)
    {
        Image = image;
        Outcome = outcome;
        Message = message;
    }

    /// <summary>The image as written in the request.</summary>
    public string Image { get; }

    /// <summary>The parsed reference, or null when <see cref="Outcome"/> is <see cref="PullOutcome.InvalidReference"/>.</summary>
    public ImageReference? Reference { get; internal set; }

    /// <summary>The registry, or null for an invalid reference.</summary>
    public RegistryAddress? Registry { get; internal set; }

    /// <summary>The outcome.</summary>
    public PullOutcome Outcome { get; }

    /// <summary>True only for <see cref="PullOutcome.Pullable"/>.</summary>
    public bool IsPullable => Outcome == PullOutcome.Pullable;

    /// <summary>What happened and what to change, without secrets.</summary>
    public string Message { get; }

    /// <summary>The transport ECI uses for the registry with the request's settings.</summary>
    public RegistryTransport? Transport { get; internal set; }

    /// <summary>The digest the image resolves to (the index digest for multi-platform images).</summary>
    public ContentDigest? Digest { get; internal set; }

    /// <summary>The platform chosen from an index, or null for single-platform images.</summary>
    public ImagePlatform? Platform { get; internal set; }

    /// <summary>Where the credential came from (never the secret), or null when pulled anonymously.</summary>
    public string? CredentialSource { get; internal set; }

    /// <summary>
    /// Set when the other scheme or verification mode was tried to explain a failure; ECI would never do that.
    /// Describes what the diagnostic probe found.
    /// </summary>
    public string? Diagnosis { get; internal set; }

    /// <summary>The pull-settings rules engine's findings about this image (ECI002, ECI004, ECI008, ...).</summary>
    public IReadOnlyList<PullFinding> Findings { get; internal set; } = Array.Empty<PullFinding>();

    /// <summary>The registry failure behind a non-pullable outcome, or null.</summary>
    public RegistryFailure? Failure { get; internal set; }

    /// <summary><c>image: Outcome — message</c>.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() => $"{Image}: {Outcome} — {Message}";
}
