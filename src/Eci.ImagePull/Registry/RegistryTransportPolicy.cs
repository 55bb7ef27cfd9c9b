using System;

namespace Eci.ImagePull.Registry;

/// <summary>
/// Chooses the <see cref="RegistryTransport"/> for a registry exactly as ECI does: an exact <c>host[:port]</c>
/// match in <c>PlainHttpRegistry</c> means HTTP, in <c>InsecureRegistry</c> HTTPS without verification,
/// otherwise HTTPS with verification. There is no fallback from one to another.
/// </summary>
public sealed class RegistryTransportPolicy
{
    /// <summary>Creates a policy from the two ECI request values (comma-separated <c>host[:port]</c> lists).</summary>
    /// <param name="plainHttpRegistry">The <c>PlainHttpRegistry</c> value; null or empty for none.</param>
    /// <param name="insecureRegistry">The <c>InsecureRegistry</c> value; null or empty for none.</param>
    public RegistryTransportPolicy(string? plainHttpRegistry, string? insecureRegistry)
        : this(RegistryList.Parse(plainHttpRegistry), RegistryList.Parse(insecureRegistry))
    {
    }

    /// <summary>Creates a policy from parsed lists.</summary>
    /// <param name="plainHttpRegistry">Registries pulled over plain HTTP.</param>
    /// <param name="insecureRegistry">Registries pulled over HTTPS without certificate verification.</param>
    public RegistryTransportPolicy(RegistryList plainHttpRegistry, RegistryList insecureRegistry)
    {
        PlainHttpRegistry = plainHttpRegistry ?? throw new ArgumentNullException(nameof(plainHttpRegistry));
        InsecureRegistry = insecureRegistry ?? throw new ArgumentNullException(nameof(insecureRegistry));
    }

    /// <summary>The policy with both lists empty: HTTPS with verification everywhere.</summary>
    public static RegistryTransportPolicy Default { get; } = new(RegistryList.Empty, RegistryList.Empty);

    /// <summary>The parsed <c>PlainHttpRegistry</c> list.</summary>
    public RegistryList PlainHttpRegistry { get; }

    /// <summary>The parsed <c>InsecureRegistry</c> list.</summary>
    public RegistryList InsecureRegistry { get; }

    /// <summary>The transport ECI uses for <paramref name="registry"/>.</summary>
    /// <param name="registry">The registry part of the image reference.</param>
    /// <returns>Plain HTTP when listed in <c>PlainHttpRegistry</c> (that wins when both list it: there is no TLS
    /// left to verify), HTTPS without verification when listed in <c>InsecureRegistry</c>, else HTTPS.</returns>
    public RegistryTransport TransportFor(RegistryAddress registry)
    {
        if (registry is null)
        {
            throw new ArgumentNullException(nameof(registry));
        }

        if (PlainHttpRegistry.Contains(registry))
        {
            return RegistryTransport.PlainHttp;
        }

        return InsecureRegistry.Contains(registry) ? RegistryTransport.HttpsWithoutVerification : RegistryTransport.Https;
    }
}
