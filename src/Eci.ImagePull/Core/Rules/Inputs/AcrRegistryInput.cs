using System.Collections.Generic;

namespace Eci.ImagePull.Rules;

/// <summary>One <c>AcrRegistryInfo</c> element. Only the domains decide which images it covers.</summary>
public sealed class AcrRegistryInput
{
    /// <summary>Creates an ACR registry input.</summary>
    /// <param name="domains">The listed domains; null when they cannot be seen. Null or empty both mean "all of the instance's domains".</param>
    /// <param name="source">The caller's token.</param>
    public AcrRegistryInput(IReadOnlyList<string>? domains, object? source = null)
    {
        Domains = domains;
        Source = source;
    }

    /// <summary>The domains, or null when unknown.</summary>
    public IReadOnlyList<string>? Domains { get; }

    /// <summary>The caller's token.</summary>
    public object? Source { get; }

    /// <summary>
    /// True when this element may cover any registry: ECI applies every domain of the instance when none is named,
    /// and unknown domains might name anything.
    /// </summary>
    public bool CoversAnyRegistry => Domains is null || Domains.Count == 0;
}
