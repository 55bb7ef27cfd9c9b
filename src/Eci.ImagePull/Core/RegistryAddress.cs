using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Eci.ImagePull;

/// <summary>
/// A registry address, <c>host[:port]</c>, as it appears before the first '/' of an image reference and as
/// ECI's <c>PlainHttpRegistry</c> / <c>InsecureRegistry</c> lists name it.
/// </summary>
/// <remarks>
/// <para>The host follows the image-reference grammar: domain components of ASCII letters and digits with
/// inner '-', joined by '.' (no '_'), or an IPv6 literal in brackets (hex and ':' only, no zone id).
/// A few things that grammar accepts but that no registry could ever be reached at are refused as well:
/// ports outside 1-65535 or with a leading zero, DNS names over 253 characters or with labels over 63,
/// four numeric labels that are not an IPv4 address, and malformed IPv6 literals.</para>
/// <para>The port is kept exactly as given: <c>harbor:443</c> and <c>harbor</c> are different addresses,
/// because ECI matches list entries against the image's <c>host[:port]</c> text. The host is compared
/// without regard to case and stored in lower case. An IPv6 host is kept as written (lower-cased), not
/// compressed, since an exact textual match is what decides whether ECI applies a list entry.</para>
/// </remarks>
public sealed class RegistryAddress : IEquatable<RegistryAddress>
{
    private readonly byte[]? _ipv4;
    private readonly ushort[]? _ipv6;

    // The text form, made on first use: rules put it in messages and fixes for every finding. A benign race (two
    // threads formatting the same immutable address) only costs a duplicate string.
    private string? _text;

    internal RegistryAddress(string host, int? port, byte[]? ipv4, ushort[]? ipv6)
    {
        Host = host;
        Port = port;
        _ipv4 = ipv4;
        _ipv6 = ipv6;
    }

    /// <summary>The host in lower case: a domain name, an IPv4 address, or an IPv6 address without brackets.</summary>
    public string Host { get; }

    /// <summary>The port when one was written, otherwise null (no default port is assumed).</summary>
    public int? Port { get; }

    /// <summary>True when the host is an IPv6 literal (written in brackets).</summary>
    public bool IsIPv6 => _ipv6 != null;

    /// <summary>True when the host is an IPv4 or IPv6 literal rather than a name.</summary>
    public bool IsIPAddress => _ipv4 != null || _ipv6 != null;

    /// <summary>True for <c>localhost</c>, any address in 127.0.0.0/8, and <c>::1</c>.</summary>
    /// <remarks>Only the literal name <c>localhost</c> counts; other names are not resolved (Core does no IO).</remarks>
    public bool IsLoopback
    {
        get
        {
            if (_ipv4 != null)
            {
                return _ipv4[0] == 127;
            }

            if (_ipv6 != null)
            {
                for (int i = 0; i < 7; i++)
                {
                    if (_ipv6[i] != 0)
                    {
                        return false;
                    }
                }

                return _ipv6[7] == 1;
            }

            return Host == "localhost";
        }
    }

    /// <summary>True when the host is an IP literal in a private range: 10/8, 172.16/12, 192.168/16 or fc00::/7.</summary>
    public bool IsPrivateNetwork
    {
        get
        {
            if (_ipv4 != null)
            {
                return _ipv4[0] == 10
                    || (_ipv4[0] == 172 && _ipv4[1] >= 16 && _ipv4[1] <= 31)
                    || (_ipv4[0] == 192 && _ipv4[1] == 168);
            }

            return _ipv6 != null && (_ipv6[0] & 0xFE00) == 0xFC00;
        }
    }

    /// <summary>Reads <c>host[:port]</c> text.</summary>
    /// <param name="text">The address, e.g. <c>harbor.corp:5000</c> or <c>[fd00::1]:5000</c>; no scheme, path or whitespace.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid address; the message names the offending part.</exception>
    public static RegistryAddress Parse(string text)
    {
        if (text == null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        RegistryAddressAnalysis analysis = RegistryAddressSyntax.Analyze(text);
        if (analysis.Address != null)
        {
            return analysis.Address;
        }

        throw new FormatException("Invalid registry address " + MessageText.Quote(text) + ": "
            + string.Join("; ", analysis.Messages) + ".");
    }

    /// <summary>Reads <c>host[:port]</c> text without throwing.</summary>
    /// <param name="text">The text to read; null or invalid text gives false.</param>
    /// <param name="address">The address when the text is valid, otherwise null.</param>
    /// <returns>True when <paramref name="text"/> is a valid address exactly as written.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out RegistryAddress? address)
    {
        address = text == null ? null : RegistryAddressSyntax.Analyze(text).Address;
        return address != null;
    }

    /// <summary>True when both addresses have the same host, whatever their ports.</summary>
    /// <param name="other">The address to compare with.</param>
    /// <returns>True for equal hosts (case-insensitive).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool HasSameHost(RegistryAddress other)
    {
        if (other == null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        return string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The canonical text: <c>host</c>, <c>host:port</c>, <c>[v6]</c> or <c>[v6]:port</c>, host in lower case.</summary>
    /// <returns>The address as it should be written in an ECI registry list.</returns>
    public override string ToString() => _text ??= Format();

    private string Format()
    {
        string host = IsIPv6 ? "[" + Host + "]" : Host;
        return Port.HasValue ? host + ":" + Port.Value.ToString(CultureInfo.InvariantCulture) : host;
    }

    /// <summary>True when <paramref name="other"/> has the same host (case-insensitive) and exactly the same port.</summary>
    /// <param name="other">The address to compare with.</param>
    /// <returns>True for equal addresses.</returns>
    public bool Equals(RegistryAddress? other)
    {
        return other is not null && Port == other.Port && HasSameHost(other);
    }

    /// <summary>True when <paramref name="obj"/> is an equal <see cref="RegistryAddress"/>.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>True for an equal address.</returns>
    public override bool Equals(object? obj) => Equals(obj as RegistryAddress);

    /// <summary>A hash code consistent with <see cref="Equals(RegistryAddress)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        // Host is stored lower-cased, so an ordinal hash agrees with the case-insensitive equality.
        return unchecked((StringComparer.Ordinal.GetHashCode(Host) * 397) ^ (Port ?? -1));
    }

    /// <summary>True when both are null or equal.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns>True for equal addresses.</returns>
    public static bool operator ==(RegistryAddress? left, RegistryAddress? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>True unless both are null or equal.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns>True for different addresses.</returns>
    public static bool operator !=(RegistryAddress? left, RegistryAddress? right) => !(left == right);
}
