using System;
using System.Collections.Generic;
using Eci.ImagePull.Rules;

namespace Eci.ImagePull;

/// <summary>
/// A request that would not pull its images: <see cref="PullPreflight"/> found rule findings at warning or error
/// severity or, from the network check, images that cannot be pulled. The message lists each with the request path and
/// the setting to change; it never contains a password, token or other credential value.
/// </summary>
public sealed partial class PullPreflightException : Exception
{
    internal PullPreflightException(string message, IReadOnlyList<PullFinding> findings)
        : base(message)
    {
        Findings = findings;
    }

    /// <summary>
    /// Every finding of the rules engine for the request (those below warning severity too), each with its request
    /// path as <see cref="PullFinding.Source"/>.
    /// </summary>
    public IReadOnlyList<PullFinding> Findings { get; }
}
